// The accessibility menu: larger text, and the low-reach layout that brings every control into
// the lower part of the screen; the next visitor gets the everyday kiosk back.
#include <catch2/catch.hpp>

#include "ui_harness.hpp"

using kiosk_ui::UiHarness;

TEST_CASE("the accessibility menu switches large text on and off, and Done closes it") {
  UiHarness ui(1920, 1080);
  REQUIRE(ui.tap("start"));
  const float row_h = ui.find("item/place/sibiu")->h;
  REQUIRE(ui.tap("a11y/open"));
  CHECK(ui.state().accessibility_menu_open);
  REQUIRE(ui.tap("a11y/large_text"));
  CHECK(ui.state().accessibility.large_text);
  REQUIRE(ui.tap("a11y/done"));
  CHECK_FALSE(ui.state().accessibility_menu_open);
  CHECK_FALSE(ui.find("a11y/large_text"));
  CHECK(ui.find("item/place/sibiu")->h > row_h);  // larger text, taller rows
  REQUIRE(ui.tap("a11y/open"));
  REQUIRE(ui.tap("a11y/large_text"));
  CHECK_FALSE(ui.state().accessibility.large_text);
}

TEST_CASE("the low-reach layout puts the controls in the lower half, and items still open in two taps") {
  for (auto [w, h] : {std::pair{1920, 1080}, {1080, 1920}}) {
    INFO(w << "x" << h);
    UiHarness ui(w, h);
    REQUIRE(ui.tap("start"));
    REQUIRE(ui.tap("a11y/open"));
    REQUIRE(ui.tap("a11y/low_reach"));
    REQUIRE(ui.tap("a11y/done"));
    REQUIRE(ui.state().accessibility.low_reach);
    for (const char* id : {"lang/de", "search/open", "a11y/open", "tab/places", "tab/goals"}) {
      INFO(id);
      auto t = ui.find(id);
      REQUIRE(t);
      CHECK(t->y >= float(h) * 0.5f);
    }
    ui.reset_counts();
    REQUIRE(ui.tap("tab/goals"));
    REQUIRE(ui.scroll_into_view("item/goal/13"));
    REQUIRE(ui.tap("item/goal/13"));
    CHECK(ui.state().open->id == "13");
    CHECK(ui.taps() == 2);
  }
}

TEST_CASE("the idle reset gives the next visitor the everyday layout") {
  UiHarness ui(1920, 1080);
  REQUIRE(ui.tap("start"));
  REQUIRE(ui.tap("a11y/open"));
  REQUIRE(ui.tap("a11y/low_reach"));
  REQUIRE(ui.tap("a11y/done"));
  REQUIRE(ui.find("lang/de")->y > 540);
  ui.advance_ms(ui.state().timing.idle_warning_ms + ui.state().timing.idle_countdown_ms);
  REQUIRE(ui.state().screen == kiosk::Screen::attract);
  REQUIRE(ui.tap("start"));
  CHECK(ui.state().accessibility == kiosk::Accessibility{});
  CHECK(ui.find("lang/de")->y < 100);
}
