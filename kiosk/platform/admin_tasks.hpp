// The admin screen's side effects (logic/admin.hpp says what; this does it): checking the PIN on a
// worker thread (Argon2id takes ~0.1 s, longer than a frame), running kiosk-sync as a child
// process with posix_spawn and polling it without blocking, finding a USB stick's feed folder,
// and reading what the admin screen shows (sync-status.json, free disk, uptime). No SDL, no ImGui.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/logic/actions.hpp"
#include "kiosk/logic/state.hpp"

namespace kiosk {

// An admin task in progress: kiosk-sync as our child, or a request carried out by systemd.
class RunningTask {
 public:
  virtual ~RunningTask() = default;
  // Nothing while it runs; then its exit status (kiosk-sync's: 0 1 2 3, or 127 when it never ran,
  // 128 + signal number when killed). Never blocks.
  virtual std::optional<int> poll() = 0;
  // Why it ended as it did, in one line (the last line kiosk-sync logged), or empty.
  virtual std::string last_line() const = 0;
};

// A child process whose stderr we collect (and pass on to ours, so it reaches the journal).
class ChildProcess : public RunningTask {
 public:
  // Starts argv[0] (searched on PATH when it has no '/'). nullptr with `error` set if it cannot.
  static std::unique_ptr<ChildProcess> spawn(const std::vector<std::string>& argv, std::string& error);
  ~ChildProcess();
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  std::optional<int> poll() override;
  // The last line it wrote to stderr.
  std::string last_line() const override;

 private:
  ChildProcess(pid_t pid, int stderr_fd) : pid_(pid), fd_(stderr_fd) {}
  void drain();
  pid_t pid_;
  int fd_;
  std::string output_;  // the last few KiB of its stderr
  std::optional<int> status_;
};

// A task for systemd to run, on an installed kiosk (kiosk.service may not use the network or
// mount a stick, and its children could not either): an empty file REQUESTS/KIND.TOKEN.request,
// which kiosk-admin-request.path sees; systemd/kiosk-admin-request starts the unit and writes
// RESULTS/KIND.TOKEN.result (status line, reason line) into a folder only root can write.
class RequestedTask : public RunningTask {
 public:
  // KIND is "sync-now" or "usb". nullptr with `error` set if the request cannot be written.
  static std::unique_ptr<RequestedTask> start(const std::filesystem::path& requests_dir,
                                              const std::filesystem::path& results_dir, const std::string& kind,
                                              std::string& error, int64_t pickup_timeout_ms = 15'000);
  std::optional<int> poll() override;
  std::string last_line() const override { return reason_; }

 private:
  RequestedTask() = default;
  std::filesystem::path request_, running_, result_;
  int64_t started_ms_ = 0, pickup_timeout_ms_ = 0;
  std::optional<int> status_;
  std::string reason_;
};

enum class AdminTaskRunner { child, systemd };

struct AdminTasksSetup {
  std::string version{};
  std::string pin_hash{};
  std::string config_path{};  // given to kiosk-sync as --config when not empty
  std::filesystem::path data_dir{};
  std::vector<std::string> trusted_keys{};
  std::vector<std::string> usb_globs{};
  std::string sync_binary{};  // empty: find_sync_binary()
  AdminTaskRunner runner = AdminTaskRunner::child;
  std::filesystem::path requests_dir{};  // systemd: empty means DATA_DIR/requests
  std::filesystem::path results_dir = "/run/deventer-kiosk-admin";  // kiosk-admin-request.service's
};

class AdminTasks {
 public:
  explicit AdminTasks(AdminTasksSetup setup);
  ~AdminTasks();
  // Starts what the state asks for (a PIN check, a task), refreshes the admin screen's facts
  // while it is open, and returns the actions for what finished. Never blocks, unless
  // wait_for_pin (tests) makes it wait for a PIN check it starts.
  std::vector<Action> poll(const State& state, bool wait_for_pin = false);
  bool busy() const { return task_ != nullptr || pin_check_.valid(); }

 private:
  AdminTaskFinished finish_task(int exit_status);

  AdminTasksSetup setup_;
  std::future<bool> pin_check_;
  int64_t pin_check_start_ms_ = 0;
  std::unique_ptr<RunningTask> task_;
  std::string task_what_;     // "Sync now", "USB /media/...": for the result line
  std::string status_before_;  // sync-status.json's last_attempt before the child ran
  AdminScreen last_screen_ = AdminScreen::closed;
  int64_t info_read_ms_ = 0;
};

// What the admin screen shows that the kiosk reads from the system.
AdminInfo read_admin_info(const AdminTasksSetup& setup);
// kiosk-sync: $KIOSK_SYNC_BINARY, beside this program, the build tree's sync/, else on PATH.
std::string find_sync_binary();
// The first existing directory matching one of the patterns (glob(3)), or empty.
std::string find_usb_feed(const std::vector<std::string>& patterns);

}  // namespace kiosk
