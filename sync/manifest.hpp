// The feed's manifest.json (docs/formats/feed.md): which content document and which images make up
// one version of the content, each by SHA-256 and size. Parsing is strict: every field checked,
// unknown fields rejected, sizes and counts bounded, image paths safe, so nothing a feed server
// sends can make the client read outside its blob folder or allocate without limit.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sync/result.hpp"

namespace feed {

inline constexpr int manifest_format = 1;
inline constexpr size_t max_manifest_bytes = 1024 * 1024;
inline constexpr uint64_t max_content_document_bytes = 16 * 1024 * 1024;
inline constexpr uint64_t max_image_blob_bytes = 2 * 1024 * 1024;  // content::max_image_bytes
inline constexpr size_t max_images = 5000;
inline constexpr uint64_t max_sequence = 9007199254740991;  // 2^53 - 1: exact in every JSON reader

struct BlobRef {
  std::string sha256;  // 64 lowercase hex digits; the blob is blobs/<sha256>
  uint64_t size = 0;
  bool operator==(const BlobRef&) const = default;
};

struct ImageRef {
  std::string path;  // as the content refers to it, e.g. "images/logo.png"
  BlobRef blob;
  bool operator==(const ImageRef&) const = default;
};

struct Manifest {
  int format = manifest_format;
  std::string feed_id;           // [a-z0-9-]{1,64}; kiosks may pin it
  uint64_t sequence = 0;         // build time in Unix seconds; only grows
  std::string created;           // "YYYY-MM-DDTHH:MM:SSZ"
  BlobRef content;               // the content document (content::to_document)
  std::vector<ImageRef> images;  // sorted by path, no duplicates
  bool operator==(const Manifest&) const = default;
};

// Every blob the manifest needs (content first, then images), without duplicates.
std::vector<BlobRef> blobs_of(const Manifest& m);

// Canonical bytes: pretty JSON, keys in a fixed order, ending in a newline.
std::string serialize_manifest(const Manifest& m);
Result<Manifest> parse_manifest(std::string_view bytes);
// Checks the fields of a manifest built in memory (parse_manifest runs the same checks).
Status check_manifest(const Manifest& m);

std::string iso8601_utc(int64_t unix_seconds);
bool is_iso8601_utc(std::string_view s);

}  // namespace feed
