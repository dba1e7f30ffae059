// The attract screen: one tap anywhere opens the home screen, and only that.
#include <catch2/catch.hpp>

#include "ui_harness.hpp"

using kiosk_ui::UiHarness;

TEST_CASE("the kiosk starts on the attract screen with one control covering the whole display") {
  UiHarness ui(1920, 1080);
  CHECK(ui.state().screen == kiosk::Screen::attract);
  auto start = ui.find("start");
  REQUIRE(start);
  CHECK(start->x == 0);
  CHECK(start->y == 0);
  CHECK(start->w == 1920);
  CHECK(start->h == 1080);
  CHECK_FALSE(ui.find("tab/places"));
}

TEST_CASE("one tap on the attract screen opens the home screen and not what lies under the finger") {
  for (auto [w, h] : {std::pair{1920, 1080}, {1080, 1920}}) {
    INFO(w << "x" << h);
    // Where Bukomansimbi's list row and its pin on the map are on the home screen.
    UiHarness probe(w, h);
    REQUIRE(probe.tap("start"));
    auto row = probe.find("item/place/bukomansimbi");
    REQUIRE(row);
    REQUIRE(probe.visible("item/place/bukomansimbi"));
    const content::Place* place = probe.snapshot().place("bukomansimbi");
    REQUIRE(place);
    kiosk_ui::Point pin = kiosk_ui::screen_point(probe.state(), place->lat, place->lon);
    REQUIRE(probe.state().camera.contains({pin.x, pin.y}));

    for (kiosk_ui::Point at : {kiosk_ui::centre(*row), pin}) {
      INFO("tap at " << at.x << "," << at.y);
      UiHarness ui(w, h);
      REQUIRE(ui.state().screen == kiosk::Screen::attract);
      ui.tap_at(at.x, at.y);
      CHECK(ui.state().screen == kiosk::Screen::home);
      CHECK_FALSE(ui.state().open);
      CHECK(ui.taps() == 1);
      // The same point, tapped again, now opens Bukomansimbi: the first tap really was over it.
      ui.tap_at(at.x, at.y);
      REQUIRE(ui.state().open);
      CHECK(ui.state().open->id == "bukomansimbi");
    }
  }
}

// Regression test (was a bug): the camera is placed on Europe and Africa for the first map viewport,
// the attract screen's whole display; StartRequested keeps that scale for the smaller home map,
// so the home screen reached by a tap is zoomed in (1920x1080: scale 559 instead of 503, the
// north of Scandinavia cut off; 1080x1920: 995 instead of 418, Europe entirely off the map).
// `--screen home` and the Home button show the intended view.
TEST_CASE("after the attract screen the home map shows Europe and Africa, as Home does") {
  for (auto [w, h] : {std::pair{1920, 1080}, {1080, 1920}}) {
    INFO(w << "x" << h);
    UiHarness ui(w, h);
    REQUIRE(ui.tap("start"));
    kiosk::MapCamera expected = ui.state().camera;
    expected.show_europe_africa();
    CHECK(ui.state().camera.scale_px == Approx(expected.scale_px));
    const content::Place* sibiu = ui.snapshot().place("sibiu");
    kiosk_ui::Point pin = kiosk_ui::screen_point(ui.state(), sibiu->lat, sibiu->lon);
    CHECK(ui.state().camera.contains({pin.x, pin.y}));
  }
}
