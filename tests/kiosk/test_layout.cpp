// The home layout: everything fits on screen, and the low-reach layout puts the controls (the
// bar, the tab row) in the lower half, in landscape and portrait.
#include <catch2/catch.hpp>

#include <cmath>

#include <algorithm>

#include "kiosk/logic/layout.hpp"

using namespace kiosk;

namespace {

bool within(const Rect& r, float w, float h) {
  return r.x >= 0 && r.y >= 0 && r.x + r.w <= w + 0.5f && r.bottom() <= h + 0.5f && r.w > 0 && r.h > 0;
}
bool overlap(const Rect& a, const Rect& b) {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.bottom() && b.y < a.bottom();
}

}  // namespace

TEST_CASE("the home layout fits the screen without overlaps, everyday and low-reach") {
  for (auto [w, h] : {std::pair{1920.0f, 1080.0f}, {1080.0f, 1920.0f}, {1280.0f, 800.0f}, {800.0f, 1280.0f}}) {
    for (bool low : {false, true}) {
      INFO(w << "x" << h << (low ? " low-reach" : ""));
      Layout l = home_layout(w, h, metrics_for(std::min(w, h)), low);
      CHECK(within(l.bar, w, h));
      CHECK(within(l.map, w, h));
      CHECK(within(l.panel, w, h));
      CHECK_FALSE(overlap(l.bar, l.map));
      CHECK_FALSE(overlap(l.bar, l.panel));
      CHECK_FALSE(overlap(l.map, l.panel));
      CHECK(l.bar.h == l.bar_h);
      CHECK(l.tabs.y == l.panel.y);
      CHECK(l.panel.h >= 3 * metrics_for(std::min(w, h)).touch_px);  // the tabs and a list still fit
    }
  }
}

TEST_CASE("the everyday layout has the bar at the top") {
  Layout l = home_layout(1920, 1080, metrics_for(1080));
  CHECK(l.bar.y == 0);
  CHECK_FALSE(l.bar_at_bottom);
  CHECK(l.aside.w == 0);
}

TEST_CASE("the low-reach layout puts the bar and the tab row in the lower half, in both orientations") {
  for (auto [w, h] : {std::pair{1920.0f, 1080.0f}, {1080.0f, 1920.0f}}) {
    INFO(w << "x" << h);
    Metrics m = metrics_for(std::min(w, h));
    Layout l = home_layout(w, h, m, true);
    CHECK(l.bar_at_bottom);
    CHECK(l.bar.bottom() == h);
    CHECK(l.bar.y >= h / 2);
    CHECK(l.tabs.y >= h / 2);
    CHECK(l.panel.y >= h / 2);
    CHECK(l.map.y == 0);  // the map keeps the top: looking needs no reach
    Layout everyday = home_layout(w, h, m);
    CHECK(l.tabs.y > everyday.tabs.y);
  }
}

TEST_CASE("the low-reach landscape panel is wide enough for the tabs in one row") {
  Layout l = home_layout(1920, 1080, metrics_for(1080), true);
  CHECK(l.panel.w > 900);  // panel.cpp puts five tabs in a row above 900 px at scale 1
  CHECK(l.aside.w > 0);
  CHECK(l.aside.bottom() <= l.panel.y);
}

TEST_CASE("touch targets stay at least 10 mm on a small, dense panel") {
  // A 10.1" 1280x800 panel: 5.9 px per mm.
  float px_per_mm = std::hypot(1280.0f, 800.0f) / (10.1f * 25.4f);
  kiosk::Metrics m = kiosk::metrics_for(800, px_per_mm);
  CHECK(m.touch_px >= 10 * px_per_mm - 0.01f);
  CHECK(kiosk::metrics_for(800).touch_px == Approx(72 * 800 / 1080.0f));  // diagonal unknown
}
