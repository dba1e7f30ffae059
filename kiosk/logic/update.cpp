// The state transitions, one overload per action.
#include "kiosk/logic/update.hpp"

namespace kiosk {
namespace {

State reset_for_next_visitor(State s) {
  State fresh;
  fresh.camera = s.camera;
  fresh.camera_placed = false;  // placed again on the next viewport
  fresh.camera.show_europe_africa();
  fresh.now_ms = s.now_ms;
  fresh.last_input_ms = s.now_ms;
  fresh.timing = s.timing;
  return fresh;
}

struct Apply {
  State& s;

  void operator()(const Tick& t) {
    s.now_ms = t.now_ms;
    if (s.screen != Screen::attract && is_idle(s)) s = reset_for_next_visitor(s);
  }
  void operator()(const StartRequested&) { s.screen = Screen::home; }
  void operator()(const TabSelected& a) {
    s.tab = a.tab;
    s.open.reset();
    s.back_stack.clear();
  }
  void operator()(const ItemOpened& a) {
    if (s.open && *s.open == a.item) return;
    if (s.open) s.back_stack.push_back(*s.open);
    s.open = a.item;
    s.screen = Screen::home;
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
    s.camera.show_europe_africa();
  }
  void operator()(const LanguageSelected& a) { s.lang = a.lang; }
  void operator()(const MapViewportChanged& a) {
    s.camera.set_viewport(a.x, a.y, a.w, a.h);
    if (!s.camera_placed) {
      s.camera.show_europe_africa();
      s.camera_placed = true;
    }
  }
  void operator()(const MapDragged& a) { s.camera.pan_px(a.dx_px, a.dy_px); }
  void operator()(const MapZoomed& a) { s.camera.zoom_at(a.factor, a.anchor); }
};

}  // namespace

bool is_idle(const State& s) { return s.now_ms - s.last_input_ms >= s.timing.idle_reset_ms; }

State update(State state, const Action& action) {
  bool is_input = !std::holds_alternative<Tick>(action) && !std::holds_alternative<MapViewportChanged>(action);
  if (is_input) state.last_input_ms = state.now_ms;
  std::visit(Apply{state}, action);
  return state;
}

}  // namespace kiosk
