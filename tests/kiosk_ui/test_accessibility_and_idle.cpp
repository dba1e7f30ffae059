// The top bar's Accessibility menu and its three modes, and the "still there?" countdown, as a
// visitor meets them: tapped by control name, checked on the state and on real pixels.
#include <catch2/catch.hpp>

#include "kiosk/logic/layout.hpp"
#include "ui_harness.hpp"

using kiosk_ui::UiHarness;

namespace {

void open_home(UiHarness& ui) {
  REQUIRE(ui.tap("start"));
  REQUIRE(ui.state().screen == kiosk::Screen::home);
}

}  // namespace

TEST_CASE("the top bar has Search, Accessibility and the languages on every home screen, not on attract") {
  for (auto [w, h] : {std::pair{1920, 1080}, {1080, 1920}}) {
    INFO(w << "x" << h);
    UiHarness ui(w, h);
    CHECK_FALSE(ui.find("a11y/open"));
    CHECK_FALSE(ui.find("search/open"));
    open_home(ui);
    for (const char* id : {"search/open", "a11y/open", "lang/nl", "lang/en", "lang/de"}) {
      INFO(id);
      CHECK(ui.visible(id));
    }
    REQUIRE(ui.tap("search/open"));
    CHECK(ui.state().search_open);
  }
}

TEST_CASE("the accessibility menu switches high contrast on and off, and a touch outside closes it") {
  UiHarness ui(1920, 1080);
  open_home(ui);
  REQUIRE(ui.tap("a11y/open"));
  CHECK(ui.state().accessibility_menu_open);
  REQUIRE(ui.tap("a11y/high_contrast"));
  CHECK(ui.state().accessibility.high_contrast);
  CHECK(ui.pixel(5, 5) == 0x000000);  // the bar turns black
  CHECK(ui.state().accessibility_menu_open);
  // Outside the menu, over a tab: the menu closes, the tab is not pressed.
  auto tab = ui.find("tab/events");
  REQUIRE(tab);
  ui.tap_at(tab->x + tab->w * 0.5f, tab->y + tab->h * 0.5f);
  CHECK_FALSE(ui.state().accessibility_menu_open);
  CHECK(ui.state().tab == kiosk::Tab::places);
  REQUIRE(ui.tap("a11y/open"));
  REQUIRE(ui.tap("a11y/high_contrast"));
  REQUIRE(ui.tap("a11y/done"));
  CHECK_FALSE(ui.state().accessibility.high_contrast);
  CHECK(ui.pixel(5, 5) == 0xA8102B);
}

TEST_CASE("the low-reach layout brings the bar and the tabs into the lower half") {
  for (auto [w, h] : {std::pair{1920, 1080}, {1080, 1920}}) {
    INFO(w << "x" << h);
    UiHarness ui(w, h);
    open_home(ui);
    REQUIRE(ui.tap("a11y/open"));
    REQUIRE(ui.tap("a11y/low_reach"));
    REQUIRE(ui.tap("a11y/done"));
    CHECK(ui.state().accessibility.low_reach);
    for (const char* id : {"lang/nl", "search/open", "a11y/open", "tab/places", "tab/about"}) {
      auto t = ui.find(id);
      REQUIRE(t);
      INFO(id << " at y " << t->y);
      CHECK(t->y >= float(h) / 2);
    }
  }
}

TEST_CASE("larger text makes the words bigger and keeps every control on screen") {
  UiHarness ui(1080, 1920);
  open_home(ui);
  auto row = ui.find("item/place/sibiu");
  REQUIRE(row);
  float before = row->h;
  REQUIRE(ui.tap("a11y/open"));
  REQUIRE(ui.tap("a11y/large_text"));
  REQUIRE(ui.tap("a11y/done"));
  row = ui.find("item/place/sibiu");
  REQUIRE(row);
  CHECK(row->h > before * 1.15f);
  for (const char* id : {"search/open", "a11y/open", "lang/nl", "lang/en", "lang/de"}) {
    auto t = ui.find(id);
    REQUIRE(t);
    CHECK(t->x >= 0);
    CHECK(t->x + t->w <= 1080);
  }
}

TEST_CASE("the countdown lies over everything; a touch anywhere on it continues and presses nothing else") {
  UiHarness ui(1920, 1080);
  open_home(ui);
  ui.advance_ms(ui.state().timing.idle_warning_ms + 1'000);
  REQUIRE(ui.find("idle/continue"));
  // A tap on a list row under the overlay: the visit continues, the row is not opened.
  auto row = ui.find("item/place/sibiu");
  REQUIRE(row);
  ui.tap_at(row->x + row->w * 0.5f, row->y + row->h * 0.5f);
  CHECK_FALSE(ui.find("idle/continue"));
  CHECK_FALSE(ui.state().open);
  CHECK(ui.state().screen == kiosk::Screen::home);
  // Again, with the button.
  ui.advance_ms(ui.state().timing.idle_warning_ms + 1'000);
  REQUIRE(ui.tap("idle/continue"));
  CHECK_FALSE(ui.find("idle/continue"));
  // Left alone, the kiosk starts over: attract screen, everyday look, Dutch.
  REQUIRE(ui.tap("a11y/open"));
  REQUIRE(ui.tap("a11y/high_contrast"));
  REQUIRE(ui.tap("lang/de"));
  ui.advance_ms(ui.state().timing.idle_warning_ms + ui.state().timing.idle_countdown_ms + 1'000);
  CHECK(ui.state().screen == kiosk::Screen::attract);
  CHECK_FALSE(ui.state().accessibility.high_contrast);
  CHECK(ui.state().lang == content::Lang::nl);
}
