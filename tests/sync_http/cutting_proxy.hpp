// An HTTP/1.1 forwarding proxy on 127.0.0.1 in front of one upstream port (the test nginx), that
// can drop a connection in the middle of a response: the sockets are really shut down and closed,
// as when a kiosk's network goes away, not a short file served whole.
//
// Each client connection gets its own upstream connection and thread; requests on it are relayed
// one after the other (keep-alive; no pipelining, which libcurl no longer does). A response's
// body is relayed by Content-Length, or to EOF when upstream closes instead; 1xx, 204, 304 and
// answers to HEAD have none. When upstream closes a connection, the client's is closed too.
//
//   CuttingProxy proxy(nginx->port());
//   proxy.cut_once("/blobs/", 1000);  // the next blob request gets its head and 1000 body bytes
//   run_sync(proxy.url("feed/"));
//   CHECK(proxy.cuts_fired() == 1);
//   CHECK_THAT(proxy.request_heads().back(), Catch::Contains("Range: bytes=1000-"));
#pragma once

#include <atomic>
#include <cstddef>
#include <list>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "sync_http/local_socket.hpp"

class CuttingProxy {
 public:
  // Listens at once on a free port; throws std::runtime_error if it cannot.
  explicit CuttingProxy(int upstream_port);
  CuttingProxy(const CuttingProxy&) = delete;
  CuttingProxy& operator=(const CuttingProxy&) = delete;
  // Closes every connection, mid-response or idle, and joins every thread.
  ~CuttingProxy();

  int port() const { return port_; }
  // "http://127.0.0.1:PORT/" + path (one leading '/' of path is dropped).
  std::string url(std::string_view path) const;

  // The next request whose request line contains `path_substring` gets its response head and at
  // most `body_bytes` of its body, then both its sockets are closed. Each rule fires once; rules
  // added earlier are tried first.
  void cut_once(std::string path_substring, std::size_t body_bytes);

  // Requests seen, cut ones included.
  std::size_t requests() const;
  // Each request's head as the client sent it ("GET /a HTTP/1.1\r\nRange: bytes=10-\r\n..."),
  // oldest first. Recorded before it is forwarded, so complete once the client has an answer.
  std::vector<std::string> request_heads() const;
  // Client connections accepted: 1 for several requests means the client kept its connection.
  std::size_t connections() const;
  // Cut rules that have fired.
  std::size_t cuts_fired() const;

 private:
  struct CutRule {
    std::string path_substring;
    std::size_t body_bytes;
  };
  struct Connection {
    std::thread thread;
    std::atomic<bool> done{false};
  };

  void accept_loop();
  void serve(UniqueFd client_fd);
  // Records the head and takes the first matching rule's byte count, if any.
  std::optional<std::size_t> note_request(const std::string& head);

  int upstream_port_;
  int port_ = 0;
  UniqueFd listener_;
  UniqueFd stop_;  // an eventfd, readable once the destructor runs: wakes every wait
  std::thread acceptor_;
  std::list<Connection> connections_;  // only the acceptor thread touches it until joined

  mutable std::mutex mutex_;
  std::vector<CutRule> rules_;
  std::vector<std::string> heads_;
  std::size_t connections_accepted_ = 0;
  std::size_t cuts_fired_ = 0;
};
