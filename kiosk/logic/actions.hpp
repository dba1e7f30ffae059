// Everything that can happen to the kiosk, as plain values. Views and the input layer produce
// them; update() consumes them. Time enters only as Tick, so idle rules are testable.
#pragma once

#include <cstdint>
#include <variant>

#include "content/snapshot.hpp"
#include "kiosk/logic/camera.hpp"
#include "kiosk/logic/state.hpp"

namespace kiosk {

struct Tick {
  int64_t now_ms;
};
struct StartRequested {};  // a touch on the attract screen
struct TabSelected {
  Tab tab;
};
struct ItemOpened {
  content::ItemRef item;
};
struct BackRequested {};
struct HomeRequested {};
struct LanguageSelected {
  content::Lang lang;
};
struct MapViewportChanged {
  float x, y, w, h;
};
struct MapDragged {
  float dx_px, dy_px;
};
struct MapZoomed {
  float factor;
  ScreenPoint anchor;
};

using Action = std::variant<Tick, StartRequested, TabSelected, ItemOpened, BackRequested, HomeRequested,
                            LanguageSelected, MapViewportChanged, MapDragged, MapZoomed>;

}  // namespace kiosk
