// Switching language: the visitor's choice changes every word on screen, holds while they move
// around, and is forgotten when the kiosk resets for the next visitor. Controls do not record
// their labels, so the words are checked as rendered pixels of the controls.
#include <catch2/catch.hpp>

#include <vector>

#include "ui_harness.hpp"

using content::Lang;
using kiosk_ui::UiHarness;

namespace {

std::vector<uint32_t> pixels_of(UiHarness& ui, std::string_view id) {
  auto t = ui.find(id);
  REQUIRE(t);
  std::vector<uint32_t> out;
  for (float y = t->y; y < t->y + t->h; y += 1)
    for (float x = t->x; x < t->x + t->w; x += 1) out.push_back(ui.pixel(x, y));
  return out;
}

}  // namespace

TEST_CASE("choosing Deutsch relabels the tabs, and the choice holds while the visitor moves around") {
  for (auto [w, h] : {std::pair{1920, 1080}, {1080, 1920}}) {
    INFO(w << "x" << h);
    UiHarness ui(w, h);
    REQUIRE(ui.tap("start"));
    REQUIRE(ui.state().lang == Lang::nl);
    const auto events_nl = pixels_of(ui, "tab/events");
    const auto goals_nl = pixels_of(ui, "tab/goals");

    REQUIRE(ui.tap("lang/de"));
    CHECK(ui.state().lang == Lang::de);
    const auto events_de = pixels_of(ui, "tab/events");
    CHECK(events_de != events_nl);  // "Evenementen" became "Veranstaltungen"
    CHECK(pixels_of(ui, "tab/goals") == goals_nl);  // "Global Goals" in both: the comparison is fair

    // Around the kiosk and back: a list, an item, a linked item, Back, Home.
    REQUIRE(ui.tap("tab/organisations"));
    REQUIRE(ui.tap("item/programme/hanze"));
    REQUIRE(ui.scroll_into_view("item/place/riga"));
    REQUIRE(ui.tap("item/place/riga"));
    CHECK(ui.state().lang == Lang::de);
    REQUIRE(ui.tap("back"));
    // Back shows Hanze's page as it was left, scrolled down to Riga's row: Home is scrolled up
    // out of view there (see test_back_home.cpp), so the visitor scrolls up first.
    REQUIRE(ui.scroll_into_view("home"));
    REQUIRE(ui.tap("home"));
    REQUIRE(ui.tap("tab/places"));
    CHECK(ui.state().lang == Lang::de);
    CHECK(pixels_of(ui, "tab/events") == events_de);

    // The next visitor finds Dutch again.
    ui.advance_ms(ui.state().timing.idle_warning_ms + ui.state().timing.idle_countdown_ms);
    CHECK(ui.state().screen == kiosk::Screen::attract);
    CHECK(ui.state().lang == Lang::nl);
    REQUIRE(ui.tap("start"));
    CHECK(pixels_of(ui, "tab/events") == events_nl);
  }
}

TEST_CASE("the language can be switched on an item's page, which stays open") {
  UiHarness ui(1920, 1080);
  REQUIRE(ui.tap("start"));
  REQUIRE(ui.tap("item/place/sibiu"));
  const auto back_nl = pixels_of(ui, "back");
  REQUIRE(ui.tap("lang/en"));
  CHECK(ui.state().lang == Lang::en);
  REQUIRE(ui.state().open);
  CHECK(ui.state().open->id == "sibiu");
  CHECK(pixels_of(ui, "back") != back_nl);  // "Terug" became "Back"
  REQUIRE(ui.tap("lang/nl"));
  CHECK(pixels_of(ui, "back") == back_nl);
}

TEST_CASE("the kiosk goes back to Dutch only after the full idle time") {
  UiHarness ui(1920, 1080);
  REQUIRE(ui.tap("start"));
  REQUIRE(ui.tap("lang/en"));
  const auto& timing = ui.state().timing;
  ui.advance_ms(timing.idle_warning_ms + timing.idle_countdown_ms - 2'000);
  CHECK(ui.state().screen == kiosk::Screen::home);
  CHECK(ui.state().lang == Lang::en);
  ui.advance_ms(2'000);
  CHECK(ui.state().screen == kiosk::Screen::attract);
  CHECK(ui.state().lang == Lang::nl);
}
