// The state transitions, one overload per action, and the animation clock.
#include "kiosk/logic/update.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "kiosk/logic/trusted_clock.hpp"

namespace kiosk {
namespace {

constexpr float fling_time_constant_s = 0.325f;  // velocity falls to 1/e in this time
constexpr float fling_stop_px_s = 20;

State reset_for_next_visitor(State s) {
  State fresh;
  fresh.camera = s.camera;
  fresh.camera.show_europe_africa();
  fresh.camera_placed = s.camera_placed;
  fresh.now_ms = s.now_ms;
  fresh.last_input_ms = s.now_ms;
  fresh.timing = s.timing;
  fresh.here = s.here;
  fresh.visit = s.visit;
  fresh.today_yyyymmdd = s.today_yyyymmdd;
  fresh.admin = s.admin;  // the technician's, not the visitor's
  fresh.wall = s.wall;
  fresh.wall.woken = false;  // outside the hours, the next visitor finds the screen dark
  return fresh;
}

float ease_in_out(float t) { return t < 0.5f ? 4 * t * t * t : 1 - std::pow(-2 * t + 2, 3.0f) / 2; }

void step_camera(State& s, int64_t now_ms) {
  CameraMotion& m = s.motion;
  float dt_s = float(std::clamp<int64_t>(now_ms - m.last_step_ms, 0, 100)) / 1000.0f;
  m.last_step_ms = now_ms;
  if (m.flying) {
    float t = std::clamp(float(now_ms - m.flight_start_ms) / float(camera_flight_ms), 0.0f, 1.0f);
    float e = ease_in_out(t);
    s.camera.center_x = m.from_x + (m.to_x - m.from_x) * e;
    s.camera.center_y = m.from_y + (m.to_y - m.from_y) * e;
    s.camera.scale_px = std::exp(std::log(m.from_scale) + (std::log(m.to_scale) - std::log(m.from_scale)) * e);
    s.camera.clamp();
    if (t >= 1) m.flying = false;
  }
  if (m.velocity_x_px_s != 0 || m.velocity_y_px_s != 0) {
    s.camera.pan_px(m.velocity_x_px_s * dt_s, m.velocity_y_px_s * dt_s);
    float decay = std::exp(-dt_s / fling_time_constant_s);
    m.velocity_x_px_s *= decay;
    m.velocity_y_px_s *= decay;
    if (std::hypot(m.velocity_x_px_s, m.velocity_y_px_s) < fling_stop_px_s) m.velocity_x_px_s = m.velocity_y_px_s = 0;
  }
}

void stop_camera(State& s) {
  s.motion.flying = false;
  s.motion.velocity_x_px_s = s.motion.velocity_y_px_s = 0;
}

// Flies the map so that an area (a country, the surroundings of a city) fills the view.
void fly_to(State& s, const content::MapRect& area) {
  MapCamera goal = s.camera;
  float w = std::max(area.max_x - area.min_x, 1e-3f), h = std::max(area.max_y - area.min_y, 1e-3f);
  goal.scale_px = std::min(goal.viewport_w / w, goal.viewport_h / h);
  goal.center_x = (area.min_x + area.max_x) * 0.5f;
  goal.center_y = (area.min_y + area.max_y) * 0.5f;
  goal.clamp();
  CameraMotion& m = s.motion;
  m = CameraMotion{};
  m.flying = true;
  m.from_x = s.camera.center_x;
  m.from_y = s.camera.center_y;
  m.from_scale = s.camera.scale_px;
  m.to_x = goal.center_x;
  m.to_y = goal.center_y;
  m.to_scale = goal.scale_px;
  m.flight_start_ms = m.last_step_ms = s.now_ms;
}

struct Apply {
  State& s;

  void operator()(const Tick& t) {
    s.now_ms = t.now_ms;
    step_camera(s, t.now_ms);
    admin_tick(s);
    // Idle: home goes back to the attract screen; outside the hours, a woken screen goes dark.
    if ((s.screen != Screen::attract || s.wall.woken) &&
        s.now_ms - s.last_input_ms >= s.timing.idle_warning_ms + s.timing.idle_countdown_ms)
      s = reset_for_next_visitor(s);
  }
  void operator()(const WallClockRead& c) {
    WallClock& w = s.wall;
    w.unix_s = c.unix_s;
    s.today_yyyymmdd = c.local.yyyymmdd;
    w.trusted = clock_trusted(c.unix_s, clock_lower_bound_s(w.build_s, w.content_created_s));
    bool outside = w.hours && w.trusted && !is_open(*w.hours, c.local);
    if (outside == w.outside_hours) return;
    if (outside) {
      // Closing time: a visitor still at the screen finishes (the idle rules end the visit);
      // otherwise the screen goes dark on a fresh attract screen.
      bool visiting = s.screen != Screen::attract;
      if (!visiting) s = reset_for_next_visitor(s);
      s.wall.woken = visiting;
    } else {
      s.wall.woken = false;
    }
    s.wall.outside_hours = outside;
  }
  void operator()(const DarkTouched&) {
    if (is_dark(s) && s.wall.hours && s.wall.hours->wake_on_touch) s.wall.woken = true;
  }
  void operator()(const DateChanged& d) { s.today_yyyymmdd = d.today_yyyymmdd; }
  void operator()(const StartRequested&) {
    s.screen = Screen::home;
    s.camera_placed = false;  // the home map is smaller than the attract screen's: place it again
    ++s.visit;
  }
  void operator()(const StillHere&) {}
  void operator()(const TabSelected& a) {
    s.tab = a.tab;
    s.open.reset();
    s.back_stack.clear();
    s.search_open = false;
  }
  void operator()(const ItemOpened& a) {
    s.screen = Screen::home;
    if (a.focus) fly_to(s, *a.focus);
    if (s.open && *s.open == a.item) return;
    if (s.open) s.back_stack.push_back(*s.open);
    s.open = a.item;
  }
  void operator()(const BackRequested&) {
    if (s.back_stack.empty()) {
      s.open.reset();
      return;
    }
    s.open = s.back_stack.back();
    s.back_stack.pop_back();
  }
  void operator()(const HomeRequested&) {
    s.open.reset();
    s.back_stack.clear();
    s.search_open = false;
    stop_camera(s);
    s.camera.show_europe_africa();
  }
  void operator()(const LanguageSelected& a) { s.lang = a.lang; }
  void operator()(const SearchOpened&) {
    s.search_open = true;
    s.search_query.clear();
    s.open.reset();
    s.back_stack.clear();
  }
  void operator()(const SearchClosed&) { s.search_open = false; }
  void operator()(const SearchTextChanged& a) {
    size_t cut = std::min(a.text.size(), max_search_bytes);
    // Never keep half a UTF-8 character: back up while the cut falls on a continuation byte.
    while (cut > 0 && cut < a.text.size() && (static_cast<unsigned char>(a.text[cut]) & 0xC0) == 0x80) --cut;
    s.search_query = a.text.substr(0, cut);
  }
  void operator()(const AccessibilityMenuToggled&) { s.accessibility_menu_open = !s.accessibility_menu_open; }
  void operator()(const AccessibilityChanged& a) { s.accessibility = a.accessibility; }
  void operator()(const MapViewportChanged& a) {
    s.camera.set_viewport(a.x, a.y, a.w, a.h);
    if (!s.camera_placed) {
      s.camera.show_europe_africa();
      s.camera_placed = true;
    }
  }
  void operator()(const MapDragged& a) {
    stop_camera(s);
    s.camera.pan_px(a.dx_px, a.dy_px);
  }
  void operator()(const MapFlung& a) {
    s.motion.flying = false;
    s.motion.velocity_x_px_s = a.velocity_x_px_s;
    s.motion.velocity_y_px_s = a.velocity_y_px_s;
    s.motion.last_step_ms = s.now_ms;
  }
  void operator()(const MapZoomed& a) {
    s.motion.flying = false;
    s.camera.zoom_at(a.factor, a.anchor);
  }
  void operator()(const MapTouched&) { stop_camera(s); }
  void operator()(const AdminAction& a) {
    bool was_closed = s.admin.screen == AdminScreen::closed;
    apply_admin(s, a);
    if (was_closed && s.admin.screen != AdminScreen::closed) s = reset_for_next_visitor(s);  // the visit ends
  }
  void operator()(const ContentReplaced& a) {
    if (!a.snapshot) return;
    const content::Snapshot& snap = *a.snapshot;
    s.wall.content_created_s = parse_utc_time(snap.state().created).value_or(0);
    if (s.open && !snap.contains(*s.open)) {
      s.open.reset();  // the tab's list (or the search the visitor came from)
      s.back_stack.clear();
      return;
    }
    // Back never lands on an item that is gone, nor twice on one that is left.
    std::erase_if(s.back_stack, [&](const content::ItemRef& r) { return !snap.contains(r); });
    s.back_stack.erase(std::unique(s.back_stack.begin(), s.back_stack.end()), s.back_stack.end());
    while (!s.back_stack.empty() && s.open && s.back_stack.back() == *s.open) s.back_stack.pop_back();
  }
};

bool is_input(const Action& a) {
  return !std::holds_alternative<Tick>(a) && !std::holds_alternative<DateChanged>(a) &&
         !std::holds_alternative<WallClockRead>(a) &&
         !std::holds_alternative<MapViewportChanged>(a) && !std::holds_alternative<ContentReplaced>(a) &&
         (!std::holds_alternative<AdminAction>(a) || is_technician_input(std::get<AdminAction>(a)));
}

}  // namespace

std::optional<int> idle_countdown_s(const State& s) {
  if (s.screen == Screen::attract) return std::nullopt;
  int64_t idle = s.now_ms - s.last_input_ms;
  if (idle < s.timing.idle_warning_ms) return std::nullopt;
  int64_t left = s.timing.idle_warning_ms + s.timing.idle_countdown_ms - idle;
  return int(std::max<int64_t>(0, (left + 999) / 1000));
}

bool map_takes_touch(const State& s, ScreenPoint at) {
  return s.screen == Screen::home && s.camera_placed && !s.accessibility_menu_open && !idle_countdown_s(s) &&
         s.camera.contains(at);
}

bool may_replace_content(const State& s, const TouchActivity& touch) {
  return !touch.pointer_down && !touch.list_scrolling && !is_animating(s);
}

bool is_animating(const State& s) {
  return s.motion.flying || s.motion.velocity_x_px_s != 0 || s.motion.velocity_y_px_s != 0;
}

bool is_dark(const State& s) {
  return s.wall.outside_hours && !s.wall.woken && s.admin.screen == AdminScreen::closed;
}

int64_t next_frame_due_ms(const State& s) {
  if (is_dark(s)) return std::numeric_limits<int64_t>::max();
  if (is_animating(s)) return s.now_ms;
  if (s.admin.screen != AdminScreen::closed) return admin_next_frame_due_ms(s);
  if (s.screen == Screen::attract) return (s.now_ms / attract_drift_step_ms + 1) * attract_drift_step_ms;
  int64_t warn_at = s.last_input_ms + s.timing.idle_warning_ms;
  if (s.now_ms < warn_at) return warn_at;
  int64_t since = s.now_ms - warn_at;
  return warn_at + (since / 1000 + 1) * 1000;  // the countdown's next second
}

State update(State state, const Action& action) {
  if (is_input(action)) state.last_input_ms = state.now_ms;
  std::visit(Apply{state}, action);
  return state;
}

}  // namespace kiosk
