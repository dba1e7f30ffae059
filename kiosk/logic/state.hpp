// What the kiosk shows, as one value: the screen, the language, the open item, the map camera,
// accessibility choices, the search, and the clock. Views read it; only update() (update.hpp)
// changes it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "content/snapshot.hpp"
#include "content/text.hpp"
#include "kiosk/logic/admin.hpp"
#include "kiosk/logic/camera.hpp"
#include "kiosk/logic/config.hpp"

namespace kiosk {

enum class Screen { attract, home };
enum class Tab { places, organisations, events, goals, about };
inline constexpr Tab all_tabs[] = {Tab::places, Tab::organisations, Tab::events, Tab::goals, Tab::about};
inline constexpr const char* tab_key(Tab tab) {
  constexpr const char* keys[] = {"places", "organisations", "events", "goals", "about"};
  return keys[int(tab)];
}

struct Timing {
  int64_t idle_warning_ms = 90'000;  // no touch for this long: "still there?" with a countdown
  int64_t idle_countdown_ms = 15'000;  // then back to the attract screen
};

struct Accessibility {
  bool large_text = false;
  bool high_contrast = false;
  bool low_reach = false;  // controls in the lower part of the screen, for wheelchair users
  bool operator==(const Accessibility&) const = default;
};

// The map keeps moving after a fling, and flies to an item when one is opened.
struct CameraMotion {
  float velocity_x_px_s = 0, velocity_y_px_s = 0;  // fling; decays
  bool flying = false;
  float from_x = 0, from_y = 0, from_scale = 0;
  float to_x = 0, to_y = 0, to_scale = 0;
  int64_t flight_start_ms = 0;
  int64_t last_step_ms = 0;
};

// The wall clock and the opening hours (opening_hours.hpp, trusted_clock.hpp). Outside the hours
// the screen is dark (update.hpp: is_dark) unless a touch woke it; a clock earlier than the build
// or the content cannot be right, so then nothing is judged by it.
struct WallClock {
  std::optional<OpeningHours> hours;  // from the config; nothing: always open
  int64_t build_s = 0;                // the app's build date (UTC)
  int64_t content_created_s = 0;      // the shown content's creation (UTC); 0: unknown
  int64_t unix_s = 0;                 // the last reading; 0: not read yet
  bool trusted = true;                // not earlier than the build or the content
  bool outside_hours = false;         // closed now (judged only with a trusted clock)
  bool woken = false;                 // outside the hours, a touch woke it (wake_on_touch) until idle
};

struct State {
  Screen screen = Screen::attract;
  content::Lang lang = content::Lang::nl;
  Tab tab = Tab::places;
  std::optional<content::ItemRef> open;      // the item shown in the panel, if any
  std::vector<content::ItemRef> back_stack;  // what Back returns to
  bool search_open = false;
  std::string search_query;  // UTF-8, as typed on the on-screen keyboard
  bool accessibility_menu_open = false;
  Accessibility accessibility;
  MapCamera camera;
  bool camera_placed = false;  // the first viewport places the camera on Europe and Africa
  CameraMotion motion;
  uint32_t visit = 0;  // counts visitors (each start from the attract screen)
  int64_t now_ms = 0;
  int64_t last_input_ms = 0;
  int today_yyyymmdd = 0;  // the local calendar day (now_ms is a monotonic clock); 0 = not known
  Timing timing;
  std::optional<Location> here;  // where the kiosk stands (config); else the content's home
  AdminState admin;  // the technicians' hidden screen (logic/admin.hpp); kept across visits
  WallClock wall;    // opening hours and the clock; kept across visits
};

}  // namespace kiosk
