// The kiosk's benchmark mode (`--benchmark FILE`): a scripted visitor session replayed through
// the real input path (SDL finger events pushed into SDL's queue at a touch panel's 60 Hz), and
// what it cost, written as JSON (docs/formats/benchmark.md; tests/bench/run.sh prints the table).
//
// Scripts: "visitor" (attract, start, pan, pinch, fling, a place, an organisation, a goal filter,
// a search typed on the keyboard, a language switch, then idle) and "pan-loop:SECONDS" (a finger
// panning back and forth in 2 s strokes, lifted briefly between them, for measuring while
// something else happens, such as a sync), and "soak:FRAMES[:SEED]" (a random visitor on a
// simulated clock, watching memory: soak.hpp).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "kiosk/platform/soak.hpp"
#include "kiosk/views/view.hpp"

namespace kiosk {

class Benchmark {
 public:
  // nullptr-like: check error() after constructing.
  Benchmark(const std::string& script, int width_px, int height_px);
  const std::string& error() const { return error_; }

  // Before the loop polls events: pushes the finger events due at now_ms into SDL's queue.
  // Returns false once the script has ended.
  bool inject(int64_t now_ms);
  // A tap by control name needs to know where the controls are: the next frame collects them.
  bool wants_targets() const { return soak_ || want_targets_; }
  // A frame is needed now: to find the controls, or to let the UI settle after a tap.
  bool needs_frame() const {
    if (soak_) return soak_->needs_frame();
    return want_targets_ && (targets_.empty() || frames_since_release_ < 2);  // 2: frames_after_tap
  }
  std::vector<HitTarget>* targets() { return soak_ ? soak_->targets() : &targets_; }
  // The soak runs the loop on a simulated clock (loop_clock.hpp): frames as fast as they render.
  bool simulated_clock() const { return soak_ != nullptr; }
  // How long the loop may sleep before the next scripted event (ms).
  int64_t next_event_in_ms(int64_t now_ms) const;

  // After each rendered frame: the main thread's CPU for the whole frame (events, logic, ImGui,
  // drawing lists and rasterising), its rasterising part (the map texture, ImGui's draw data,
  // present) and the map texture's share of that, all main-thread CPU; and the frame's wall time.
  // `drew`: the frame changed pixels (an unchanged frame is not drawn again: FrameRenderer); only
  // those count as frames in the figures, the others in `unchanged_frames`.
  void frame_done(double cpu_ms, double raster_ms, double map_raster_ms, double wall_ms, bool content_swapped, bool drew);

  // The results, with start-to-first-frame and the renderer's name.
  std::string json(double first_frame_ms, const std::string& renderer, const std::string& video_driver) const;

  // A phase of the script and what it measured.
  struct Phase {
    std::string name;
    std::string kind;  // wait, tap, drag, pinch, pan-loop, idle
    int64_t duration_ms = 0;
    std::vector<std::string> controls;  // tap: the controls (keys too) pressed one after another
    int64_t move_ms = 0;                // drag, pinch: how long the finger moves
    bool lifted = false;                // drag, pinch: done; the rest of the phase watches
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // drag, pinch: screen fractions
    float spread0 = 0, spread1 = 0;  // pinch: finger distance as a fraction of the screen's height
    bool fling = false;              // drag: released while moving (no pause before lifting)
    // measured
    int frames = 0, unchanged_frames = 0;
    double wall_ms = 0;
    double process_cpu_ms = 0;  // all threads (llvmpipe's included)
    std::vector<double> cpu_ms, raster_ms, map_raster_ms, frame_ms;
    std::string problem;  // a control that was not there
  };

 private:
  void start_phase(int64_t now_ms);
  void end_phase(int64_t now_ms);
  void push_finger(int type, int finger, float x_px, float y_px);

  int w_, h_;
  std::string error_;
  std::vector<Phase> phases_;
  size_t current_ = 0;
  bool started_ = false, want_targets_ = false;
  int64_t phase_start_ms_ = 0, last_move_ms_ = 0;
  double phase_cpu_start_ms_ = 0;
  std::vector<HitTarget> targets_;
  size_t press_ = 0;                   // tap: the next control to press
  std::pair<float, float> press_at_{};  // where the finger is down
  int64_t press_down_ms_ = -1;
  int frames_since_release_ = 0;
  int swaps_ = 0;
  std::vector<double> swap_frame_ms_;
  int64_t peak_rss_kb_ = 0;
  std::unique_ptr<Soak> soak_;  // the soak script, which does all the above its own way
};

}  // namespace kiosk
