// Home screen layout, everyday and low-reach.
#include "kiosk/logic/layout.hpp"

#include <algorithm>

namespace kiosk {

Metrics metrics_for(float short_side_px, float px_per_mm) {
  Metrics m;
  m.scale = short_side_px / 1080.0f;
  m.touch_px = std::max(72 * m.scale, min_touch_mm * px_per_mm);
  m.pad_px = 18 * m.scale;
  m.rounding_px = 10 * m.scale;
  return m;
}

namespace {

void everyday(Layout& l, float w, float h, const Metrics& m) {
  float pad = m.pad_px;
  l.bar = {0, 0, w, l.bar_h};
  if (w >= h) {
    float panel_w = std::max(w * 0.38f, 560 * m.scale);
    l.map = {0, l.bar_h, w - panel_w, h - l.bar_h};
    l.panel = {w - panel_w + pad, l.bar_h + pad, panel_w - 2 * pad, h - l.bar_h - 2 * pad};
  } else {
    float map_h = h * 0.42f;
    l.map = {0, l.bar_h, w, map_h};
    l.panel = {pad, l.bar_h + map_h + pad, w - 2 * pad, h - l.bar_h - map_h - 2 * pad};
  }
}

// Everything a visitor touches sits in the lower half: the bar at the bottom edge, the panel
// (tabs first) starting at the middle. The map keeps the top, where looking is enough.
void low_reach(Layout& l, float w, float h, const Metrics& m) {
  float pad = m.pad_px, middle = h * 0.5f, above_bar = h - l.bar_h;
  l.bar = {0, above_bar, w, l.bar_h};
  l.bar_at_bottom = true;
  if (w >= h) {
    // As wide as the portrait panel: the five tabs then fit in one row (panel.cpp: over 900 px
    // at scale 1) with their words, so the short panel keeps room for its list.
    float panel_w = std::min(w * 0.6f, std::max(w * 0.38f, 1080 * m.scale));
    l.map = {0, 0, w - panel_w, above_bar};
    l.panel = {w - panel_w + pad, middle, panel_w - 2 * pad, above_bar - middle - pad};
    l.aside = {w - panel_w, 0, panel_w, middle};
  } else {
    l.map = {0, 0, w, middle - pad};
    l.panel = {pad, middle, w - 2 * pad, above_bar - middle - pad};
  }
}

}  // namespace

Layout home_layout(float w, float h, const Metrics& m, bool reach_low) {
  Layout l;
  l.bar_h = m.touch_px + 2 * m.pad_px;
  if (reach_low) low_reach(l, w, h, m);
  else everyday(l, w, h, m);
  l.tabs = {l.panel.x, l.panel.y, l.panel.w, m.touch_px};
  return l;
}

}  // namespace kiosk
