// The map camera: screen ↔ map transforms, zoom about a point, limits, the opening view.
#include <catch2/catch.hpp>

#include "kiosk/logic/camera.hpp"

using content::project_equal_earth;
using kiosk::MapCamera;
using kiosk::ScreenPoint;

namespace {

MapCamera camera(float w = 1190, float h = 972) {
  MapCamera c;
  c.set_viewport(0, 108, w, h);
  c.show_europe_africa();
  return c;
}

}  // namespace

TEST_CASE("screen and map coordinates convert both ways") {
  MapCamera c = camera();
  for (auto [lat, lon] : {std::pair{52.25, 6.16}, {45.8, 24.15}, {-0.17, 31.6}}) {
    auto p = project_equal_earth(lat, lon);
    auto back = c.to_map(c.to_screen(p));
    CHECK(back.x == Approx(p.x).margin(1e-5));
    CHECK(back.y == Approx(p.y).margin(1e-5));
  }
}

TEST_CASE("the opening view shows every partner place, in landscape and portrait") {
  for (auto [w, h] : {std::pair{1190.f, 972.f}, {1080.f, 806.f}, {800.f, 480.f}}) {
    MapCamera c = camera(w, h);
    for (auto [lat, lon] : {std::pair{52.25, 6.16}, {57.7, 11.97}, {56.95, 24.1}, {45.8, 24.15}, {-0.17, 31.6}}) {
      INFO(w << "x" << h << " " << lat << "," << lon);
      CHECK(c.contains(c.to_screen(project_equal_earth(lat, lon))));
    }
  }
}

TEST_CASE("zooming keeps the point under the fingers in place") {
  MapCamera c = camera();
  ScreenPoint anchor{400, 500};
  auto before = c.to_map(anchor);
  c.zoom_at(2.0f, anchor);
  auto after = c.to_screen(before);
  CHECK(after.x == Approx(anchor.x).margin(0.01));
  CHECK(after.y == Approx(anchor.y).margin(0.01));
}

TEST_CASE("zoom stays between the whole world and city level") {
  MapCamera c = camera();
  c.zoom_at(0.001f, {500, 500});
  CHECK(c.scale_px == Approx(c.min_scale_px()));
  c.zoom_at(1e6f, {500, 500});
  CHECK(c.scale_px == Approx(c.max_scale_px()));
}

TEST_CASE("panning never moves the map off the screen") {
  MapCamera c = camera();
  c.pan_px(1e7f, 1e7f);
  // The map's top-left corner may come to the viewport's centre, no further.
  auto corner = c.to_screen({float(-content::equal_earth_max_x), float(-content::equal_earth_max_y)});
  CHECK(corner.x <= c.viewport_x + c.viewport_w * 0.5f + 0.5f);
  CHECK(corner.y <= c.viewport_y + c.viewport_h * 0.5f + 0.5f);
  c.zoom_at(0.001f, {500, 500});
  CHECK(c.center_x == 0);
  CHECK(c.center_y == 0);
}
