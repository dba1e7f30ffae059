// A real nginx as a child process; see nginx_server.hpp.
#include "sync_http/nginx_server.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <thread>
#include <utility>

#include "sync_http/http_stream.hpp"
#include "sync_http/nginx_config.hpp"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int start_attempts = 5;  // each on a new port, in case another process took ours
constexpr auto start_timeout = std::chrono::seconds(10);
constexpr auto stop_timeout = std::chrono::seconds(5);

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string last_lines(const std::string& text, int count) {
  size_t start = text.size();
  while (count-- >= 0) {  // one more newline than lines: the one ending the line before them
    if (start == 0 || (start = text.rfind('\n', start - 1)) == std::string::npos) return text;
  }
  return text.substr(start + 1);
}

// Forks and execs nginx in the foreground, its stdout and stderr appended to error.log.
// Everything the child needs is prepared before fork: other threads may hold locks.
pid_t spawn(const fs::path& nginx, const fs::path& dir) {
  std::vector<std::string> args{nginx, "-p", dir.string() + "/", "-c", dir / "nginx.conf", "-e", dir / "error.log"};
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  char* envp[] = {nullptr};  // e.g. an inherited NGINX= would make it adopt sockets
  UniqueFd out(::open(args[6].c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644));
  UniqueFd in(::open("/dev/null", O_RDONLY | O_CLOEXEC));
  pid_t parent = ::getpid();
  pid_t pid = ::fork();
  if (pid != 0) return pid;
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (::getppid() != parent) ::_exit(126);
  sigset_t none;
  sigemptyset(&none);
  ::sigprocmask(SIG_SETMASK, &none, nullptr);
  ::dup2(in.get(), 0);
  ::dup2(out.get(), 1);
  ::dup2(out.get(), 2);
  // Sockets of the test (a proxy's, curl's) must not live on in nginx. (Linux before 5.9: a loop.)
  if (::close_range(3, ~0U, 0) != 0)
    for (int fd = 3; fd < 4096; ++fd) ::close(fd);
  ::execve(argv[0], argv.data(), envp);
  ::_exit(127);
}

// Waits up to `timeout` for pid to exit; true once it has been reaped.
bool reap(pid_t pid, Clock::duration timeout, int& status) {
  auto deadline = Clock::now() + timeout;
  for (;;) {
    pid_t r = ::waitpid(pid, &status, WNOHANG);
    if (r == pid || (r < 0 && errno == ECHILD)) return true;
    if (Clock::now() >= deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
}

void kill_and_reap(pid_t pid, int signal) {
  int status = 0;
  ::kill(pid, signal);
  if (!reap(pid, stop_timeout, status)) {
    ::kill(pid, SIGKILL);
    reap(pid, std::chrono::hours(1), status);
  }
}

std::string exit_text(int status) {
  if (WIFEXITED(status) && WEXITSTATUS(status) == 127) return "could not be executed";
  if (WIFEXITED(status)) return "exited with status " + std::to_string(WEXITSTATUS(status));
  return "was killed by signal " + std::to_string(WTERMSIG(status));
}

enum class Started { ready, port_taken, failed };

// Ready once nginx has written its pid file (which it does after binding and listening) and a
// connect succeeds: a connect alone could reach whoever else holds the port.
Started wait_until_ready(pid_t pid, int port, const fs::path& dir, std::string& why) {
  auto deadline = Clock::now() + start_timeout;
  for (;;) {
    int status = 0;
    bool exited = ::waitpid(pid, &status, WNOHANG) == pid;
    if (read_file(dir / "error.log").find("Address already in use") != std::string::npos) {
      if (!exited) kill_and_reap(pid, SIGKILL);
      return Started::port_taken;
    }
    if (exited) {
      why = "nginx " + exit_text(status);
      return Started::failed;
    }
    std::string pid_text = read_file(dir / "nginx.pid");
    if (std::strtol(pid_text.c_str(), nullptr, 10) == pid && connect_local(port)) return Started::ready;
    if (Clock::now() >= deadline) {
      why = "nginx did not accept connections on port " + std::to_string(port) + " within 10 s";
      kill_and_reap(pid, SIGKILL);
      return Started::failed;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
}

}  // namespace

std::optional<NginxServer> NginxServer::start(const fs::path& root, std::string& why, const fs::path& nginx,
                                              const NginxTls* tls) {
  if (::access(nginx.c_str(), X_OK) != 0) {
    why = nginx.string() + " is missing: install the Debian package nginx-light (cmake/setup.sh test does)";
    return std::nullopt;
  }
  fs::path abs_root = fs::absolute(root);
  if (abs_root.string().find_first_of("\"\\$") != std::string::npos) {
    why = "nginx cannot serve " + abs_root.string() + ": the path holds '\"', '\\' or '$'";
    return std::nullopt;
  }
  std::string dir_template = (fs::temp_directory_path() / "kiosk-nginx-XXXXXX").string();
  if (!::mkdtemp(dir_template.data())) {
    why = "cannot create a temp dir for nginx: " + std::string(std::strerror(errno));
    return std::nullopt;
  }
  fs::path dir = dir_template;
  for (int attempt = 1; attempt <= start_attempts; ++attempt) {
    int port = free_local_port(), tls_port = 0;
    while (tls && (tls_port == 0 || tls_port == port)) tls_port = free_local_port();
    std::ofstream(dir / "nginx.conf", std::ios::trunc) << nginx_config(dir, abs_root, port, tls, tls_port);
    std::ofstream(dir / "error.log", std::ios::trunc).close();
    fs::remove(dir / "nginx.pid");
    pid_t pid = spawn(nginx, dir);
    if (pid < 0) {
      why = "fork failed: " + std::string(std::strerror(errno));
      break;
    }
    Started s = wait_until_ready(pid, port, dir, why);
    if (s == Started::ready) return NginxServer(pid, port, tls_port, dir);
    if (s == Started::failed) break;
    why = "every port tried was taken";
  }
  why += "; nginx's error log ends:\n" + last_lines(read_file(dir / "error.log"), 20);
  std::error_code ec;
  fs::remove_all(dir, ec);
  return std::nullopt;
}

NginxServer::NginxServer(NginxServer&& o) noexcept
    : pid_(std::exchange(o.pid_, -1)),
      port_(std::exchange(o.port_, 0)),
      tls_port_(std::exchange(o.tls_port_, 0)),
      dir_(std::exchange(o.dir_, {})) {}

NginxServer& NginxServer::operator=(NginxServer&& o) noexcept {
  if (this != &o) {
    stop();
    pid_ = std::exchange(o.pid_, -1);
    port_ = std::exchange(o.port_, 0);
    tls_port_ = std::exchange(o.tls_port_, 0);
    dir_ = std::exchange(o.dir_, {});
  }
  return *this;
}

NginxServer::~NginxServer() {
  stop();
}

void NginxServer::stop() {
  if (pid_ > 0) kill_and_reap(pid_, SIGTERM);  // single process: SIGTERM is a fast shutdown
  pid_ = -1;
  std::error_code ec;
  if (!dir_.empty()) fs::remove_all(dir_, ec);
  dir_.clear();
}

std::string NginxServer::url(std::string_view path) const {
  if (!path.empty() && path.front() == '/') path.remove_prefix(1);
  return "http://127.0.0.1:" + std::to_string(port_) + "/" + std::string(path);
}

std::string NginxServer::https_url(std::string_view path) const {
  if (!path.empty() && path.front() == '/') path.remove_prefix(1);
  return "https://127.0.0.1:" + std::to_string(tls_port_) + "/" + std::string(path);
}

std::vector<AccessLogEntry> NginxServer::access_log() const {
  HttpStream barrier(connect_local(port_), -1, 5000);
  std::string response;
  barrier.send("GET " + std::string(nginx_barrier_path) + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
  barrier.read_to_eof(response);
  return parse_access_log(read_file(dir_ / "access.log"));
}

std::string NginxServer::error_log() const {
  return read_file(dir_ / "error.log");
}
