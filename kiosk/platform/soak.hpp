// The benchmark mode's soak script (`--bench-script soak:FRAMES[:SEED]`, DESIGN.md §5 "24 h of
// simulated use"): a seeded random visitor for FRAMES frames. It taps random controls on screen
// (tabs, items, language buttons, keyboard keys, back, home...), pans, flings, pinches and
// double-taps the map, pauses, and now and then walks away long enough for the idle reset. The
// loop runs on a simulated clock (loop_clock.hpp), so frames come as fast as they render. Every
// sample_every frames it reads the process's RSS, PSS and malloc's heap (in use, and free but
// kept), and logs a line "soak: frame N ..." that tests/bench/soak.sh watches to publish new
// content; and again each time the idle reset brings the attract screen back. The JSON has the
// samples and the growth after warm-up (the first tenth of the frames): the median RSS at the
// attract screen in the last quarter of the rest against the median in its first quarter. At the
// attract screen, because some memory comes and goes during a visit (the map's pan margins, ~5 MB
// for 10 s after a pan; pictures being decoded), and is gone there.
//
// It keeps no per-frame data (a growing record would be the leak it looks for): frame times go
// into a fixed histogram, the samples into a vector sized at the start.
#pragma once

#include <array>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "kiosk/views/view.hpp"

namespace kiosk {

class Soak {
 public:
  // args: "FRAMES[:SEED]" (what follows "soak:"); error() says what is wrong with them.
  Soak(const std::string& args, int width_px, int height_px);
  const std::string& error() const { return error_; }

  // As Benchmark's (bench.hpp): push finger events due at now_ms; false once all frames ran.
  bool inject(int64_t now_ms);
  bool needs_frame() const { return wants_tap_ && frames_since_touch_ < settled_frames; }
  std::vector<HitTarget>* targets() { return &targets_; }
  int64_t next_event_in_ms(int64_t now_ms) const;
  void frame_done(double wall_ms, bool content_swapped, bool drew);
  std::string json(double first_frame_ms, const std::string& renderer, const std::string& video_driver) const;

  struct Sample {
    int64_t frame = 0, simulated_ms = 0, wall_ms = 0;
    int64_t rss_kb = 0, pss_kb = 0, heap_kb = 0, heap_free_kb = 0;
    int swaps = 0;
  };
  struct Counts {
    int taps = 0, keys = 0, languages = 0, drags = 0, flings = 0, pinches = 0, double_taps = 0;
    int pauses = 0, walk_aways = 0, attract_screens = 0, swaps = 0, tap_waits_given_up = 0;
  };

 private:
  static constexpr int settled_frames = 2;  // frames after a touch before the controls are read

  // One gesture: fingers that move along straight lines for move_ms, then lift; then a pause.
  struct Gesture {
    enum class Kind { tap, double_tap, drag, pinch, pause } kind = Kind::pause;
    int64_t start_ms = 0, move_ms = 0, hold_ms = 0, pause_ms = 0;
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // drag, tap: px; pinch: the centre (x0, y0)
    float spread0 = 0, spread1 = 0;        // pinch: finger distance, px
    bool down = false, lifted = false;
    bool at_end = false;  // drag, pinch: the end position was sent
    int presses = 0;  // double tap: presses done
  };

  void next_gesture(int64_t now_ms);
  bool start_tap(int64_t now_ms);
  void move(int64_t now_ms);
  void push_finger(int type, int finger, float x_px, float y_px) const;
  Sample read_sample(int64_t frames) const;
  void sample(int64_t frames);
  float uniform(float lo, float hi);

  int w_, h_;
  std::string error_;
  int64_t frames_asked_ = 0, sample_every_ = 1000, warmup_frames_ = 0;
  uint64_t seed_ = 1;
  std::mt19937_64 random_;
  Gesture g_;
  bool started_ = false, wants_tap_ = false, on_attract_ = false;
  int64_t tap_wait_since_ms_ = 0, last_move_ms_ = -1;
  int64_t gestures_ = 0, frames_ = 0, drawn_ = 0, frames_since_touch_ = settled_frames;
  int64_t first_ms_ = 0, last_ms_ = 0, wall_start_us_ = 0;
  std::vector<HitTarget> targets_;
  Counts counts_;
  std::vector<Sample> samples_;     // reserved for the whole run at the start
  std::vector<Sample> at_attract_;  // at each idle reset; reserved too
  std::array<int64_t, 1001> frame_histogram_{};  // wall time per frame, 0.1 ms buckets; the last: ≥ 100 ms
  double worst_frame_ms_ = 0;
};

}  // namespace kiosk
