// Tap versus drag.
#include "kiosk/logic/gestures.hpp"

namespace kiosk {

std::optional<Gesture> GestureRecogniser::feed(const PointerEvent& e) {
  using T = PointerEvent::Type;
  if (e.type == T::down) {
    if (active_) return std::nullopt;
    active_ = Active{e.pointer_id, e.x, e.y, e.x, e.y};
    dragging_ = false;
    return std::nullopt;
  }
  if (!active_ || e.pointer_id != active_->id) return std::nullopt;
  Active& a = *active_;
  Gesture g{Gesture::Type::dragged, e.x, e.y, e.x - a.last_x, e.y - a.last_y, a.start_x, a.start_y};
  if (e.type == T::move) {
    if (!dragging_) {
      float mx = e.x - a.start_x, my = e.y - a.start_y;
      if (mx * mx + my * my < tap_slop_px_ * tap_slop_px_) return std::nullopt;
      dragging_ = true;
      g.type = Gesture::Type::drag_started;
      g.dx = mx;
      g.dy = my;
    }
    a.last_x = e.x;
    a.last_y = e.y;
    return g;
  }
  // up or cancel
  bool was_dragging = dragging_;
  active_.reset();
  dragging_ = false;
  if (was_dragging) {
    g.type = Gesture::Type::drag_ended;
    return g;
  }
  if (e.type == T::cancel) return std::nullopt;
  return Gesture{Gesture::Type::tap, g.start_x, g.start_y, 0, 0, g.start_x, g.start_y};
}

}  // namespace kiosk
