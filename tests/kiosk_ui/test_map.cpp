// The map by touch: a drag pans it and opens nothing, a flick carries it on, a tap on a pin
// opens the place; and the pixels: an open country is drawn in the selected colour where it lies.
#include <catch2/catch.hpp>

#include <cmath>

#include "content/map_asset.hpp"
#include "kiosk/logic/update.hpp"
#include "ui_harness.hpp"

using kiosk_ui::Point;
using kiosk_ui::UiHarness;

namespace {

Point map_centre(const UiHarness& ui) {
  const auto& c = ui.state().camera;
  return {c.viewport_x + c.viewport_w * 0.5f, c.viewport_y + c.viewport_h * 0.5f};
}

Point pin_of(const UiHarness& ui, const char* place_id) {
  const content::Place* p = ui.snapshot().place(place_id);
  REQUIRE(p);
  return kiosk_ui::screen_point(ui.state(), p->lat, p->lon);
}

// A slow drag (4 px a frame, 250 px/s): too slow to fling the map when the finger lifts.
void slow_drag(UiHarness& ui, Point from, Point to) {
  int steps = std::max(1, int(std::hypot(to.x - from.x, to.y - from.y) / 4));
  ui.drag(from, to, steps, 0);
}

// Drags the map slowly until the place's pin is near the map's centre (or as near as the
// map's edges allow).
void bring_pin_to_centre(UiHarness& ui, const char* place_id) {
  for (int i = 0; i < 4; ++i) {
    Point pin = pin_of(ui, place_id), c = map_centre(ui);
    if (std::hypot(pin.x - c.x, pin.y - c.y) < 50) return;
    slow_drag(ui, c, {c.x + (c.x - pin.x), c.y + (c.y - pin.y)});
  }
}

}  // namespace

TEST_CASE("dragging the map pans it with the finger and opens nothing, even when the drag starts on a pin") {
  for (auto [w, h] : {std::pair{1920, 1080}, {1080, 1920}}) {
    INFO(w << "x" << h);
    UiHarness ui(w, h);
    REQUIRE(ui.tap("start"));
    Point from = pin_of(ui, "bukomansimbi");
    REQUIRE(ui.state().camera.contains({from.x, from.y}));
    float x0 = ui.state().camera.center_x, y0 = ui.state().camera.center_y;
    ui.press(from);
    for (int i = 1; i <= 10; ++i) ui.move_to({from.x - 20.0f * float(i), from.y - 10.0f * float(i)});
    // While the finger is down the pin stays under it, less the few pixels that tell a drag
    // from a tap.
    Point under = pin_of(ui, "bukomansimbi");
    CHECK(under.x == Approx(from.x - 200).margin(15));
    CHECK(under.y == Approx(from.y - 100).margin(15));
    ui.frames(15);  // the finger rests before it lifts
    ui.release({from.x - 200, from.y - 100});
    CHECK_FALSE(ui.state().open);
    // Dragged left and up: the map moves with the finger, so the centre moves right and down.
    CHECK(ui.state().camera.center_x > x0);
    CHECK(ui.state().camera.center_y > y0);
  }
}

// Regression test (was a bug): GestureRecogniser pruned its ~100 ms of speed samples only when the
// finger moved, so a finger that stopped, rested and lifted was measured over stale samples and
// flung the map (~350 px/s after a 240 ms rest). A real finger at rest sends no motion events.
TEST_CASE("a finger that rests before it lifts leaves the map where it is") {
  UiHarness ui(1920, 1080);
  REQUIRE(ui.tap("start"));
  Point c = map_centre(ui);
  ui.drag(c, {c.x - 150, c.y}, 6, 15);
  float x_at_rest = 0;
  {
    // Measure again from a fresh kiosk, this time looking while the finger still rests.
    UiHarness probe(1920, 1080);
    REQUIRE(probe.tap("start"));
    probe.press(c);
    for (int i = 1; i <= 6; ++i) probe.move_to({c.x - 25.0f * float(i), c.y});
    probe.frames(15);
    x_at_rest = probe.state().camera.center_x;
  }
  CHECK(ui.state().camera.center_x == Approx(x_at_rest).epsilon(0.001));
}

TEST_CASE("a flick carries the map on after the finger lifts") {
  UiHarness ui(1920, 1080);
  REQUIRE(ui.tap("start"));
  Point c = map_centre(ui);
  ui.press(c);
  for (int i = 1; i <= 6; ++i) ui.move_to({c.x - 25.0f * float(i), c.y});
  float x_at_lift = ui.state().camera.center_x;
  ui.release({c.x - 150, c.y});  // settles: waits for the fling to end
  float carried_px = (ui.state().camera.center_x - x_at_lift) * ui.state().camera.scale_px;
  CHECK(carried_px > 50);
  CHECK_FALSE(ui.state().open);
}

TEST_CASE("tapping Sibiu's pin on the map opens Sibiu") {
  for (auto [w, h] : {std::pair{1920, 1080}, {1080, 1920}}) {
    INFO(w << "x" << h);
    UiHarness ui(w, h);
    REQUIRE(ui.tap("start"));
    bring_pin_to_centre(ui, "sibiu");
    Point pin = pin_of(ui, "sibiu");
    REQUIRE(ui.state().camera.contains({pin.x, pin.y}));
    ui.reset_counts();
    ui.tap_at(pin.x, pin.y);
    REQUIRE(ui.state().open);
    CHECK(ui.state().open->kind == content::ItemKind::place);
    CHECK(ui.state().open->id == "sibiu");
    CHECK(ui.taps() == 1);
    CHECK(ui.visible("back"));
  }
}

TEST_CASE("tapping a country on the map opens the country") {
  UiHarness ui(1920, 1080);
  REQUIRE(ui.tap("start"));
  // Central Kenya, away from the pins (Bukomansimbi is in Uganda).
  Point ke = kiosk_ui::screen_point(ui.state(), 0.5, 38.0);
  REQUIRE(ui.state().camera.contains({ke.x, ke.y}));
  ui.tap_at(ke.x, ke.y);
  REQUIRE(ui.state().open);
  CHECK(ui.state().open->kind == content::ItemKind::country);
  CHECK(ui.state().open->id == "KE");
}

TEST_CASE("with Romania open, the map shows Romania in the selected colour where it lies") {
  for (auto [w, h] : {std::pair{1920, 1080}, {1080, 1920}}) {
    INFO(w << "x" << h);
    UiHarness ui(w, h);
    REQUIRE(ui.tap("start"));
    // Before: Romania is a partner country, not selected. Its pins may be off the map in
    // portrait, so the map is first dragged to show it.
    bring_pin_to_centre(ui, "sibiu");
    {
      const uint32_t selected = kiosk_ui::rgb(ui.theme().selected_land), partner = kiosk_ui::rgb(ui.theme().partner_land);
      Point p = kiosk_ui::screen_point(ui.state(), 47.4, 26.4);  // north-eastern Romania, clear of pins and labels
      REQUIRE(ui.state().camera.contains({p.x, p.y}));
      CHECK(ui.pixel(p.x, p.y) == partner);
      CHECK(ui.pixel(p.x, p.y) != selected);
    }
    REQUIRE(ui.scroll_into_view("item/country/RO"));
    REQUIRE(ui.tap("item/country/RO"));
    REQUIRE(ui.state().open);
    REQUIRE(ui.state().open->id == "RO");
    REQUIRE_FALSE(kiosk::is_animating(ui.state()));  // the flight to Romania has landed

    const content::MapCountry* ro = ui.map().fine.find("RO");
    const content::MapCountry* bg = ui.map().fine.find("BG");
    REQUIRE(ro);
    REQUIRE(bg);
    const uint32_t selected = kiosk_ui::rgb(ui.theme().selected_land);
    // Sample a grid over the map: points inside Romania are mostly the selected colour (pins,
    // labels and borders cover some); points inside Bulgaria, next door, never are (the dark
    // outline drawn around Romania may touch its edge).
    auto count = [&](int& in_ro, int& ro_selected, int& in_bg, int& bg_selected) {
      in_ro = ro_selected = in_bg = bg_selected = 0;
      const auto& cam = ui.state().camera;
      for (float y = cam.viewport_y + 1; y < cam.viewport_y + cam.viewport_h - 1; y += 3)
        for (float x = cam.viewport_x + 1; x < cam.viewport_x + cam.viewport_w - 1; x += 3) {
          content::MapPoint m = cam.to_map({x, y});
          if (content::country_contains(*ro, m)) {
            ++in_ro;
            ro_selected += ui.pixel(x, y) == selected;
          } else if (content::country_contains(*bg, m) && content::country_contains(*bg, cam.to_map({x - 5, y - 5})) &&
                     content::country_contains(*bg, cam.to_map({x + 5, y + 5})) &&
                     content::country_contains(*bg, cam.to_map({x - 5, y + 5})) &&
                     content::country_contains(*bg, cam.to_map({x + 5, y - 5}))) {  // clear of the outline
            ++in_bg;
            bg_selected += ui.pixel(x, y) == selected;
          }
        }
    };
    int in_ro, ro_selected, in_bg, bg_selected;
    count(in_ro, ro_selected, in_bg, bg_selected);
    INFO(ro_selected << " of " << in_ro << " samples in Romania are the selected colour");
    CHECK(in_ro > 200);
    CHECK(ro_selected > in_ro * 0.4);
    CHECK(in_bg > 20);
    CHECK(bg_selected == 0);
    ui.save_png(kiosk_ui::output_path("country-RO-" + std::to_string(w) + "x" + std::to_string(h) + ".png"));
  }
}
