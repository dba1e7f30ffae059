// Everything that can happen to the kiosk, as plain values. Views and the input layer produce
// them; update() consumes them. Time enters only as Tick, so idle rules and animations are
// testable without sleeping.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>

#include "content/map_asset.hpp"
#include "content/snapshot.hpp"
#include "kiosk/logic/admin.hpp"
#include "kiosk/logic/camera.hpp"
#include "kiosk/logic/state.hpp"

namespace kiosk {

struct Tick {
  int64_t now_ms;
};
struct DateChanged {  // the local calendar day, from the platform's wall clock
  int today_yyyymmdd;
};
// The wall clock, read by the platform (at least each second): the local time decides the opening
// hours and today's date; unix_s is compared with the build and content times (trusted_clock.hpp).
struct WallClockRead {
  int64_t unix_s;
  LocalTime local;
};
struct DarkTouched {};     // a touch on the dark screen outside the opening hours
struct StartRequested {};  // a touch on the attract screen
struct StillHere {};       // a touch on the "still there?" countdown
struct TabSelected {
  Tab tab;
};
struct ItemOpened {
  content::ItemRef item;
  std::optional<content::MapRect> focus = std::nullopt;  // the area the map should fly to show, if any
};
struct BackRequested {};
struct HomeRequested {};
struct LanguageSelected {
  content::Lang lang;
};
struct SearchOpened {};
struct SearchClosed {};
struct SearchTextChanged {
  std::string text;
};
struct AccessibilityMenuToggled {};
struct AccessibilityChanged {
  Accessibility accessibility;
};
struct MapViewportChanged {
  float x, y, w, h;
};
struct MapDragged {
  float dx_px, dy_px;
};
struct MapFlung {
  float velocity_x_px_s, velocity_y_px_s;
};
struct MapZoomed {
  float factor;
  ScreenPoint anchor;
};
struct MapTouched {};  // a finger came down on the map: stops a fling
// New content was swapped in (between touches). Not the visitor's input: the idle clock runs on.
// Items it no longer has leave the trail; if the open one is gone, the tab's list shows instead.
struct ContentReplaced {
  std::shared_ptr<const content::Snapshot> snapshot;
};

using Action = std::variant<Tick, DateChanged, StartRequested, StillHere, TabSelected, ItemOpened, BackRequested, HomeRequested,
                            LanguageSelected, SearchOpened, SearchClosed, SearchTextChanged, AccessibilityMenuToggled,
                            AccessibilityChanged, MapViewportChanged, MapDragged, MapFlung, MapZoomed, MapTouched,
                            ContentReplaced, AdminAction, WallClockRead, DarkTouched>;  // AdminAction: the admin screen (logic/admin.hpp)

}  // namespace kiosk
