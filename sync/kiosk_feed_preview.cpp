// kiosk-feed preview's process handling: posix_spawn, waitpid, and signals passed on to the kiosk.
#include "sync/kiosk_feed_preview.hpp"

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>

extern char** environ;

namespace feed_tool {
namespace fs = std::filesystem;
namespace {

volatile sig_atomic_t running_child = 0;  // the kiosk's pid while it runs
volatile sig_atomic_t stop_pending = 0;   // a stop signal came before the kiosk was started

extern "C" void pass_stop_on(int) {
  if (running_child > 0)
    ::kill(running_child, SIGTERM);
  else
    stop_pending = 1;
}

// Installs pass_stop_on for the stop signals, and puts the previous handlers back when done.
class StopSignalsPassedOn {
 public:
  StopSignalsPassedOn() {
    struct sigaction sa {};
    sa.sa_handler = pass_stop_on;
    sigemptyset(&sa.sa_mask);
    for (size_t i = 0; i < std::size(signals_); ++i) ::sigaction(signals_[i], &sa, &old_[i]);
  }
  ~StopSignalsPassedOn() {
    for (size_t i = 0; i < std::size(signals_); ++i) ::sigaction(signals_[i], &old_[i], nullptr);
    running_child = 0;
    stop_pending = 0;
  }
  StopSignalsPassedOn(const StopSignalsPassedOn&) = delete;
  StopSignalsPassedOn& operator=(const StopSignalsPassedOn&) = delete;

 private:
  static constexpr int signals_[3] = {SIGINT, SIGTERM, SIGHUP};
  struct sigaction old_[3]{};
};

}  // namespace

bool is_executable_file(const fs::path& path) {
  std::error_code ec;
  return fs::is_regular_file(path, ec) && ::access(path.c_str(), X_OK) == 0;
}

KioskBinary find_kiosk_binary(const std::string& explicit_path, const fs::path& self_dir) {
  if (!explicit_path.empty()) return {explicit_path, "--kiosk"};
  if (const char* env = std::getenv(kiosk_binary_env); env && *env) return {env, std::string("$") + kiosk_binary_env};
  if (!self_dir.empty())
    for (const fs::path& p : {self_dir / kiosk_binary_name, self_dir / ".." / "kiosk" / kiosk_binary_name})
      if (is_executable_file(p)) return {p.lexically_normal().string(), "beside kiosk-feed"};
  return {kiosk_binary_name, "the PATH"};
}

fs::path own_folder() {
  std::error_code ec;
  fs::path self = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path() : self.parent_path();
}

feed::Result<TempFolder> TempFolder::make(const std::string& prefix) {
  const char* tmpdir = std::getenv("TMPDIR");
  fs::path base = tmpdir && *tmpdir ? tmpdir : "/tmp";
  std::string pattern = (base / (prefix + "XXXXXX")).string();
  if (!::mkdtemp(pattern.data()))
    return feed::make_error(feed::ErrorCode::io,
                            pattern + ": cannot create a temporary folder: " + std::strerror(errno));
  return TempFolder(pattern);
}

feed::Status TempFolder::remove() {
  if (path_.empty()) return feed::Ok{};
  std::error_code ec;
  fs::remove_all(path_, ec);
  if (ec) return feed::make_error(feed::ErrorCode::io, path_.string() + ": cannot remove: " + ec.message());
  path_.clear();
  return feed::Ok{};
}

TempFolder::~TempFolder() {
  (void)remove();
}

feed::Result<int> run_and_wait(const std::vector<std::string>& argv) {
  if (argv.empty()) return feed::make_error(feed::ErrorCode::usage, "no program to run");
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);

  StopSignalsPassedOn signals;
  pid_t pid = 0;
  int err = ::posix_spawnp(&pid, args[0], nullptr, nullptr, args.data(), environ);
  if (err != 0)
    return feed::make_error(err == ENOENT ? feed::ErrorCode::missing : feed::ErrorCode::io,
                            argv[0] + ": cannot start it: " + std::strerror(err));
  running_child = pid;
  if (stop_pending) ::kill(pid, SIGTERM);

  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR)
      return feed::make_error(feed::ErrorCode::io, argv[0] + ": cannot wait for it: " + std::strerror(errno));
  }
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return 1;
}

}  // namespace feed_tool
