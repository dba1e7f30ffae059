// Building a feed from an editor's content folder: validate it (refusing with every error),
// write the content document and every image it uses as content-addressed blobs, then the signed
// manifest. Blobs are written and synced before manifest.sig and manifest.json, and an existing
// feed in the output folder is updated in place (unchanged blobs are kept).
// A feed can also be built unsigned and signed later, on the PC that holds the key (or again with
// a new key after a rotation): sign_feed checks the manifest and every blob, then writes manifest.sig.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "content/model.hpp"
#include "sync/feed_dir.hpp"
#include "sync/manifest.hpp"
#include "sync/result.hpp"
#include "sync/sodium.hpp"

namespace feed {

inline constexpr const char* default_feed_id = "deventer-internationaal";

struct BuildOptions {
  std::string feed_id = default_feed_id;
  int64_t now_unix_s = 0;  // the build time: the sequence number and `created`
  Progress progress;
};

struct BuildReport {
  Manifest manifest;
  size_t blobs_written = 0, blobs_kept = 0;  // distinct blobs: two images with the same bytes count once
  uint64_t bytes_written = 0, bytes_kept = 0;
  std::string key_id;  // the key that signed manifest.json; empty for an unsigned build
};

// The build time, but never lower than a previous sequence + 1, so a PC with a slow clock can
// still publish after another editor.
uint64_t next_sequence(int64_t now_unix_s, std::optional<uint64_t> previous);

// Content serialised as the feed's content document (content::to_document, pretty, sorted keys).
std::string content_document_bytes(const content::Content& c);

Result<BuildReport> build_feed(const std::filesystem::path& content_dir, const std::filesystem::path& out,
                               const SecretKey& key, const BuildOptions& options);

// The same without a signature: blobs, then manifest.json. A manifest.sig left in `out` by an
// earlier build is removed first (it would not match), so an unsigned feed is recognisable by its
// missing manifest.sig, and publish_feed refuses it.
Result<BuildReport> build_unsigned_feed(const std::filesystem::path& content_dir, const std::filesystem::path& out,
                                        const BuildOptions& options);

struct SignReport {
  Manifest manifest;
  std::string key_id;
  size_t blobs_checked = 0;
  uint64_t bytes_checked = 0;
  bool replaced = false;   // `out` had a manifest.sig with other bytes (another key, or a stale one)
  bool unchanged = false;  // `out` already had exactly this signature (same key; Ed25519 is deterministic)
};

// Signs the feed in `out` as it stands: manifest.json must parse, every blob it lists must be
// present and intact, and the content document must validate, exactly as a kiosk would check them
// (only the signature is not checked). Then manifest.sig is written atomically; manifest.json is
// not touched, so a published feed can be signed again with a new key and published again.
// The bytes signed are the bytes checked. Progress phase: "checking", one event per blob.
Result<SignReport> sign_feed(const std::filesystem::path& out, const SecretKey& key, const Progress& progress = {});

}  // namespace feed
