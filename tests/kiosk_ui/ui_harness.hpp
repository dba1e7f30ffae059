// UI tests without a window (DESIGN §6): the real views, run frame by frame like the app's loop
// (kiosk/platform/app.cpp), with the real default content, map and fonts. Tests tap controls by
// the names the views record (ViewContext::targets: "start", "tab/places", "item/place/sibiu",
// "lang/de", "back"...), drag, let time pass, and read real pixels rendered by SDL's software
// renderer on an offscreen surface. Time is a simulated clock: each frame is 16 ms, and
// advance_ms() jumps it, so idle rules are tested without sleeping.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/logic/state.hpp"
#include "kiosk/views/view.hpp"

namespace kiosk {
class AdminTasks;
}

namespace kiosk_ui {

struct Point {
  float x = 0, y = 0;
};

class UiHarness {
 public:
  // A display of width_px × height_px showing the attract screen, as the kiosk starts.
  UiHarness(int width_px, int height_px);
  ~UiHarness();
  UiHarness(const UiHarness&) = delete;
  UiHarness& operator=(const UiHarness&) = delete;

  // Runs n frames with no new input (the clock moves 16 ms per frame).
  void frames(int n = 3);
  // Runs frames until input is consumed, the map has stopped moving and a few frames were quiet.
  void settle();

  // Taps the control recorded under this name in the last frame, at its centre: press for one
  // frame, release the next (like the app's PointerInput for a finger), then settles. Returns
  // false, with the reason and the names on screen as Catch info for the next assertion, when
  // the control is not on screen or is scrolled out of its list.
  bool tap(std::string_view target_id);
  void tap_at(float x, float y);
  // A finger's parts, one frame each (release then settles): for checks while the finger is down.
  void press(Point at);
  void move_to(Point at);
  void release(Point at);
  // Presses at `from`, moves to `to` in `steps` frames, holds still for hold_frames, releases,
  // settles. With no hold it is a flick: lists and the map fly on after the finger lifts.
  void drag(Point from, Point to, int steps = 10, int hold_frames = 0);
  // Holds a finger still at `at` for a second (longer than a long press), then releases.
  void long_press(Point at);
  // Turns on the admin screen as a config with this [admin] pin_hash would; its platform side
  // (kiosk/platform/admin_tasks.hpp) runs in the frames, PIN checks finishing within the frame.
  void enable_admin(const std::string& pin_hash);
  // Drags the list that holds the control (careful drags, no flick) until the control is within
  // the list's visible area. Returns
  // false (with Catch info) when it does not get there within max_drags drags.
  bool scroll_into_view(std::string_view target_id, int max_drags = 12);
  // Lets time pass without input (then runs one frame, as the app would when a timer is due).
  void advance_ms(int64_t ms);
  // The calendar day the kiosk is told (the app reads the wall clock); fixed, so tests repeat.
  void set_today(int yyyymmdd) { today_yyyymmdd_ = yyyymmdd; }

  const kiosk::State& state() const { return state_; }
  const content::Snapshot& snapshot() const { return *snapshot_; }
  const kiosk::MapGeometry& map() const { return map_; }
  const kiosk::Theme& theme() const { return theme_; }
  const std::string& data_dir() const { return data_dir_; }  // the kiosk's data folder (temporary)
  int width_px() const { return width_px_; }
  int height_px() const { return height_px_; }
  int taps() const { return taps_; }    // taps (tap or tap_at) since construction or reset_counts()
  int drags() const { return drags_; }  // drags, including scrolling
  void reset_counts() { taps_ = drags_ = 0; }

  // Controls recorded in the last frame.
  const std::vector<kiosk::HitTarget>& targets() const { return targets_; }
  std::optional<kiosk::HitTarget> find(std::string_view target_id) const;
  // Recorded, with its centre on the display and inside the visible part of its scrolling list.
  bool visible(std::string_view target_id) const;
  std::string target_ids() const;  // for failure messages

  // The last frame's pixels, rendered on demand: 0xRRGGBB.
  uint32_t pixel(float x, float y);
  bool save_png(const std::string& path);

 private:
  struct Sdl;
  struct Search;
  void frame();
  void rasterise();

  int width_px_, height_px_;
  std::unique_ptr<Sdl> sdl_;
  std::unique_ptr<Search> search_;
  std::unique_ptr<kiosk::AdminTasks> admin_;
  std::string data_dir_;
  std::shared_ptr<const content::Snapshot> snapshot_;
  kiosk::MapGeometry map_;
  kiosk::Theme theme_;
  kiosk::State state_;
  kiosk::UiState ui_;
  std::vector<kiosk::HitTarget> targets_;
  std::vector<kiosk::Action> actions_;
  int64_t clock_ms_ = 10'000;
  int64_t last_tap_ms_ = -1'000'000;
  int today_yyyymmdd_ = 20260601;
  bool rasterised_ = false;
  int taps_ = 0, drags_ = 0;
};

// Where a point on Earth is on screen with the harness's current camera.
Point screen_point(const kiosk::State& state, double lat, double lon);

// 0xRRGGBB of a theme colour (ImU32 holds A, B, G, R from the high byte down).
inline uint32_t rgb(uint32_t imgui_colour) {
  return (imgui_colour & 0xFF) << 16 | (imgui_colour & 0xFF00) | (imgui_colour >> 16 & 0xFF);
}

// Centre of a recorded control.
inline Point centre(const kiosk::HitTarget& t) { return {t.x + t.w * 0.5f, t.y + t.h * 0.5f}; }

// Where the tests' PNGs go (the build directory, never the source tree).
std::string output_path(const std::string& file_name);

}  // namespace kiosk_ui
