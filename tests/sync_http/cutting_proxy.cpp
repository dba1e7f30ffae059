// An HTTP/1.1 forwarding proxy that can cut a response short; see cutting_proxy.hpp.
#include "sync_http/cutting_proxy.hpp"

#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <stdexcept>

#include "sync_http/http_head.hpp"
#include "sync_http/http_stream.hpp"

namespace {

constexpr std::size_t chunk_bytes = 64 * 1024;

// Copies n bytes; false if either side fails or `from` ends first.
bool relay(HttpStream& from, HttpStream& to, std::size_t n) {
  std::string bytes;
  while (n > 0) {
    bytes.clear();
    if (!from.read_some(bytes, std::min(n, chunk_bytes)) || !to.send(bytes)) return false;
    n -= bytes.size();
  }
  return true;
}

void relay_to_eof(HttpStream& from, HttpStream& to) {
  std::string bytes;
  while (from.read_some(bytes, chunk_bytes) && to.send(bytes)) bytes.clear();
}

bool says_close(const std::string& head) {
  auto v = header_value(head, "Connection");
  return v && v->find("close") != std::string::npos;
}

// Relays one response (after any 1xx). True if both connections may carry another request: not
// cut, not closed by upstream, body length known.
bool relay_response(HttpStream& upstream, HttpStream& client, bool head_request, std::optional<std::size_t> cut) {
  std::string head;
  int status = 0;
  do {
    head.clear();
    if (!upstream.read_head(head)) return false;
    status = status_code(head);
    if (status / 100 == 1 && !client.send(head)) return false;
  } while (status / 100 == 1);
  if (!client.send(head)) return false;

  if (head_request || status == 204 || status == 304) return !cut && !says_close(head);
  if (auto te = header_value(head, "Transfer-Encoding"); te && te->find("chunked") != std::string::npos) {
    std::fprintf(stderr, "CuttingProxy: chunked responses are not supported; closing the connection\n");
    return false;
  }
  if (auto length = content_length(head)) {
    if (!relay(upstream, client, std::min(*length, cut.value_or(*length)))) return false;
    return !cut && !says_close(head);
  }
  if (cut)
    relay(upstream, client, *cut);
  else
    relay_to_eof(upstream, client);
  return false;
}

}  // namespace

CuttingProxy::CuttingProxy(int upstream_port)
    : upstream_port_(upstream_port), listener_(listen_local(port_)), stop_(::eventfd(0, EFD_CLOEXEC)) {
  if (!listener_ || !stop_) throw std::runtime_error("CuttingProxy: cannot listen on 127.0.0.1");
  acceptor_ = std::thread([this] { accept_loop(); });
}

CuttingProxy::~CuttingProxy() {
  std::uint64_t one = 1;
  (void)!::write(stop_.get(), &one, sizeof one);
  acceptor_.join();
  for (Connection& c : connections_) c.thread.join();
}

std::string CuttingProxy::url(std::string_view path) const {
  if (!path.empty() && path.front() == '/') path.remove_prefix(1);
  return "http://127.0.0.1:" + std::to_string(port_) + "/" + std::string(path);
}

void CuttingProxy::cut_once(std::string path_substring, std::size_t body_bytes) {
  std::lock_guard lock(mutex_);
  rules_.push_back({std::move(path_substring), body_bytes});
}

std::size_t CuttingProxy::requests() const {
  std::lock_guard lock(mutex_);
  return heads_.size();
}

std::vector<std::string> CuttingProxy::request_heads() const {
  std::lock_guard lock(mutex_);
  return heads_;
}

std::size_t CuttingProxy::connections() const {
  std::lock_guard lock(mutex_);
  return connections_accepted_;
}

std::size_t CuttingProxy::cuts_fired() const {
  std::lock_guard lock(mutex_);
  return cuts_fired_;
}

void CuttingProxy::accept_loop() {
  while (wait_ready(listener_.get(), stop_.get(), -1)) {
    UniqueFd fd(::accept4(listener_.get(), nullptr, nullptr, SOCK_CLOEXEC));
    if (!fd) continue;  // the client gave up already, or a signal
    {
      std::lock_guard lock(mutex_);
      ++connections_accepted_;
    }
    for (auto it = connections_.begin(); it != connections_.end();) {
      if (!it->done) {
        ++it;
        continue;
      }
      it->thread.join();
      it = connections_.erase(it);
    }
    Connection& c = connections_.emplace_back();
    c.thread = std::thread([this, &c, fd = std::move(fd)]() mutable {
      serve(std::move(fd));
      c.done = true;
    });
  }
}

void CuttingProxy::serve(UniqueFd client_fd) {
  HttpStream client(std::move(client_fd), stop_.get());
  HttpStream upstream;
  std::string request;
  while (client.read_head(request)) {
    std::optional<std::size_t> cut = note_request(request);
    if (!upstream.is_open()) upstream = HttpStream(connect_local(upstream_port_), stop_.get());
    if (!upstream.is_open() || !upstream.send(request) || !relay(client, upstream, content_length(request).value_or(0)))
      break;
    bool head_request = first_line(request).substr(0, 5) == "HEAD ";
    if (!relay_response(upstream, client, head_request, cut)) break;
  }
  client.close();
  upstream.close();
}

std::optional<std::size_t> CuttingProxy::note_request(const std::string& head) {
  std::lock_guard lock(mutex_);
  heads_.push_back(head);
  std::string_view line = first_line(head);
  auto rule = std::find_if(rules_.begin(), rules_.end(),
                           [&](const CutRule& r) { return line.find(r.path_substring) != std::string_view::npos; });
  if (rule == rules_.end()) return std::nullopt;
  std::size_t body_bytes = rule->body_bytes;
  rules_.erase(rule);
  ++cuts_fired_;
  return body_bytes;
}
