// The layout of a feed folder (what `build` writes, `publish` copies and a web server serves), and
// the progress callback that long operations (hashing, copying many images) report through.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

namespace feed {

inline constexpr const char* manifest_file_name = "manifest.json";
inline constexpr const char* signature_file_name = "manifest.sig";
inline constexpr const char* blobs_dir_name = "blobs";

inline std::filesystem::path blob_path(const std::filesystem::path& feed_dir, std::string_view sha256_hex) {
  return feed_dir / blobs_dir_name / std::string(sha256_hex);
}

struct ProgressEvent {
  std::string_view phase;  // "hashing", "checking", "copying", "writing"
  size_t done = 0;         // items finished in this phase, including this one
  size_t total = 0;
  std::string_view name;  // the file just handled
};
using Progress = std::function<void(const ProgressEvent&)>;

}  // namespace feed
