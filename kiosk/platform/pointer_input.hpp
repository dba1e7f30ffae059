// Our input layer: SDL finger and mouse events become pointer events, which drive the gesture
// recogniser and ImGui's mouse. ImGui 1.86 reads the mouse as per-frame state, so a quick tap
// (down and up between two frames) would be lost: we queue events and apply at most one button
// change per frame. After a drag the release happens off-screen, so nothing under the finger is
// pressed by accident.
#pragma once

#include <cstdint>
#include <deque>
#include <optional>

#include "kiosk/logic/gestures.hpp"

struct ImGuiIO;

namespace kiosk {

class PointerInput {
 public:
  void push(const PointerEvent& e) { queue_.push_back(e); }
  bool pending() const { return !queue_.empty() || clear_hover_next_; }
  // Applies queued events to io up to and including the next button change.
  void apply_to(ImGuiIO& io);

 private:
  std::deque<PointerEvent> queue_;
  GestureRecogniser gestures_;
  std::optional<int64_t> active_;  // the pointer that holds the button
  bool clear_hover_next_ = false;  // a finger's tap released: remove its hover next frame
};

}  // namespace kiosk
