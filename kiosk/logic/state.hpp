// What the kiosk shows, as one value: the screen, the language, the open item, the map camera
// and the clock. Views read it; only update() (update.hpp) changes it.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "content/snapshot.hpp"
#include "content/text.hpp"
#include "kiosk/logic/camera.hpp"

namespace kiosk {

enum class Screen { attract, home };
enum class Tab { places, organisations, events, goals, about };
inline constexpr Tab all_tabs[] = {Tab::places, Tab::organisations, Tab::events, Tab::goals, Tab::about};

struct Timing {
  int64_t idle_reset_ms = 90'000;  // no touch for this long: back to the attract screen
};

struct State {
  Screen screen = Screen::attract;
  content::Lang lang = content::Lang::nl;
  Tab tab = Tab::places;
  std::optional<content::ItemRef> open;        // the item shown in the panel, if any
  std::vector<content::ItemRef> back_stack;    // what Back returns to
  MapCamera camera;
  bool camera_placed = false;  // the first viewport places the camera on Europe and Africa
  int64_t now_ms = 0;
  int64_t last_input_ms = 0;
  Timing timing;
};

}  // namespace kiosk
