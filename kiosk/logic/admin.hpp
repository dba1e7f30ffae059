// The hidden admin screen for technicians: opened by a long press in the top-left corner and a
// PIN typed on an on-screen pad, checked against [admin] pin_hash (Argon2id; the check itself runs
// on the platform's worker, this file only asks for it). Wrong PINs lock the pad for a while; the
// count lives in memory only (the kiosk writes nothing while visitors use it). The admin screen
// shows the kiosk's state and starts tasks (sync, USB feed, test pattern, restart, console) that
// the platform layer carries out (platform/admin_tasks.hpp). Pure: state in, state out.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "kiosk/logic/gestures.hpp"

namespace kiosk {

struct State;

enum class AdminScreen { closed, pin, open, test_pattern };
enum class AdminTask { sync_now, apply_usb };
enum class AdminExit { restart, console };  // exit codes: kiosk/logic/exit_codes.hpp

inline constexpr float admin_corner_mm = 15;  // the square in the top-left corner to long-press
inline constexpr size_t min_pin_digits = 4, max_pin_digits = 12;
inline constexpr int max_pin_failures = 5;             // wrong PINs in a row, then locked
inline constexpr int64_t pin_lockout_ms = 5 * 60'000;  // for this long
inline constexpr int64_t pin_pad_timeout_ms = 30'000;  // the pad closes after this long untouched
// The admin screen closes after the visitor's idle time (warning + countdown) untouched.

// What the platform reads for the admin screen (sync-status.json, disk, uptime...); the content
// sequence comes from the snapshot, the display size from the view.
struct AdminInfo {
  std::string version;     // PROJECT_VERSION
  std::string data_dir;
  // The last sync attempt (sync-status.json), empty when there was none.
  std::string sync_last_attempt, sync_feed, sync_result, sync_error, sync_last_applied;
  int sync_failures = 0;                       // rejected or failed in a row
  std::vector<std::string> trusted_key_ids;    // [sync] trusted_keys, the id of each
  int64_t disk_free_bytes = -1, disk_total_bytes = -1;  // of the data dir; -1: unknown
  int64_t process_uptime_s = -1, system_uptime_s = -1;
};

struct PinLockout {
  int failures = 0;              // wrong PINs since the last right one or the last lockout
  int64_t locked_until_ms = 0;   // on the Tick clock; the pad refuses digits until then
};

struct AdminState {
  // Set once at start from the config and the display.
  bool enabled = false;   // a pin_hash is configured
  float corner_px = 0;    // side of the corner square
  float px_per_mm = 0;    // of the display (configured, or assumed: see px_per_mm_assumed)
  bool px_per_mm_assumed = true;

  AdminScreen screen = AdminScreen::closed;
  std::string pin;        // digits typed so far; never logged, cleared after each check
  bool checking = false;  // the platform is checking `pin` against the hash
  PinLockout lockout;     // survives the reset for the next visitor; not written anywhere
  AdminInfo info;
  std::optional<AdminTask> task;  // running (the platform starts it, then reports AdminTaskFinished)
  std::string task_line;          // what the last task did, or "running…"
  bool task_ok = true;
  std::optional<AdminExit> confirm;  // asked once: the next same request exits
  std::optional<AdminExit> exit;     // the platform exits with its code
};

// Actions of the admin screen. The technician's taps produce the first group; the platform the
// second (they do not count as a touch for the idle timeouts).
struct AdminCornerHeld {};  // a long press in the corner
struct PinDigitTyped {
  char digit;
};
struct PinErased {};
struct PinSubmitted {};
struct AdminClosed {};
struct AdminTaskRequested {
  AdminTask task;
};
struct TestPatternShown {};
struct TestPatternClosed {};
struct AdminExitRequested {
  AdminExit exit;
};
struct PinChecked {  // platform: the result of the check asked for by `checking`
  bool right;
};
struct AdminInfoRead {  // platform
  AdminInfo info;
};
struct AdminTaskFinished {  // platform
  bool ok;
  std::string line;
};
using AdminAction = std::variant<AdminCornerHeld, PinDigitTyped, PinErased, PinSubmitted, AdminClosed,
                                 AdminTaskRequested, TestPatternShown, TestPatternClosed, AdminExitRequested,
                                 PinChecked, AdminInfoRead, AdminTaskFinished>;

// True after the right PIN, while the admin screen (or its test pattern) is open.
inline bool admin_unlocked(const AdminState& a) {
  return a.screen == AdminScreen::open || a.screen == AdminScreen::test_pattern;
}

// The admin state to start with: enabled when a PIN hash is configured; the corner's size from
// the display's px_per_mm (0: unknown, a 24" panel of this size is assumed).
AdminState admin_setup(bool pin_hash_configured, int width_px, int height_px, float px_per_mm);

// The state transitions (called by update()).
void apply_admin(State& state, const AdminAction& action);
// On every Tick: closes the pad or the admin screen after their timeouts.
void admin_tick(State& state);
bool is_technician_input(const AdminAction& action);
// When the next frame is due while the pad or admin screen is open (lockout countdown, timeouts).
int64_t admin_next_frame_due_ms(const State& state);

// The admin action a completed gesture means: a long press in the corner, with no admin screen
// open and a PIN configured. Anywhere else, or with no PIN, nothing.
std::optional<AdminAction> admin_action_for(const State& state, const Gesture& gesture);

// Whole seconds until the pad takes digits again, or nothing when it is not locked.
std::optional<int> pin_locked_s(const State& state);

// "ed25519:<id>:<b64>" → "<id>" (the whole text when it has another form).
std::string trusted_key_id(const std::string& key_line);
// 1536 → "1.5 KiB" style sizes, and 93784 s → "1 d 2 h 3 min" durations.
std::string format_bytes(int64_t bytes);
std::string format_duration_s(int64_t seconds);

// For `deventer-kiosk --hash-pin`: the config line `pin_hash = "$argon2id$..."` for a PIN of
// 4 to 12 digits, or an error text. Takes ~0.1 s.
struct PinHashLine {
  std::string line, error;
};
PinHashLine pin_hash_line(const std::string& pin);
// True if the PIN right now matches the configured hash (the platform runs it on a worker).
bool pin_matches(const std::string& pin_hash, const std::string& pin);
bool pin_hash_readable(const std::string& pin_hash);

}  // namespace kiosk
