// Pointer events (fingers or the mouse) → gestures. A few pixels of movement tell a tap from a
// drag; a second finger turns a drag into a pinch; the speed at release makes a fling; a quick
// second tap is a double tap; holding still is a long press. Pure logic, fed by the platform
// layer and unit-tested with scripted pointer streams.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace kiosk {

struct PointerEvent {
  enum class Type { down, move, up, cancel };
  Type type;
  int64_t pointer_id = 0;  // finger id, or 0 for the mouse
  float x = 0, y = 0;      // pixels
  int64_t t_ms = 0;
};

struct Gesture {
  enum class Type { tap, double_tap, long_press, drag_started, dragged, drag_ended, pinched };
  Type type;
  float x = 0, y = 0;    // where: the finger, or the centre between two fingers (pinch)
  float dx = 0, dy = 0;  // movement since the last event (drags; for pinches, of the centre)
  float start_x = 0, start_y = 0;         // where the first finger went down
  float scale = 1;                        // pinched: change of finger distance since the last event
  float velocity_x = 0, velocity_y = 0;  // drag_ended: px/s over the last ~100 ms (a fling if fast)
};

struct GestureTuning {
  float tap_slop_px = 12;
  int64_t double_tap_ms = 300;
  float double_tap_slop_px = 40;
  int64_t long_press_ms = 800;
  float fling_min_px_s = 300;
};

class GestureRecogniser {
 public:
  explicit GestureRecogniser(GestureTuning tuning = {}) : tuning_(tuning) {}

  // Feeds one pointer event; returns what it completed (none, one or more gestures).
  std::vector<Gesture> feed(const PointerEvent& e);
  // Long presses complete with time, not events: call on every frame with the clock.
  std::optional<Gesture> poll(int64_t now_ms);

  bool pointer_down() const { return !fingers_.empty(); }
  bool dragging() const { return dragging_; }
  bool pinching() const { return fingers_.size() >= 2; }
  // Where the first finger is, while down.
  std::optional<int64_t> primary() const;

 private:
  struct Finger {
    int64_t id;
    float x, y;
  };
  struct Sample {
    float x, y;
    int64_t t_ms;
  };
  Finger* find(int64_t id);
  float finger_distance() const;

  GestureTuning tuning_;
  std::vector<Finger> fingers_;  // in the order they went down
  float start_x_ = 0, start_y_ = 0;
  int64_t down_ms_ = 0;
  bool dragging_ = false;
  bool was_pinch_ = false;       // this touch became a pinch: no tap, no fling at the end
  bool long_pressed_ = false;
  std::vector<Sample> samples_;  // recent positions of the first finger, for the fling speed
  std::optional<Sample> last_tap_;
};

}  // namespace kiosk
