// Key ids, the public key line and the secret key file.
#include "sync/keys.hpp"

#include "sync/files.hpp"

namespace feed {
namespace {

constexpr std::string_view public_prefix = "ed25519:";
constexpr std::string_view secret_prefix = "ed25519-secret:";

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
    s.remove_suffix(1);
  return s;
}

// "<prefix><key id>:<base64>" → (key id, decoded bytes of exactly `size`), or why not.
Result<std::pair<std::string, std::string>> split_key(std::string_view line, std::string_view prefix, size_t size,
                                                      std::string_view what) {
  auto bad = [&](const std::string& why) {
    return make_error(ErrorCode::parse, std::string(what) + ": " + why + " (expected " + std::string(prefix) +
                                            "<16 hex digits>:<base64>)");
  };
  if (line.substr(0, prefix.size()) != prefix) return bad("does not start with \"" + std::string(prefix) + "\"");
  line.remove_prefix(prefix.size());
  auto colon = line.find(':');
  if (colon == std::string_view::npos) return bad("no ':' after the key id");
  std::string id(line.substr(0, colon));
  if (id.size() != 16 || !from_hex(id) || to_hex(as_bytes(*from_hex(id))) != id)
    return bad("the key id \"" + id + "\" is not 16 lowercase hex digits");
  auto raw = from_base64(line.substr(colon + 1));
  if (!raw) return bad("the key is not valid base64");
  if (raw->size() != size)
    return bad("the key has " + std::to_string(raw->size()) + " bytes, not " + std::to_string(size));
  return std::pair{id, std::move(*raw)};
}

}  // namespace

std::string key_id_of(const PublicKeyBytes& pk) {
  Digest d = sha256({pk.data(), pk.size()});
  return to_hex({d.data(), 8});
}

PublicKey public_key_of(const SecretKey& sk) {
  PublicKey k;
  k.bytes = sk.public_key();
  k.key_id = key_id_of(k.bytes);
  return k;
}

std::string public_key_line(const PublicKey& pk) {
  return std::string(public_prefix) + pk.key_id + ":" + to_base64({pk.bytes.data(), pk.bytes.size()});
}

Result<PublicKey> parse_public_key(std::string_view line) {
  auto parts = split_key(trim(line), public_prefix, 32, "public key");
  if (!parts) return parts.error();
  PublicKey k;
  std::copy(parts->second.begin(), parts->second.end(), k.bytes.begin());
  k.key_id = key_id_of(k.bytes);
  if (k.key_id != parts->first)
    return make_error(ErrorCode::invalid, "public key: the key id " + parts->first +
                                              " does not match the key (its id is " + k.key_id +
                                              "); the line was changed or mixed up");
  return k;
}

std::string secret_key_text(const SecretKey& sk) {
  PublicKey pk = public_key_of(sk);
  return "# kiosk-feed secret key: signs the content feed. Anyone holding this file can publish content\n"
         "# that the kiosks will show. Keep it private (mode 0600) and keep an offline backup.\n"
         "# Public key (goes into every kiosk's config): " +
         public_key_line(pk) + "\n" + std::string(secret_prefix) + pk.key_id + ":" + to_base64(sk.bytes()) + "\n";
}

Result<SecretKey> parse_secret_key(std::string_view text, std::string_view file) {
  std::string_view key_line;
  size_t key_lines = 0;
  while (!text.empty()) {
    auto nl = text.find('\n');
    std::string_view line = trim(text.substr(0, nl));
    text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
    if (line.empty() || line.front() == '#') continue;
    key_line = line;
    ++key_lines;
  }
  if (key_lines != 1)
    return make_error(ErrorCode::parse, std::string(file) + ": expected exactly one " + std::string(secret_prefix) +
                                            "... line, found " + std::to_string(key_lines));
  auto parts = split_key(key_line, secret_prefix, 64, std::string(file));
  if (!parts) return parts.error();
  auto sk = SecretKey::from_bytes(as_bytes(parts->second));
  if (!sk)
    return make_error(ErrorCode::invalid,
                      std::string(file) + ": the secret key is damaged (its public half does not match its seed)");
  if (key_id_of(sk->public_key()) != parts->first)
    return make_error(ErrorCode::invalid, std::string(file) + ": the key id " + parts->first +
                                              " does not match the key; the file was changed");
  return std::move(*sk);
}

Result<PublicKey> write_new_keypair(const std::filesystem::path& dir) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return make_error(ErrorCode::io, dir.string() + ": cannot create the folder: " + ec.message());
  auto secret_path = dir / secret_key_file_name;
  if (std::filesystem::exists(secret_path, ec))
    return make_error(ErrorCode::usage, secret_path.string() +
                                            " already exists; kiosk-feed never overwrites a secret key (move it away "
                                            "first if you really mean to replace it)");
  SecretKey sk = SecretKey::generate();
  PublicKey pk = public_key_of(sk);
  std::string text = secret_key_text(sk);
  if (auto st = write_file_atomic(secret_path, text, 0600, true); !st) return st.error();
  if (auto st = write_file_atomic(dir / public_key_file_name, public_key_line(pk) + "\n", 0644); !st) return st.error();
  return pk;
}

Result<SecretKey> load_secret_key(const std::filesystem::path& path) {
  auto text = read_file(path, max_key_file_bytes);
  if (!text) return text.error();
  return parse_secret_key(*text, path.string());
}

Result<PublicKey> load_public_key(std::string_view arg) {
  if (arg.substr(0, public_prefix.size()) == public_prefix) return parse_public_key(arg);
  auto text = read_file(std::filesystem::path(arg), max_key_file_bytes);
  if (!text) return text.error();
  auto k = parse_public_key(*text);
  if (!k) return make_error(k.error().code, std::string(arg) + ": " + k.error().message);
  return k;
}

}  // namespace feed
