// A real nginx serving a folder on 127.0.0.1, for tests of the sync client against the server it
// meets in production. It runs as our child process (no daemon, no master), as whatever user the
// tests run as, and writes everything (pid, logs, temp dirs, config) in a temp dir of its own.
//
// What it serves, besides the files under `root`:
//   /fail500/...  always 500 (a server error fixture)
//   /to-http/X    a redirect to http://.../X (a downgrade an https feed must refuse)
//   .../blobs/... the files, with "Cache-Control: public, max-age=31536000, immutable"
// Static files come with ETag and Last-Modified, answer If-None-Match with 304 and Range with 206,
// and keep-alive is on. `sendfile on`, as on the production server.
//
//   std::string why;
//   auto nginx = NginxServer::start(dir.path, why);
//   REQUIRE(nginx);  // INFO(why) first, to see nginx's error log when it fails
//   fetch(nginx->url("manifest.json"));
//   CHECK(nginx->access_log().back().status == 200);
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sync_http/nginx_access_log.hpp"
#include "sync_http/nginx_config.hpp"

class NginxServer {
 public:
  // Starts nginx on a free port and waits until it accepts connections. On failure returns nullopt
  // and says why in `why` (with the tail of nginx's error log). `nginx` is for tests of this class.
  // nginx dies with the thread that called start (PR_SET_PDEATHSIG), so a crashed test leaves none
  // behind: start it from the thread that will outlive it. With `tls`, it also serves https on
  // a second port (https_url).
  static std::optional<NginxServer> start(const std::filesystem::path& root, std::string& why,
                                          const std::filesystem::path& nginx = "/usr/sbin/nginx",
                                          const NginxTls* tls = nullptr);

  NginxServer(NginxServer&& other) noexcept;
  NginxServer& operator=(NginxServer&& other) noexcept;
  NginxServer(const NginxServer&) = delete;
  NginxServer& operator=(const NginxServer&) = delete;
  // Stops nginx (SIGTERM; SIGKILL if it has not exited after 5 s), reaps it, removes its temp dir.
  ~NginxServer();

  int port() const { return port_; }
  // "http://127.0.0.1:PORT/" + path (one leading '/' of path is dropped).
  std::string url(std::string_view path) const;
  // "https://127.0.0.1:TLS_PORT/" + path, when started with tls.
  std::string https_url(std::string_view path) const;

  // Every request nginx has finished, oldest first. First makes one unlogged request of its own
  // and waits for the answer: nginx writes a log line just after sending a response's last byte,
  // so a client can see the whole response before its line exists; a request started later is
  // only served once those lines are written.
  std::vector<AccessLogEntry> access_log() const;
  // nginx's error log, for test failure messages.
  std::string error_log() const;

  pid_t pid() const { return pid_; }
  const std::filesystem::path& work_dir() const { return dir_; }

 private:
  NginxServer(pid_t pid, int port, int tls_port, std::filesystem::path dir)
      : pid_(pid), port_(port), tls_port_(tls_port), dir_(std::move(dir)) {}
  void stop();

  pid_t pid_ = -1;
  int port_ = 0;
  int tls_port_ = 0;
  std::filesystem::path dir_;  // empty when moved from
};
