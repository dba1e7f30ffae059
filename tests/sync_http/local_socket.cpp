// Plain TCP sockets on 127.0.0.1; see local_socket.hpp.
#include "sync_http/local_socket.hpp"

#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>

UniqueFd& UniqueFd::operator=(UniqueFd&& o) noexcept {
  if (this != &o) {
    reset();
    fd_ = std::exchange(o.fd_, -1);
  }
  return *this;
}

void UniqueFd::reset() {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
}

namespace {

sockaddr_in loopback(int port) {
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  a.sin_port = htons(static_cast<uint16_t>(port));
  return a;
}

UniqueFd new_socket() {
  return UniqueFd(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
}

}  // namespace

UniqueFd listen_local(int& port) {
  UniqueFd fd = new_socket();
  sockaddr_in a = loopback(0);
  socklen_t len = sizeof a;
  if (!fd || ::bind(fd.get(), reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 || ::listen(fd.get(), 64) != 0 ||
      ::getsockname(fd.get(), reinterpret_cast<sockaddr*>(&a), &len) != 0)
    return {};
  port = ntohs(a.sin_port);
  return fd;
}

int free_local_port() {
  int port = 0;
  return listen_local(port) ? port : 0;
}

UniqueFd connect_local(int port) {
  UniqueFd fd = new_socket();
  sockaddr_in a = loopback(port);
  int r = -1;
  do {
    r = fd ? ::connect(fd.get(), reinterpret_cast<sockaddr*>(&a), sizeof a) : -1;
  } while (r != 0 && errno == EINTR);
  return r == 0 ? std::move(fd) : UniqueFd();
}

bool wait_ready(int fd, int stop_fd, int timeout_ms, bool for_write) {
  pollfd p[2] = {{fd, static_cast<short>(for_write ? POLLOUT : POLLIN), 0}, {stop_fd, POLLIN, 0}};
  int n = -1;
  do {
    n = ::poll(p, stop_fd >= 0 ? 2 : 1, timeout_ms);
  } while (n < 0 && errno == EINTR);
  if (n <= 0 || (stop_fd >= 0 && p[1].revents != 0)) return false;
  return p[0].revents != 0;  // POLLHUP/POLLERR count too: the next call reports them
}

bool send_all(int fd, std::string_view bytes, int stop_fd, int timeout_ms) {
  while (!bytes.empty()) {
    ssize_t n = ::send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
    if (n > 0) {
      bytes.remove_prefix(static_cast<size_t>(n));
    } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
      if (!wait_ready(fd, stop_fd, timeout_ms, true)) return false;
    } else if (n < 0 && errno == EINTR) {
      continue;
    } else {
      return false;
    }
  }
  return true;
}
