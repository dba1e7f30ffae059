// libsodium behind the small interface of sodium.hpp. sodium_init runs once, before first use.
#include "sync/sodium.hpp"

#include <sodium.h>

#include <cassert>
#include <cstdlib>
#include <cstring>

namespace feed {
namespace {

void ensure_init() {
  static const int rc = sodium_init();  // thread-safe once; 1 means "already initialised"
  if (rc < 0) std::abort();             // no usable random source: nothing safe can be done
}

crypto_hash_sha256_state* state_of(std::array<uint8_t, 128>& s) {
  static_assert(sizeof(crypto_hash_sha256_state) <= 128);
  return reinterpret_cast<crypto_hash_sha256_state*>(s.data());
}

}  // namespace

Sha256::Sha256() {
  ensure_init();
  crypto_hash_sha256_init(state_of(state_));
}

void Sha256::update(Bytes data) {
  crypto_hash_sha256_update(state_of(state_), data.data(), data.size());
}

Digest Sha256::finish() {
  Digest d;
  crypto_hash_sha256_final(state_of(state_), d.data());
  return d;
}

Digest sha256(Bytes data) {
  Sha256 h;
  h.update(data);
  return h.finish();
}

SecretKey::SecretKey() {
  ensure_init();
}
SecretKey::~SecretKey() {
  sodium_memzero(sk_.data(), sk_.size());
}
SecretKey::SecretKey(const SecretKey& o) : sk_(o.sk_) {}
SecretKey& SecretKey::operator=(const SecretKey& o) {
  sk_ = o.sk_;
  return *this;
}

SecretKey SecretKey::generate() {
  static_assert(crypto_sign_SECRETKEYBYTES == 64 && crypto_sign_PUBLICKEYBYTES == 32);
  SecretKey k;
  PublicKeyBytes pk;
  crypto_sign_keypair(pk.data(), k.sk_.data());
  return k;
}

std::optional<SecretKey> SecretKey::from_bytes(Bytes sk64) {
  if (sk64.size() != 64) return std::nullopt;
  SecretKey k;
  PublicKeyBytes pk;
  crypto_sign_seed_keypair(pk.data(), k.sk_.data(), sk64.data());  // seed = first 32 bytes
  if (sodium_memcmp(k.sk_.data(), sk64.data(), 64) != 0) return std::nullopt;
  return k;
}

PublicKeyBytes SecretKey::public_key() const {
  PublicKeyBytes pk;
  crypto_sign_ed25519_sk_to_pk(pk.data(), sk_.data());
  return pk;
}

SignatureBytes SecretKey::sign(Bytes message) const {
  static_assert(crypto_sign_BYTES == 64);
  SignatureBytes sig;
  crypto_sign_detached(sig.data(), nullptr, message.data(), message.size(), sk_.data());
  return sig;
}

bool verify_signature(const PublicKeyBytes& pk, Bytes message, const SignatureBytes& sig) {
  ensure_init();
  return crypto_sign_verify_detached(sig.data(), message.data(), message.size(), pk.data()) == 0;
}

std::string to_hex(Bytes data) {
  std::string out(data.size() * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), data.data(), data.size());
  out.pop_back();
  return out;
}

std::optional<std::string> from_hex(std::string_view hex) {
  if (hex.size() % 2) return std::nullopt;
  std::string out(hex.size() / 2, '\0');
  size_t len = 0;
  const char* end = nullptr;
  if (sodium_hex2bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), hex.data(), hex.size(), nullptr, &len,
                     &end) != 0 ||
      len != out.size() || end != hex.data() + hex.size())
    return std::nullopt;
  return out;
}

std::string to_base64(Bytes data) {
  constexpr int variant = sodium_base64_VARIANT_ORIGINAL;
  std::string out(sodium_base64_ENCODED_LEN(data.size(), variant), '\0');
  sodium_bin2base64(out.data(), out.size(), data.data(), data.size(), variant);
  out.pop_back();  // the terminating NUL
  return out;
}

std::optional<std::string> from_base64(std::string_view text) {
  std::string out(text.size() / 4 * 3 + 3, '\0');
  size_t len = 0;
  const char* end = nullptr;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(), text.size(), nullptr,
                        &len, &end, sodium_base64_VARIANT_ORIGINAL) != 0 ||
      end != text.data() + text.size())
    return std::nullopt;
  out.resize(len);
  return out;
}

bool is_sha256_hex(std::string_view s) {
  if (s.size() != 64) return false;
  for (char c : s)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

void random_bytes(std::span<uint8_t> out) {
  ensure_init();
  randombytes_buf(out.data(), out.size());
}

std::optional<std::string> password_hash(std::string_view secret) {
  ensure_init();
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, secret.data(), secret.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                            crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
    return std::nullopt;
  return std::string(out);
}

bool password_verify(const std::string& hash, std::string_view secret) {
  ensure_init();
  if (hash.size() >= crypto_pwhash_STRBYTES || !hash.starts_with(crypto_pwhash_argon2id_STRPREFIX)) return false;
  return crypto_pwhash_str_verify(hash.c_str(), secret.data(), secret.size()) == 0;
}

bool is_password_hash(const std::string& hash) {
  ensure_init();
  if (hash.size() >= crypto_pwhash_STRBYTES || !hash.starts_with(crypto_pwhash_argon2id_STRPREFIX)) return false;
  // -1: not a hash it can read; 0 or 1: readable (1 only means other limits than today's).
  return crypto_pwhash_str_needs_rehash(hash.c_str(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != -1;
}

}  // namespace feed
