// manifest.json + manifest.sig through feed::verify_manifest, with one trusted key.
//
// The input is a manifest, optionally followed by the separator line and a manifest.sig text:
//  - with a signature, both are checked as a kiosk checks what it downloads (the signature
//    file's JSON, the key id, the Ed25519 check); the corpus carries signatures made with the
//    test key below, so mutations of the manifest reach the bad-signature path;
//  - without one, the harness signs the manifest with the test key, so the parser behind the
//    check is fuzzed too: the result must be the parse_manifest result, and a signature by an
//    untrusted key or over other bytes must be refused.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "sync/keys.hpp"
#include "sync/signature.hpp"

namespace {

// A test key, trusted by nothing but this harness; it is public so the seed corpus can carry
// valid signatures (tests/fuzz/corpus/signature/).
constexpr const char* test_secret_key =
    "ed25519-secret:cb4b36befedd3509:"
    "TvRQdNn6YnygOFl9EQxLSOlGNuXYEgiLHyCEHwUD2G5ALie8X97VkLxyA1E3yD2XRr/sJ8ouNd1QMnRpy1Uh+A==\n";
constexpr std::string_view separator = "\n--manifest.sig--\n";

struct Keys {
  feed::SecretKey secret;
  feed::SecretKey stranger = feed::SecretKey::generate();
  std::vector<feed::PublicKey> trusted;
};

const Keys& keys() {
  static const Keys k = [] {
    Keys k;
    auto sk = feed::parse_secret_key(test_secret_key, "fuzz_signature");
    if (!sk) std::abort();
    k.secret = *sk;
    k.trusted = {feed::public_key_of(k.secret)};
    return k;
  }();
  return k;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const Keys& k = keys();
  std::string_view input(reinterpret_cast<const char*>(data), size);
  if (auto at = input.find(separator); at != std::string_view::npos) {
    auto r = feed::verify_manifest(input.substr(0, at), input.substr(at + separator.size()), k.trusted);
    if (r && r->key_id != k.trusted[0].key_id) std::abort();
    return 0;
  }

  auto r = feed::verify_manifest(input, feed::sign_manifest(k.secret, input), k.trusted);
  auto parsed = feed::parse_manifest(input);
  if (bool(r) != bool(parsed)) std::abort();
  if (r && !(r->manifest == *parsed)) std::abort();
  if (feed::verify_manifest(input, feed::sign_manifest(k.stranger, input), k.trusted)) std::abort();
  if (feed::verify_manifest(std::string(input) + " ", feed::sign_manifest(k.secret, input), k.trusted)) std::abort();
  return 0;
}
