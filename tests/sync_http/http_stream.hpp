// One end of an HTTP/1.1 connection as the test proxy and raw-socket tests see it: a socket plus
// the bytes already read from it but not yet used (the start of a body, or of the next message).
// Every wait ends when the peer hangs up, when `stop_fd` becomes readable (the proxy's shutdown
// signal), or after `timeout_ms` without progress (-1: wait forever).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "sync_http/local_socket.hpp"

class HttpStream {
 public:
  HttpStream() = default;
  explicit HttpStream(UniqueFd fd, int stop_fd = -1, int timeout_ms = -1)
      : fd_(std::move(fd)), stop_fd_(stop_fd), timeout_ms_(timeout_ms) {}

  bool is_open() const { return bool(fd_); }
  bool at_eof() const { return eof_; }
  int fd() const { return fd_.get(); }

  // Reads one message head through "\r\n\r\n" into `head`. False at EOF, error or stop, including
  // a clean EOF before any byte (the peer closed an idle keep-alive connection).
  bool read_head(std::string& head);
  // Appends up to `max` bytes to `out` (buffered bytes first, else one recv). False at EOF/error.
  bool read_some(std::string& out, std::size_t max);
  // Appends exactly `n` bytes to `out`; false (with what arrived appended) if the stream ends first.
  bool read_exact(std::size_t n, std::string& out);
  // Appends everything until the peer closes; false only on error, stop or timeout.
  bool read_to_eof(std::string& out);
  bool send(std::string_view bytes) { return send_all(fd_.get(), bytes, stop_fd_, timeout_ms_); }
  // Shuts the socket down both ways, so the peer sees the close at once, then closes it.
  void close();

 private:
  UniqueFd fd_;
  int stop_fd_ = -1;
  int timeout_ms_ = -1;
  std::string buffer_;  // read from the socket, not yet handed out
  bool eof_ = false;    // the peer closed its side cleanly
};
