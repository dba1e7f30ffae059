// Writing and checking manifest.sig.
#include "sync/signature.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace feed {
namespace {

using Json = nlohmann::ordered_json;

Error bad_sig_file(const std::string& why) {
  return make_error(ErrorCode::parse, "manifest.sig: " + why);
}

}  // namespace

std::string sign_manifest(const SecretKey& key, std::string_view manifest_bytes) {
  SignatureBytes sig = key.sign(as_bytes(manifest_bytes));
  Json j;
  j["format"] = 1;
  j["algorithm"] = "ed25519";
  j["key_id"] = public_key_of(key).key_id;
  j["signature"] = to_base64({sig.data(), sig.size()});
  return j.dump(2) + "\n";
}

Result<SignedManifest> verify_manifest(std::string_view manifest_bytes, std::string_view signature_bytes,
                                       std::span<const PublicKey> trusted) {
  if (signature_bytes.size() > max_signature_bytes)
    return make_error(ErrorCode::too_large, "manifest.sig: " + std::to_string(signature_bytes.size()) +
                                                " bytes is over the limit of " + std::to_string(max_signature_bytes));
  if (manifest_bytes.size() > max_manifest_bytes)
    return make_error(ErrorCode::too_large, "manifest.json: " + std::to_string(manifest_bytes.size()) +
                                                " bytes is over the limit of " + std::to_string(max_manifest_bytes));
  Json j = Json::parse(signature_bytes, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return bad_sig_file("not a JSON object");
  for (const char* k : {"format", "algorithm", "key_id", "signature"})
    if (!j.contains(k) || (std::string_view(k) == "format" ? !j[k].is_number_unsigned() : !j[k].is_string()))
      return bad_sig_file(std::string("\"") + k + "\" is missing or has the wrong type");
  if (j.size() != 4) return bad_sig_file("unknown fields (expected format, algorithm, key_id, signature)");
  if (j["format"].get<uint64_t>() != 1) return bad_sig_file("format " + j["format"].dump() + " is not supported");
  if (j["algorithm"] != "ed25519") return bad_sig_file("algorithm " + j["algorithm"].dump() + " is not supported");
  std::string key_id = j["key_id"].get<std::string>();
  auto raw = from_base64(j["signature"].get<std::string>());
  if (!raw || raw->size() != 64) return bad_sig_file("the signature is not 64 bytes of base64");

  auto key = std::find_if(trusted.begin(), trusted.end(), [&](const PublicKey& k) { return k.key_id == key_id; });
  if (key == trusted.end())
    return make_error(ErrorCode::unknown_key,
                      "manifest.sig: signed with key " + key_id + ", which is not among the " +
                          std::to_string(trusted.size()) +
                          " trusted keys; add its public key to the trusted keys if it is yours");
  SignatureBytes sig;
  std::copy(raw->begin(), raw->end(), sig.begin());
  if (!verify_signature(key->bytes, as_bytes(manifest_bytes), sig))
    return make_error(ErrorCode::bad_signature, "manifest.sig: the signature by key " + key_id +
                                                    " does not match manifest.json; the manifest was changed after "
                                                    "signing, or the files are from different builds");
  auto m = parse_manifest(manifest_bytes);
  if (!m) return m.error();
  return SignedManifest{std::move(*m), key_id};
}

}  // namespace feed
