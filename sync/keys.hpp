// Signing keys as editors and kiosks handle them (docs/formats/feed.md, "Keys"):
//   public key, one line:   ed25519:<key id>:<base64 of 32 bytes>
//   secret key file:        comment lines, then ed25519-secret:<key id>:<base64 of 64 bytes>
// The key id is the first 8 bytes of the public key's SHA-256, in hex; a signature names the key
// that made it, so kiosks can trust several keys during a rotation.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "sync/result.hpp"
#include "sync/sodium.hpp"

namespace feed {

struct PublicKey {
  std::string key_id;  // 16 lowercase hex digits
  PublicKeyBytes bytes{};
  bool operator==(const PublicKey&) const = default;
};

std::string key_id_of(const PublicKeyBytes& pk);
PublicKey public_key_of(const SecretKey& sk);

std::string public_key_line(const PublicKey& pk);
Result<PublicKey> parse_public_key(std::string_view line);

std::string secret_key_text(const SecretKey& sk);
Result<SecretKey> parse_secret_key(std::string_view text, std::string_view file);

inline constexpr const char* secret_key_file_name = "feed-signing.key";
inline constexpr const char* public_key_file_name = "feed-signing.pub";
inline constexpr size_t max_key_file_bytes = 4096;

// Writes a new key pair into `dir` (created if needed): the secret key with mode 0600, never
// overwriting an existing one, and the public key line. Returns the key.
Result<PublicKey> write_new_keypair(const std::filesystem::path& dir);

Result<SecretKey> load_secret_key(const std::filesystem::path& path);
// `arg` is either a public key line or the path of a file holding one (e.g. feed-signing.pub).
Result<PublicKey> load_public_key(std::string_view arg);

}  // namespace feed
