// Plain TCP sockets on 127.0.0.1 for the sync HTTP test helpers: an owning fd, a listener on a
// free port, a connect, and a send that never raises SIGPIPE (a peer that hangs up must fail the
// call, not kill the test program). Every fd is close-on-exec so nginx never inherits one.
#pragma once

#include <string_view>
#include <utility>

// Owns a file descriptor; -1 when empty.
class UniqueFd {
 public:
  UniqueFd() = default;
  explicit UniqueFd(int fd) : fd_(fd) {}
  UniqueFd(UniqueFd&& o) noexcept : fd_(std::exchange(o.fd_, -1)) {}
  UniqueFd& operator=(UniqueFd&& o) noexcept;
  UniqueFd(const UniqueFd&) = delete;
  UniqueFd& operator=(const UniqueFd&) = delete;
  ~UniqueFd() { reset(); }

  int get() const { return fd_; }
  explicit operator bool() const { return fd_ >= 0; }
  void reset();

 private:
  int fd_ = -1;
};

// A listening socket on 127.0.0.1 with a port picked by the kernel; empty on failure.
UniqueFd listen_local(int& port);

// A port that was free a moment ago (bound to 0, read back, closed). Someone else may take it
// before we bind it again, so callers retry; 0 on failure.
int free_local_port();

// A connected socket to 127.0.0.1:port; empty if nothing accepts there.
UniqueFd connect_local(int port);

// Waits until fd is readable (or writable, with for_write), stop_fd is readable, or timeout_ms
// passes (-1: no timeout). True only when fd itself is ready; stop_fd may be -1.
bool wait_ready(int fd, int stop_fd, int timeout_ms, bool for_write = false);

// Sends all bytes, waiting as above while the peer's window is full. False if the peer hung up,
// stop_fd fired, or the wait timed out.
bool send_all(int fd, std::string_view bytes, int stop_fd = -1, int timeout_ms = -1);
