// PIN checks on a worker, kiosk-sync as a polled child process, and the admin screen's facts.
#include "kiosk/platform/admin_tasks.hpp"

#include <fcntl.h>
#include <glob.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>

#include "kiosk/logic/update.hpp"
#include "kiosk/platform/process_clock.hpp"
#include "sync/status.hpp"

extern char** environ;

namespace kiosk {
namespace {

constexpr size_t kept_output_bytes = 4096;
constexpr int64_t info_refresh_ms = 5'000;  // uptime and disk while the admin screen is open

int64_t monotonic_ms() {
  timespec ts{};
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return int64_t(ts.tv_sec) * 1000 + ts.tv_nsec / 1'000'000;
}

int64_t system_uptime_s() {
  std::ifstream in("/proc/uptime");
  double s = -1;
  if (!(in >> s)) return -1;
  return int64_t(s);
}

}  // namespace

// --- ChildProcess ---

std::unique_ptr<ChildProcess> ChildProcess::spawn(const std::vector<std::string>& argv, std::string& error) {
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) {
    error = std::string("pipe: ") + std::strerror(errno);
    return nullptr;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, fds[1], STDERR_FILENO);  // dup2 clears CLOEXEC
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  int rc = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(fds[1]);
  if (rc != 0) {
    close(fds[0]);
    error = "cannot start " + argv[0] + ": " + std::strerror(rc);
    return nullptr;
  }
  fcntl(fds[0], F_SETFL, fcntl(fds[0], F_GETFL) | O_NONBLOCK);
  return std::unique_ptr<ChildProcess>(new ChildProcess(pid, fds[0]));
}

ChildProcess::~ChildProcess() {
  if (fd_ >= 0) close(fd_);
  // A child still running is left to finish on its own (kiosk-sync is safe to stop at any
  // point); the kernel reaps it when we exit.
}

void ChildProcess::drain() {
  char buf[1024];
  for (;;) {
    ssize_t n = read(fd_, buf, sizeof buf);
    if (n <= 0) break;
    std::fwrite(buf, 1, size_t(n), stderr);  // to the journal, like any of our lines
    output_.append(buf, size_t(n));
    if (output_.size() > kept_output_bytes) output_.erase(0, output_.size() - kept_output_bytes);
  }
}

std::optional<int> ChildProcess::poll() {
  if (status_) return status_;
  drain();
  int st = 0;
  pid_t r = waitpid(pid_, &st, WNOHANG);
  if (r == 0) return std::nullopt;
  drain();
  if (r < 0) status_ = 127;
  else status_ = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + (WIFSIGNALED(st) ? WTERMSIG(st) : 0);
  return status_;
}

std::string ChildProcess::last_line() const {
  std::string s = output_;
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
  size_t nl = s.rfind('\n');
  return nl == std::string::npos ? s : s.substr(nl + 1);
}

// --- RequestedTask ---

std::unique_ptr<RequestedTask> RequestedTask::start(const std::filesystem::path& requests_dir,
                                                    const std::filesystem::path& results_dir, const std::string& kind,
                                                    std::string& error, int64_t pickup_timeout_ms) {
  std::error_code ec;
  if (std::filesystem::create_directories(requests_dir, ec))
    chmod(requests_dir.c_str(), 0770);  // kiosk-admin-request.service reads it through the group
  // The token makes each request's result its own: the wall clock in ms, never reused by one kiosk.
  timespec ts{};
  clock_gettime(CLOCK_REALTIME, &ts);
  std::string name = kind + "." + std::to_string(int64_t(ts.tv_sec) * 1000 + ts.tv_nsec / 1'000'000);
  std::unique_ptr<RequestedTask> t(new RequestedTask());
  t->request_ = requests_dir / (name + ".request");
  t->running_ = results_dir / (name + ".running");
  t->result_ = results_dir / (name + ".result");
  t->started_ms_ = monotonic_ms();
  t->pickup_timeout_ms_ = pickup_timeout_ms;
  int fd = open(t->request_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0640);
  if (fd < 0) {
    error = "cannot write the request " + t->request_.string() + ": " + std::strerror(errno);
    return nullptr;
  }
  close(fd);
  return t;
}

std::optional<int> RequestedTask::poll() {
  if (status_) return status_;
  std::error_code ec;
  if (std::ifstream in(result_); in) {
    std::string status_line;
    std::getline(in, status_line);
    std::getline(in, reason_);
    char* end = nullptr;
    long v = std::strtol(status_line.c_str(), &end, 10);
    status_ = end != status_line.c_str() && *end == 0 && v >= 0 && v < 256 ? int(v) : 127;
    if (status_ == 127 && reason_.empty()) reason_ = "unreadable result " + result_.string();
  } else if (std::filesystem::exists(request_, ec)) {
    if (monotonic_ms() - started_ms_ >= pickup_timeout_ms_) {
      std::filesystem::remove(request_, ec);
      status_ = 127;
      reason_ = "nothing picked up the request in " + std::to_string(pickup_timeout_ms_ / 1000) +
                " s; see systemctl status kiosk-admin-request.path kiosk-admin-request.service";
    }
  } else if (!std::filesystem::exists(running_, ec) && !std::filesystem::exists(result_, ec)) {
    // Picked up, but neither running nor finished: the handler stopped without a result.
    status_ = 127;
    reason_ = "kiosk-admin-request ended without a result (journalctl -u kiosk-admin-request)";
  }
  return status_;
}

// --- the admin screen's facts ---

AdminInfo read_admin_info(const AdminTasksSetup& setup) {
  AdminInfo info;
  info.version = setup.version;
  info.data_dir = setup.data_dir.string();
  feed::SyncStatus st = feed::read_status(setup.data_dir);
  info.sync_last_attempt = st.last_attempt;
  info.sync_feed = st.feed;
  info.sync_result = st.result;
  info.sync_error = st.error;
  info.sync_last_applied = st.last_applied;
  info.sync_failures = st.consecutive_failures;
  for (const auto& k : setup.trusted_keys) info.trusted_key_ids.push_back(trusted_key_id(k));
  struct statvfs vfs{};
  if (statvfs(setup.data_dir.c_str(), &vfs) == 0) {
    info.disk_free_bytes = int64_t(vfs.f_bavail) * int64_t(vfs.f_frsize);
    info.disk_total_bytes = int64_t(vfs.f_blocks) * int64_t(vfs.f_frsize);
  }
  int64_t age_ms = ms_since_process_start();
  info.process_uptime_s = age_ms < 0 ? -1 : age_ms / 1000;
  info.system_uptime_s = system_uptime_s();
  return info;
}

std::string find_sync_binary() {
  if (const char* env = std::getenv("KIOSK_SYNC_BINARY"); env && *env) return env;
  std::error_code ec;
  auto here = std::filesystem::read_symlink("/proc/self/exe", ec).parent_path();
  if (!ec)
    for (const auto& p : {here / "kiosk-sync", here.parent_path() / "sync" / "kiosk-sync"})
      if (access(p.c_str(), X_OK) == 0) return p.string();
  return "kiosk-sync";
}

std::string find_usb_feed(const std::vector<std::string>& patterns) {
  for (const auto& pattern : patterns) {
    glob_t g{};
    std::string found;
    if (glob(pattern.c_str(), GLOB_ONLYDIR, nullptr, &g) == 0)
      for (size_t i = 0; i < g.gl_pathc && found.empty(); ++i)
        if (std::filesystem::is_directory(g.gl_pathv[i])) found = g.gl_pathv[i];
    globfree(&g);
    if (!found.empty()) return found;
  }
  return {};
}

// --- AdminTasks ---

AdminTasks::AdminTasks(AdminTasksSetup setup) : setup_(std::move(setup)) {
  if (setup_.sync_binary.empty()) setup_.sync_binary = find_sync_binary();
  if (setup_.requests_dir.empty()) setup_.requests_dir = setup_.data_dir / "requests";
}

AdminTasks::~AdminTasks() {
  if (pin_check_.valid()) pin_check_.wait();
}

AdminTaskFinished AdminTasks::finish_task(int exit_status) {
  feed::SyncStatus st = feed::read_status(setup_.data_dir);
  bool attempted = !st.last_attempt.empty() && st.last_attempt != status_before_;
  std::string line = task_what_ + ": ";
  std::string why = attempted && !st.error.empty() ? st.error : task_->last_line();
  switch (exit_status) {
    case 0:
      line += attempted ? st.result : std::string("done");
      if (st.applied_sequence >= 0) line += " (sequence " + std::to_string(st.applied_sequence) + ")";
      break;
    case 1:
      line += "rejected: " + why;
      break;
    case 2:
      line += "kiosk-sync refused its config or arguments: " + why;
      break;
    case 127:
      line += "did not run: " + why;
      break;
    case 3:
      line += "failed: " + why;
      break;
    default:
      line += "kiosk-sync ended with status " + std::to_string(exit_status) + (why.empty() ? "" : ": " + why);
  }
  std::fprintf(stderr, "admin: %s\n", line.c_str());
  return {exit_status == 0, line};
}

std::vector<Action> AdminTasks::poll(const State& state, bool wait_for_pin) {
  std::vector<Action> out;
  const AdminState& a = state.admin;

  // The PIN: one check at a time, on a worker.
  if (a.checking && !pin_check_.valid()) {
    pin_check_start_ms_ = monotonic_ms();
    pin_check_ = std::async(std::launch::async, pin_matches, setup_.pin_hash, a.pin);
  }
  if (pin_check_.valid() && (wait_for_pin || pin_check_.wait_for(std::chrono::seconds(0)) == std::future_status::ready)) {
    bool right = pin_check_.get();
    std::fprintf(stderr, "admin: %s PIN (checked in %lld ms)\n", right ? "right" : "wrong",
                 (long long)(monotonic_ms() - pin_check_start_ms_));
    out.emplace_back(AdminAction{PinChecked{right}});
  }

  // A task asked for and not started yet.
  if (a.task && !task_) {
    bool usb = *a.task == AdminTask::apply_usb;
    task_what_ = usb ? "USB" : "Sync now";
    status_before_ = feed::read_status(setup_.data_dir).last_attempt;
    std::string error;
    if (setup_.runner == AdminTaskRunner::systemd) {
      task_ = RequestedTask::start(setup_.requests_dir, setup_.results_dir, usb ? "usb" : "sync-now", error);
      std::fprintf(stderr, "admin: %s: %s\n", task_what_.c_str(), task_ ? "asked kiosk-admin-request.path" : error.c_str());
    } else {
      std::vector<std::string> argv = {setup_.sync_binary};
      if (!setup_.config_path.empty()) argv.insert(argv.end(), {"--config", setup_.config_path});
      argv.insert(argv.end(), {"--data", setup_.data_dir.string()});
      if (usb) {
        std::string dir = find_usb_feed(setup_.usb_globs);
        if (dir.empty()) {
          std::string looked;
          for (const auto& g : setup_.usb_globs) looked += (looked.empty() ? "" : ", ") + g;
          out.emplace_back(AdminAction{AdminTaskFinished{false, "No USB stick with a kiosk-feed folder found (looked for " + looked + ")"}});
          return out;
        }
        argv.insert(argv.end(), {"--from", "file://" + dir});
        task_what_ = "USB " + dir;
      }
      task_ = ChildProcess::spawn(argv, error);
      std::fprintf(stderr, "admin: %s: %s\n", task_what_.c_str(), task_ ? ("started " + argv[0]).c_str() : error.c_str());
    }
    if (!task_) out.emplace_back(AdminAction{AdminTaskFinished{false, task_what_ + ": " + error}});
  }
  if (task_) {
    if (auto status = task_->poll()) {
      out.emplace_back(AdminAction{finish_task(*status)});
      task_.reset();
      info_read_ms_ = 0;  // show the new status
    }
  }

  // The facts, when the admin screen opens and every few seconds while it is open.
  bool open = a.screen == AdminScreen::open;
  int64_t now = monotonic_ms();
  if (open && (last_screen_ != AdminScreen::open || info_read_ms_ == 0 || now - info_read_ms_ >= info_refresh_ms)) {
    out.emplace_back(AdminAction{AdminInfoRead{read_admin_info(setup_)}});
    info_read_ms_ = now;
  }
  last_screen_ = a.screen;
  return out;
}

}  // namespace kiosk
