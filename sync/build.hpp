// Building a feed from an editor's content folder: validate it (refusing with every error),
// write the content document and every image it uses as content-addressed blobs, then the signed
// manifest. Blobs are written and synced before manifest.sig and manifest.json, and an existing
// feed in the output folder is updated in place (unchanged blobs are kept).
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
  size_t blobs_written = 0, blobs_kept = 0;
};

// The build time, but never lower than a previous sequence + 1, so a PC with a slow clock can
// still publish after another editor.
uint64_t next_sequence(int64_t now_unix_s, std::optional<uint64_t> previous);

// Content serialised as the feed's content document (content::to_document, pretty, sorted keys).
std::string content_document_bytes(const content::Content& c);

Result<BuildReport> build_feed(const std::filesystem::path& content_dir, const std::filesystem::path& out,
                               const SecretKey& key, const BuildOptions& options);

}  // namespace feed
