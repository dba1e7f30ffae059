// Our input layer: SDL finger and mouse events become pointer events, which drive the gesture
// recogniser and ImGui's mouse. ImGui 1.86 reads the mouse as per-frame state, so a quick tap
// (down and up between two frames) would be lost: we queue events and apply at most one button
// change per frame. After a drag the release happens off-screen, so nothing under the finger is
// pressed by accident; a second finger (a pinch) releases ImGui's mouse the same way.
#pragma once

#include <cstdint>
#include <deque>
#include <utility>
#include <optional>
#include <vector>

#include "kiosk/logic/gestures.hpp"

struct ImGuiIO;

namespace kiosk {

class PointerInput {
 public:
  void push(const PointerEvent& e) { queue_.push_back(e); }
  bool pending() const { return !queue_.empty() || clear_hover_next_; }
  // A finger or the mouse button is down (also during a drag, pinch or long press).
  bool touching() const { return active_.has_value() || gestures_.pointer_down(); }
  // Applies queued events to io up to and including the next button change. Gestures completed
  // on the way, and the points where fingers went down, are kept for take_gestures/take_downs.
  void apply_to(ImGuiIO& io);
  // Feeds queued events to the gesture recogniser only, without ImGui: the dark screen, which
  // renders nothing, still notices the admin corner's long press (platform/dark_input.hpp).
  void feed_gestures_only();
  // Long presses complete with time.
  void poll(int64_t now_ms);
  // Between frames, while a finger rests: true when that completed a long press (the next
  // frame takes it with take_gestures), so the platform knows a frame is needed.
  bool poll_long_press(int64_t now_ms) {
    size_t before = gestures_out_.size();
    poll(now_ms);
    return gestures_out_.size() > before;
  }
  std::vector<Gesture> take_gestures() { return std::exchange(gestures_out_, {}); }
  std::vector<PointerEvent> take_downs() { return std::exchange(downs_out_, {}); }

 private:
  std::deque<PointerEvent> queue_;
  GestureRecogniser gestures_;
  std::vector<Gesture> gestures_out_;
  std::vector<PointerEvent> downs_out_;
  std::optional<int64_t> active_;  // the pointer that holds ImGui's mouse button
  bool clear_hover_next_ = false;  // a finger's tap released: remove its hover next frame
};

}  // namespace kiosk
