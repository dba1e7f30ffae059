// Applying pointer events to ImGui's per-frame mouse state.
#include "kiosk/platform/pointer_input.hpp"

#include <imgui.h>

#include <cfloat>

namespace kiosk {

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
    gestures_.feed(e);
    using T = PointerEvent::Type;
    if (e.type == T::down) {
      if (active_) continue;  // a second finger: multi-touch gestures come with the map work
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
