// The cryptography the feed needs, from libsodium: SHA-256, Ed25519 keys, detached signatures,
// random bytes, and hex/base64 text. The only file that includes sodium.h (sodium.cpp); secret
// keys live in a RAII type that wipes its memory.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace feed {

using Bytes = std::span<const uint8_t>;
inline Bytes as_bytes(std::string_view s) {
  return {reinterpret_cast<const uint8_t*>(s.data()), s.size()};
}

using Digest = std::array<uint8_t, 32>;
using PublicKeyBytes = std::array<uint8_t, 32>;
using SignatureBytes = std::array<uint8_t, 64>;

// Incremental SHA-256, for files read in chunks.
class Sha256 {
 public:
  Sha256();
  void update(Bytes data);
  Digest finish();  // once

 private:
  alignas(16) std::array<uint8_t, 128> state_;  // crypto_hash_sha256_state (104 bytes)
};

Digest sha256(Bytes data);

// An Ed25519 secret key (libsodium's 64 bytes: seed then public key); wiped on destruction.
class SecretKey {
 public:
  SecretKey();
  ~SecretKey();
  SecretKey(const SecretKey&);
  SecretKey& operator=(const SecretKey&);

  static SecretKey generate();
  // Checks that the embedded public key belongs to the seed; nullopt if not.
  static std::optional<SecretKey> from_bytes(Bytes sk64);

  PublicKeyBytes public_key() const;
  SignatureBytes sign(Bytes message) const;
  Bytes bytes() const { return {sk_.data(), sk_.size()}; }

 private:
  std::array<uint8_t, 64> sk_{};
};

bool verify_signature(const PublicKeyBytes& pk, Bytes message, const SignatureBytes& sig);

std::string to_hex(Bytes data);
std::optional<std::string> from_hex(std::string_view hex);  // lowercase or uppercase, no separators
std::string to_base64(Bytes data);
std::optional<std::string> from_base64(std::string_view text);  // standard alphabet, with padding

// Strict: exactly 64 lowercase hex digits.
bool is_sha256_hex(std::string_view s);

void random_bytes(std::span<uint8_t> out);

// Passwords (the kiosk's admin PIN): Argon2id with a random salt, as libsodium's self-describing
// "$argon2id$v=19$m=...,t=...,p=...$salt$hash" text (crypto_pwhash_str, the INTERACTIVE limits:
// ~0.1 s and 64 MiB per call, so call it off a UI thread). nullopt if memory runs out.
std::optional<std::string> password_hash(std::string_view secret);
// Constant-time check of a secret against password_hash()'s text; false for any malformed text.
bool password_verify(const std::string& hash, std::string_view secret);
// True if the text has the form password_hash() writes (algorithm and parameters readable).
bool is_password_hash(const std::string& hash);

}  // namespace feed
