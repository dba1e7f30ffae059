// Home screen layout.
#include "kiosk/logic/layout.hpp"

#include <algorithm>

namespace kiosk {

Metrics metrics_for(float short_side_px) {
  Metrics m;
  m.scale = short_side_px / 1080.0f;
  m.touch_px = 72 * m.scale;
  m.pad_px = 18 * m.scale;
  m.rounding_px = 10 * m.scale;
  return m;
}

Layout home_layout(float w, float h, const Metrics& m) {
  Layout l;
  float scale = m.scale, pad = m.pad_px;
  l.bar_h = m.touch_px + 2 * pad;
  if (w >= h) {
    float panel_w = std::max(w * 0.38f, 560 * scale);
    l.map = {0, l.bar_h, w - panel_w, h - l.bar_h};
    l.panel = {w - panel_w + pad, l.bar_h + pad, panel_w - 2 * pad, h - l.bar_h - 2 * pad};
  } else {
    float map_h = h * 0.42f;
    l.map = {0, l.bar_h, w, map_h};
    l.panel = {pad, l.bar_h + map_h + pad, w - 2 * pad, h - l.bar_h - map_h - 2 * pad};
  }
  return l;
}

}  // namespace kiosk
