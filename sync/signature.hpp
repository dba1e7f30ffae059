// manifest.sig: a detached Ed25519 signature of the exact bytes of manifest.json, naming the key
// that made it (docs/formats/feed.md). Verification checks the key id against the trusted keys and
// the signature against the bytes before the manifest is parsed at all.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "sync/keys.hpp"
#include "sync/manifest.hpp"
#include "sync/result.hpp"

namespace feed {

inline constexpr size_t max_signature_bytes = 4096;

std::string sign_manifest(const SecretKey& key, std::string_view manifest_bytes);

struct SignedManifest {
  Manifest manifest;
  std::string key_id;  // the trusted key that signed it
};

// ErrorCode::unknown_key, bad_signature, parse, too_large or invalid, with a message naming the key.
Result<SignedManifest> verify_manifest(std::string_view manifest_bytes, std::string_view signature_bytes,
                                       std::span<const PublicKey> trusted);

}  // namespace feed
