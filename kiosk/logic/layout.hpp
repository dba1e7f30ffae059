// Where the parts of the home screen go for a display size: the bar with the title and controls,
// the map and the panel (map beside the panel in landscape, above it in portrait). In the
// low-reach layout, for visitors in a wheelchair, the bar moves to the bottom edge and the panel,
// whose first row is the tabs, starts in the lower half. Pure, so tests can find things.
#pragma once

namespace kiosk {

struct Rect {
  float x = 0, y = 0, w = 0, h = 0;
  float bottom() const { return y + h; }
};

// Sizes that scale with the display: 1 at a short side of 1080 px.
struct Metrics {
  float scale = 1;
  float touch_px = 72;  // minimum touch target: about 10 mm on a 24" 1080p panel
  float pad_px = 18;
  float rounding_px = 10;
};
// px_per_mm (from the config's display diagonal; 0 when unknown) keeps touch targets at least
// 10 mm on small, dense panels.
Metrics metrics_for(float short_side_px, float px_per_mm = 0);
inline constexpr float min_touch_mm = 10;

struct Layout {
  float bar_h = 0;
  Rect bar;    // title, search, accessibility, languages
  Rect map, panel;
  Rect tabs;   // the panel's first row (draw_panel puts the tabs there)
  Rect aside;  // room left over in the low-reach landscape layout (above the panel), else empty
  bool bar_at_bottom = false;
};

Layout home_layout(float width_px, float height_px, const Metrics& m, bool low_reach = false);

}  // namespace kiosk
