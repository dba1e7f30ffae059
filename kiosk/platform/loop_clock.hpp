// The frame loop's clock in ms. Normally SDL's ticks. The soak (platform/soak.hpp) runs hours of
// use in minutes on a simulated clock instead: a turn of the loop that draws a frame takes 16 ms
// of it (a 60 Hz panel) and a wait takes no time, the clock jumping to its end. Everything that
// times the visitor reads this clock (touch times, gestures, animations, the idle rules, ImGui's
// DeltaTime); the wall clock (opening hours) and the workers (loading content, decoding images)
// stay real.
#pragma once

#include <SDL.h>

#include <algorithm>
#include <cstdint>

namespace kiosk {

class LoopClock {
 public:
  static constexpr int64_t frame_ms = 16;

  int64_t now_ms() const { return simulated_ ? simulated_ms_ : int64_t(SDL_GetTicks64()); }
  bool simulated() const { return simulated_; }
  void simulate() {
    simulated_ms_ = int64_t(SDL_GetTicks64());
    simulated_ = true;
  }
  // Simulated, where the loop would wait: wait_ms pass, unless a frame is due (the loop then
  // does not wait; frame_drawn moves the clock). Two turns in a row that move no time get 1 ms,
  // so nothing can wait on a clock that stands still.
  void turn(bool frame_due, int64_t wait_ms) {
    if (frame_due) return;
    int64_t step = wait_ms > 0 ? wait_ms : standing_ ? 1 : 0;
    simulated_ms_ += step;
    standing_ = step == 0;
  }
  void frame_drawn() {
    simulated_ms_ += frame_ms;
    standing_ = false;
  }

 private:
  bool simulated_ = false, standing_ = false;
  int64_t simulated_ms_ = 0;
};

}  // namespace kiosk
