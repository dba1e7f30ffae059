// The admin screen's state transitions, the PIN lockout, the corner, and small formatting helpers.
#include "kiosk/logic/admin.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "kiosk/logic/state.hpp"
#include "sync/sodium.hpp"

namespace kiosk {
namespace {

constexpr float assumed_diagonal_inch = 24;

bool locked(const State& s) { return s.now_ms < s.admin.lockout.locked_until_ms; }

void close(AdminState& a) {
  a.screen = AdminScreen::closed;
  a.pin.clear();
  a.checking = false;
  a.confirm.reset();
}

struct ApplyAdmin {
  State& s;
  AdminState& a = s.admin;

  void operator()(const AdminCornerHeld&) {
    if (!a.enabled || a.screen != AdminScreen::closed) return;
    a.screen = AdminScreen::pin;
    a.pin.clear();
  }
  void operator()(const PinDigitTyped& d) {
    if (a.screen != AdminScreen::pin || a.checking || locked(s) || d.digit < '0' || d.digit > '9') return;
    if (a.pin.size() < max_pin_digits) a.pin += d.digit;
  }
  void operator()(const PinErased&) {
    if (a.screen == AdminScreen::pin && !a.checking && !a.pin.empty()) a.pin.pop_back();
  }
  void operator()(const PinSubmitted&) {
    if (a.screen != AdminScreen::pin || a.checking || locked(s) || a.pin.size() < min_pin_digits) return;
    a.checking = true;
  }
  void operator()(const PinChecked& c) {
    if (!a.checking) return;
    a.checking = false;
    a.pin.clear();
    if (c.right) {
      a.lockout = {};
      if (a.screen == AdminScreen::pin) a.screen = AdminScreen::open;
      return;
    }
    if (++a.lockout.failures >= max_pin_failures) {
      a.lockout.failures = 0;
      a.lockout.locked_until_ms = s.now_ms + pin_lockout_ms;
    }
  }
  void operator()(const AdminClosed&) { close(a); }
  void operator()(const AdminTaskRequested& r) {
    if (a.screen != AdminScreen::open || a.task) return;
    a.task = r.task;
    a.task_line = "running…";
    a.task_ok = true;
  }
  void operator()(const TestPatternShown&) {
    if (a.screen == AdminScreen::open) a.screen = AdminScreen::test_pattern;
  }
  void operator()(const TestPatternClosed&) {
    if (a.screen == AdminScreen::test_pattern) a.screen = AdminScreen::open;
  }
  void operator()(const AdminExitRequested& r) {
    if (a.screen != AdminScreen::open) return;
    if (a.confirm == r.exit) a.exit = r.exit;
    else a.confirm = r.exit;
  }
  void operator()(const AdminInfoRead& r) { a.info = r.info; }
  void operator()(const AdminTaskFinished& f) {
    if (!a.task) return;
    a.task.reset();
    a.task_ok = f.ok;
    a.task_line = f.line;
  }
};

}  // namespace

AdminState admin_setup(bool pin_hash_configured, int width_px, int height_px, float px_per_mm) {
  AdminState a;
  a.enabled = pin_hash_configured;
  a.px_per_mm_assumed = px_per_mm <= 0;
  a.px_per_mm = px_per_mm > 0 ? px_per_mm
                              : std::hypot(float(width_px), float(height_px)) / (assumed_diagonal_inch * 25.4f);
  a.corner_px = admin_corner_mm * a.px_per_mm;
  return a;
}

void apply_admin(State& s, const AdminAction& action) {
  // Any other request answers "are you sure?" with no.
  if (!std::holds_alternative<AdminExitRequested>(action) && is_technician_input(action)) s.admin.confirm.reset();
  std::visit(ApplyAdmin{s}, action);
}

void admin_tick(State& s) {
  AdminState& a = s.admin;
  int64_t idle_ms = s.now_ms - s.last_input_ms;
  if (a.screen == AdminScreen::pin && idle_ms >= pin_pad_timeout_ms && !a.checking) close(a);
  if ((a.screen == AdminScreen::open || a.screen == AdminScreen::test_pattern) &&
      idle_ms >= s.timing.idle_warning_ms + s.timing.idle_countdown_ms)
    close(a);
}

bool is_technician_input(const AdminAction& action) {
  return !std::holds_alternative<PinChecked>(action) && !std::holds_alternative<AdminInfoRead>(action) &&
         !std::holds_alternative<AdminTaskFinished>(action);
}

int64_t admin_next_frame_due_ms(const State& s) {
  const AdminState& a = s.admin;
  int64_t timeout = a.screen == AdminScreen::pin ? pin_pad_timeout_ms : s.timing.idle_warning_ms + s.timing.idle_countdown_ms;
  int64_t due = s.last_input_ms + timeout;
  if (locked(s)) due = std::min(due, (s.now_ms / 1000 + 1) * 1000);  // the countdown's next second
  return std::max(due, s.now_ms);
}

std::optional<AdminAction> admin_action_for(const State& s, const Gesture& g) {
  if (g.type != Gesture::Type::long_press || !s.admin.enabled || s.admin.screen != AdminScreen::closed)
    return std::nullopt;
  if (g.start_x < 0 || g.start_y < 0 || g.start_x >= s.admin.corner_px || g.start_y >= s.admin.corner_px)
    return std::nullopt;
  return AdminCornerHeld{};
}

std::optional<int> pin_locked_s(const State& s) {
  if (!locked(s)) return std::nullopt;
  return int((s.admin.lockout.locked_until_ms - s.now_ms + 999) / 1000);
}

std::string trusted_key_id(const std::string& line) {
  size_t a = line.find(':');
  size_t b = a == std::string::npos ? a : line.find(':', a + 1);
  if (b == std::string::npos) return line;
  return line.substr(a + 1, b - a - 1);
}

std::string format_bytes(int64_t bytes) {
  if (bytes < 0) return "unknown";
  const char* units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
  double v = double(bytes);
  int u = 0;
  while (v >= 1024 && u < 4) v /= 1024, ++u;
  char buf[32];
  std::snprintf(buf, sizeof buf, u == 0 ? "%.0f %s" : "%.1f %s", v, units[u]);
  return buf;
}

std::string format_duration_s(int64_t s) {
  if (s < 0) return "unknown";
  int64_t d = s / 86400, h = s / 3600 % 24, m = s / 60 % 60;
  char buf[64];
  if (d > 0) std::snprintf(buf, sizeof buf, "%lld d %lld h %lld min", (long long)d, (long long)h, (long long)m);
  else if (h > 0) std::snprintf(buf, sizeof buf, "%lld h %lld min", (long long)h, (long long)m);
  else std::snprintf(buf, sizeof buf, "%lld min %lld s", (long long)m, (long long)(s % 60));
  return buf;
}

PinHashLine pin_hash_line(const std::string& pin) {
  if (pin.size() < min_pin_digits || pin.size() > max_pin_digits ||
      !std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return {{}, "the PIN must be " + std::to_string(min_pin_digits) + " to " + std::to_string(max_pin_digits) +
                    " digits (the on-screen pad has only 0-9)"};
  auto hash = feed::password_hash(pin);
  if (!hash) return {{}, "cannot hash the PIN (out of memory?)"};
  return {"pin_hash = \"" + *hash + "\"", {}};
}

bool pin_matches(const std::string& pin_hash, const std::string& pin) { return feed::password_verify(pin_hash, pin); }

bool pin_hash_readable(const std::string& pin_hash) { return feed::is_password_hash(pin_hash); }

}  // namespace kiosk
