// One end of an HTTP/1.1 connection; see http_stream.hpp.
#include "sync_http/http_stream.hpp"

#include <sys/socket.h>

#include <algorithm>
#include <cerrno>

namespace {
constexpr std::size_t chunk_bytes = 64 * 1024;
}

bool HttpStream::read_head(std::string& head) {
  size_t end;
  while ((end = buffer_.find("\r\n\r\n")) == std::string::npos) {
    if (!read_some(buffer_, chunk_bytes)) return false;
  }
  head = buffer_.substr(0, end + 4);
  buffer_.erase(0, end + 4);
  return true;
}

bool HttpStream::read_some(std::string& out, std::size_t max) {
  // When called with our own buffer, always receive; otherwise hand out buffered bytes first.
  if (&out != &buffer_ && !buffer_.empty()) {
    size_t n = std::min(max, buffer_.size());
    out.append(buffer_, 0, n);
    buffer_.erase(0, n);
    return true;
  }
  char bytes[chunk_bytes];
  for (;;) {
    if (!wait_ready(fd_.get(), stop_fd_, timeout_ms_)) return false;
    ssize_t n = ::recv(fd_.get(), bytes, std::min(max, sizeof bytes), MSG_DONTWAIT);
    if (n > 0) {
      out.append(bytes, static_cast<size_t>(n));
      return true;
    }
    if (n == 0) eof_ = true;
    if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) return false;
  }
}

bool HttpStream::read_exact(std::size_t n, std::string& out) {
  size_t goal = out.size() + n;
  while (out.size() < goal) {
    if (!read_some(out, goal - out.size())) return false;
  }
  return true;
}

bool HttpStream::read_to_eof(std::string& out) {
  while (read_some(out, chunk_bytes)) {
  }
  return eof_;
}

void HttpStream::close() {
  if (fd_) ::shutdown(fd_.get(), SHUT_RDWR);
  fd_.reset();
  buffer_.clear();
  eof_ = false;
}
