// Applying pointer events to ImGui's per-frame mouse state and the gesture recogniser.
#include "kiosk/platform/pointer_input.hpp"

#include <imgui.h>

#include <cfloat>
#include <utility>

namespace kiosk {

void PointerInput::poll(int64_t now_ms) {
  if (auto g = gestures_.poll(now_ms)) gestures_out_.push_back(*g);
}

void PointerInput::feed_gestures_only() {
  for (; !queue_.empty(); queue_.pop_front())
    for (auto& g : gestures_.feed(queue_.front())) gestures_out_.push_back(g);
  clear_hover_next_ = false;
}

void PointerInput::apply_to(ImGuiIO& io) {
  const ImVec2 nowhere(-FLT_MAX, -FLT_MAX);
  if (clear_hover_next_) {
    io.MousePos = nowhere;
    clear_hover_next_ = false;
  }
  while (!queue_.empty()) {
    PointerEvent e = queue_.front();
    queue_.pop_front();
    bool was_dragging = gestures_.dragging();
    for (auto& g : gestures_.feed(e)) gestures_out_.push_back(g);
    using T = PointerEvent::Type;
    if (e.type == T::down) {
      downs_out_.push_back(e);
      if (active_) {
        // A second finger: a pinch. Let go of ImGui's button off-screen so nothing is pressed.
        active_.reset();
        io.MousePos = nowhere;
        io.MouseDown[0] = false;
        return;
      }
      if (gestures_.pinching()) continue;  // a finger after the pinch released the button
      active_ = e.pointer_id;
      io.MousePos = ImVec2(e.x, e.y);
      io.MouseDown[0] = true;
      return;
    }
    if (active_ && *active_ != e.pointer_id) continue;
    if (e.type == T::move) {
      if (active_ || e.pointer_id == 0) io.MousePos = ImVec2(e.x, e.y);  // the mouse may hover
      continue;
    }
    if (!active_) continue;
    active_.reset();
    io.MouseDown[0] = false;
    if (was_dragging || e.type == T::cancel) {
      io.MousePos = nowhere;  // released off-screen: the item under the finger is not pressed
    } else {
      io.MousePos = ImVec2(e.x, e.y);         // a tap: released on the item, which is pressed
      clear_hover_next_ = e.pointer_id != 0;  // a finger leaves no hover behind
    }
    return;
  }
}

}  // namespace kiosk
