// Pointer events (a finger or the mouse) → gestures: a few pixels of movement tell a tap from a
// drag. Pure logic, fed by the platform layer and unit-tested with scripted pointer streams.
#pragma once

#include <cstdint>
#include <optional>

namespace kiosk {

struct PointerEvent {
  enum class Type { down, move, up, cancel };
  Type type;
  int64_t pointer_id = 0;  // finger id, or 0 for the mouse
  float x = 0, y = 0;      // pixels
  int64_t t_ms = 0;
};

struct Gesture {
  enum class Type { tap, drag_started, dragged, drag_ended };
  Type type;
  float x = 0, y = 0;    // where the gesture is now (for a tap: where it happened)
  float dx = 0, dy = 0;  // movement since the last gesture event (dragged only)
  float start_x = 0, start_y = 0;
};

class GestureRecogniser {
 public:
  explicit GestureRecogniser(float tap_slop_px = 12) : tap_slop_px_(tap_slop_px) {}

  // Follows the first pointer that goes down; others are ignored until it is up.
  std::optional<Gesture> feed(const PointerEvent& e);
  bool pointer_down() const { return active_.has_value(); }
  bool dragging() const { return dragging_; }

 private:
  struct Active {
    int64_t id;
    float start_x, start_y, last_x, last_y;
  };
  float tap_slop_px_;
  std::optional<Active> active_;
  bool dragging_ = false;
};

}  // namespace kiosk
