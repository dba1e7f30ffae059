// POSIX file I/O for the feed: every error names the file, the operation and errno's reason.
#include "sync/files.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace feed {
namespace {

Error io_error(const fs::path& path, std::string_view what, int err) {
  return make_error(err == ENOENT ? ErrorCode::missing : ErrorCode::io,
                    path.string() + ": cannot " + std::string(what) + ": " + std::strerror(err));
}

// An open file descriptor, closed on scope exit.
class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }
  bool ok() const { return fd_ >= 0; }
  int release_close() {  // close now, reporting the error (close can report delayed write errors)
    int rc = ::close(fd_);
    fd_ = -1;
    return rc;
  }

 private:
  int fd_;
};

Status write_all(int fd, const fs::path& path, const char* data, size_t size) {
  while (size > 0) {
    ssize_t n = ::write(fd, data, size);
    if (n < 0) {
      if (errno == EINTR) continue;
      return io_error(path, "write", errno);
    }
    data += n;
    size -= static_cast<size_t>(n);
  }
  return Ok{};
}

fs::path temp_beside(const fs::path& path) {
  std::array<uint8_t, 6> r;
  random_bytes(r);
  return path.parent_path() / ("." + path.filename().string() + "." + to_hex(r) + ".tmp");
}

// Syncs and closes `fd`, then renames `tmp` over `path`; removes `tmp` on any failure.
Status finish_temp(Fd& fd, const fs::path& tmp, const fs::path& path, bool exclusive) {
  auto fail = [&](std::string_view what, int err) {
    Error e = io_error(what == "rename" ? path : tmp, what, err);
    ::unlink(tmp.c_str());
    return e;
  };
  if (::fsync(fd.get()) != 0) return fail("fsync", errno);
  if (fd.release_close() != 0) return fail("close", errno);
  if (exclusive) {
    // link() fails if `path` exists, so an existing file is never replaced.
    if (::link(tmp.c_str(), path.c_str()) != 0) return fail("create (link)", errno);
    ::unlink(tmp.c_str());
    return Ok{};
  }
  if (::rename(tmp.c_str(), path.c_str()) != 0) return fail("rename", errno);
  return Ok{};
}

}  // namespace

Result<std::string> read_file(const fs::path& path, size_t max_bytes) {
  Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (!fd.ok()) return io_error(path, "open", errno);
  std::string out;
  char buf[64 * 1024];
  for (;;) {
    ssize_t n = ::read(fd.get(), buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      return io_error(path, "read", errno);
    }
    if (n == 0) break;
    if (out.size() + static_cast<size_t>(n) > max_bytes)
      return make_error(ErrorCode::too_large,
                        path.string() + ": larger than the limit of " + std::to_string(max_bytes) + " bytes");
    out.append(buf, static_cast<size_t>(n));
  }
  return out;
}

Status write_file_atomic(const fs::path& path, std::string_view bytes, unsigned mode, bool exclusive) {
  fs::path tmp = temp_beside(path);
  Fd fd(::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode));
  if (!fd.ok()) return io_error(tmp, "create", errno);
  if (auto st = write_all(fd.get(), tmp, bytes.data(), bytes.size()); !st) {
    ::unlink(tmp.c_str());
    return st;
  }
  if (auto st = finish_temp(fd, tmp, path, exclusive); !st) return st;
  return sync_directory(path.parent_path().empty() ? fs::path(".") : path.parent_path());
}

Status sync_directory(const fs::path& dir) {
  Fd fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (!fd.ok()) return io_error(dir, "open folder", errno);
  // Some file systems (vfat on older kernels) refuse to fsync a directory; their metadata is
  // written on unmount, which is what an editor does before pulling a USB stick.
  if (::fsync(fd.get()) != 0 && errno != EINVAL) return io_error(dir, "fsync folder", errno);
  return Ok{};
}

Result<FileDigest> hash_file(const fs::path& path) {
  Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (!fd.ok()) return io_error(path, "open", errno);
  Sha256 h;
  FileDigest d;
  std::vector<uint8_t> buf(256 * 1024);
  for (;;) {
    ssize_t n = ::read(fd.get(), buf.data(), buf.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return io_error(path, "read", errno);
    }
    if (n == 0) break;
    h.update({buf.data(), static_cast<size_t>(n)});
    d.size += static_cast<uint64_t>(n);
  }
  d.sha256 = h.finish();
  return d;
}

Result<FileDigest> copy_file_synced(const fs::path& from, const fs::path& to, const FileDigest* expected) {
  Fd in(::open(from.c_str(), O_RDONLY | O_CLOEXEC));
  if (!in.ok()) return io_error(from, "open", errno);
  fs::path tmp = temp_beside(to);
  Fd out(::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644));
  if (!out.ok()) return io_error(tmp, "create", errno);
  Sha256 h;
  FileDigest d;
  std::vector<uint8_t> buf(256 * 1024);
  for (;;) {
    ssize_t n = ::read(in.get(), buf.data(), buf.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      Error e = io_error(from, "read", errno);
      ::unlink(tmp.c_str());
      return e;
    }
    if (n == 0) break;
    if (auto st = write_all(out.get(), tmp, reinterpret_cast<const char*>(buf.data()), static_cast<size_t>(n)); !st) {
      ::unlink(tmp.c_str());
      return st.error();
    }
    h.update({buf.data(), static_cast<size_t>(n)});
    d.size += static_cast<uint64_t>(n);
  }
  d.sha256 = h.finish();
  if (expected && (d.size != expected->size || d.sha256 != expected->sha256)) {
    ::unlink(tmp.c_str());
    return make_error(ErrorCode::corrupt, from.string() + ": " + std::to_string(d.size) + " bytes with SHA-256 " +
                                              to_hex(d.sha256) + ", expected " + std::to_string(expected->size) +
                                              " bytes with SHA-256 " + to_hex(expected->sha256));
  }
  if (auto st = finish_temp(out, tmp, to, false); !st) return st.error();
  return d;
}

Result<AppendFile> AppendFile::open(const fs::path& path) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  if (fd < 0) return io_error(path, "open", errno);
  struct stat st{};
  if (::fstat(fd, &st) != 0) {
    Error e = io_error(path, "stat", errno);
    ::close(fd);
    return e;
  }
  return AppendFile(fd, path, static_cast<uint64_t>(st.st_size));
}

AppendFile::~AppendFile() {
  if (fd_ >= 0) ::close(fd_);
}

Status AppendFile::append(std::string_view bytes) {
  if (auto s = write_all(fd_, path_, bytes.data(), bytes.size()); !s) return s;
  size_ += bytes.size();
  return Ok{};
}

Status AppendFile::truncate() {
  if (::ftruncate(fd_, 0) != 0) return io_error(path_, "truncate", errno);
  size_ = 0;
  return Ok{};
}

Status AppendFile::sync() {
  if (::fsync(fd_) != 0) return io_error(path_, "fsync", errno);
  return Ok{};
}

}  // namespace feed
