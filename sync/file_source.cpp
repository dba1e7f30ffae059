// A feed in a folder: file:///media/usb/kiosk-feed (a USB stick) or any local path. Same limits
// as over HTTP; resuming is pointless locally, so a download copies what is still missing.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "sync/files.hpp"
#include "sync/source.hpp"

namespace feed {
namespace {

class FileSource : public Source {
 public:
  explicit FileSource(fs::path root) : root_(std::move(root)) {}

  Result<Fetched> get(std::string_view name, size_t max_bytes, const Validators*) override {
    ++requests_;
    auto bytes = read_file(root_ / std::string(name), max_bytes);
    if (!bytes) return bytes.error();
    return Fetched{false, std::move(*bytes), {}};
  }

  Status download(std::string_view name, const fs::path& part_path, uint64_t size) override {
    ++requests_;
    fs::path from = root_ / std::string(name);
    auto part = AppendFile::open(part_path);
    if (!part) return part.error();
    int fd = ::open(from.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
      return make_error(errno == ENOENT ? ErrorCode::missing : ErrorCode::io,
                        from.string() + ": cannot open: " + std::strerror(errno));
    std::vector<char> buf(256 * 1024);
    Status result = Ok{};
    uint64_t offset = part->size();
    while (result && offset < size) {
      ssize_t n = ::pread(fd, buf.data(), size_t(std::min<uint64_t>(buf.size(), size - offset)), off_t(offset));
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) result = make_error(ErrorCode::io, from.string() + ": cannot read: " + std::strerror(errno));
      if (n <= 0) break;  // end of file: a short blob, reported by the caller's size check
      result = part->append({buf.data(), size_t(n)});
      offset += uint64_t(n);
    }
    ::close(fd);
    return result;
  }

  std::string where(std::string_view name) const override { return (root_ / std::string(name)).string(); }
  int requests() const override { return requests_; }

 private:
  fs::path root_;
  int requests_ = 0;
};

// "%20" and friends, as in file:///media/usb/My%20Stick/feed.
std::string percent_decoded(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    auto hex = [](char c) { return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1; };
    if (s[i] == '%' && i + 2 < s.size() && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
      out += char(hex(s[i + 1]) * 16 + hex(s[i + 2]));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

}  // namespace

Result<std::unique_ptr<Source>> open_source(const std::string& url, const SourceOptions& options) {
  if (url.starts_with("file://")) {
    std::string path = percent_decoded(url.substr(7));
    if (path.empty() || path[0] != '/')
      return make_error(ErrorCode::usage, "feed URL \"" + url + "\": a file URL needs an absolute path, e.g. file:///media/usb/kiosk-feed");
    return std::unique_ptr<Source>(std::make_unique<FileSource>(path));
  }
  if (url.starts_with("http://") || url.starts_with("https://")) return make_http_source(url, options);
  return make_error(ErrorCode::usage, "feed URL \"" + url + "\" must start with https://, http:// or file:///");
}

}  // namespace feed
