// File operations with the durability the feed needs: bounded reads, write-to-temp + fsync +
// rename (readers see the old file or the new one, never half of one), directory fsync, and
// hashing or copying a file in chunks with its SHA-256 computed on the way.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "sync/result.hpp"
#include "sync/sodium.hpp"

namespace feed {

namespace fs = std::filesystem;

// The whole file, or an error if it is missing (ErrorCode::missing), unreadable, or larger than max_bytes.
Result<std::string> read_file(const fs::path& path, size_t max_bytes);

// Writes `bytes` to a temporary file beside `path`, fsyncs it, renames it over `path` and fsyncs
// the directory. `mode` applies from creation (0600 for secret keys). With exclusive, an
// existing `path` is an error and is left alone.
Status write_file_atomic(const fs::path& path, std::string_view bytes, unsigned mode = 0644, bool exclusive = false);

Status sync_directory(const fs::path& dir);

struct FileDigest {
  Digest sha256{};
  uint64_t size = 0;
};

// Hashes a file in chunks.
Result<FileDigest> hash_file(const fs::path& path);

// Copies `from` to `to` via a temporary file and rename, fsyncing the file (not the directory:
// callers sync it once after many copies). With `expected`, bytes whose size or SHA-256 differ
// are never renamed into place (ErrorCode::corrupt). Returns the digest of the bytes copied.
Result<FileDigest> copy_file_synced(const fs::path& from, const fs::path& to, const FileDigest* expected = nullptr);

// A download in progress: a file opened for appending, so an interrupted download resumes after
// the bytes it already has. Errors name the file (ENOSPC: "No space left on device").
class AppendFile {
 public:
  static Result<AppendFile> open(const fs::path& path);
  AppendFile(AppendFile&& other) noexcept : fd_(other.fd_), path_(std::move(other.path_)), size_(other.size_) {
    other.fd_ = -1;
  }
  AppendFile& operator=(AppendFile&&) = delete;
  ~AppendFile();

  uint64_t size() const { return size_; }
  const fs::path& path() const { return path_; }
  Status append(std::string_view bytes);
  Status truncate();  // back to empty (a server that ignored the Range request)
  Status sync();

 private:
  AppendFile(int fd, fs::path path, uint64_t size) : fd_(fd), path_(std::move(path)), size_(size) {}
  int fd_;
  fs::path path_;
  uint64_t size_;
};

// `text` without one trailing newline (for multi-line messages that end up in a single printf).
inline std::string without_final_newline(std::string text) {
  if (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

}  // namespace feed
