// Idle: after 90 s without a touch the "still there?" countdown covers the screen; a touch on it
// keeps the visit as it was and presses nothing underneath; when it runs out the kiosk starts over.
#include <catch2/catch.hpp>

#include "ui_harness.hpp"

using content::Lang;
using kiosk_ui::UiHarness;

namespace {

// A visitor in German on Sibiu's page.
void visit_sibiu_in_german(UiHarness& ui) {
  REQUIRE(ui.tap("start"));
  REQUIRE(ui.tap("lang/de"));
  REQUIRE(ui.tap("item/place/sibiu"));
  REQUIRE(ui.state().open->id == "sibiu");
}

}  // namespace

TEST_CASE("the countdown appears after 90 seconds without a touch, not before") {
  for (auto [w, h] : {std::pair{1920, 1080}, {1080, 1920}}) {
    INFO(w << "x" << h);
    UiHarness ui(w, h);
    visit_sibiu_in_german(ui);
    REQUIRE(ui.state().timing.idle_warning_ms == 90'000);
    ui.advance_ms(89'000);
    CHECK_FALSE(ui.find("idle/continue"));
    ui.advance_ms(1'500);
    CHECK(ui.visible("idle/continue"));
  }
}

TEST_CASE("Continue on the countdown keeps the visitor's page and language") {
  UiHarness ui(1920, 1080);
  visit_sibiu_in_german(ui);
  ui.advance_ms(95'000);
  REQUIRE(ui.visible("idle/continue"));
  REQUIRE(ui.tap("idle/continue"));
  CHECK_FALSE(ui.find("idle/continue"));
  CHECK(ui.state().screen == kiosk::Screen::home);
  REQUIRE(ui.state().open);
  CHECK(ui.state().open->id == "sibiu");
  CHECK(ui.state().lang == Lang::de);
  // The idle time starts again from the touch: another 89 s bring no countdown.
  ui.advance_ms(89'000);
  CHECK_FALSE(ui.find("idle/continue"));
}

TEST_CASE("a touch anywhere on the countdown keeps the visit and presses nothing under it") {
  UiHarness ui(1920, 1080);
  REQUIRE(ui.tap("start"));
  auto row = ui.find("item/place/riga");
  REQUIRE(row);
  ui.advance_ms(95'000);
  REQUIRE(ui.find("idle/continue"));
  kiosk_ui::Point at = kiosk_ui::centre(*row);
  ui.tap_at(at.x, at.y);
  CHECK_FALSE(ui.find("idle/continue"));
  CHECK(ui.state().screen == kiosk::Screen::home);
  CHECK_FALSE(ui.state().open);  // Riga's row lay under the finger
}

TEST_CASE("when the countdown runs out the kiosk starts over in Dutch on the attract screen") {
  UiHarness ui(1920, 1080);
  visit_sibiu_in_german(ui);
  ui.advance_ms(90'000 + 14'000);
  CHECK(ui.visible("idle/continue"));
  ui.advance_ms(1'000);
  CHECK(ui.state().screen == kiosk::Screen::attract);
  CHECK(ui.state().lang == Lang::nl);
  CHECK_FALSE(ui.state().open);
  CHECK_FALSE(ui.find("idle/continue"));
  CHECK(ui.visible("start"));
}

// Regression test (was a bug): lists and pages are ImGui child windows, and ImGui keeps their
// scroll positions across the idle reset, so the next visitor found the Organisations list
// scrolled where the last one left it (DESIGN §2: the kiosk "keeps nothing of them").
TEST_CASE("the next visitor finds the lists at their top") {
  UiHarness ui(1920, 1080);
  REQUIRE(ui.tap("start"));
  REQUIRE(ui.tap("tab/organisations"));
  const float first_row_y = ui.find("item/programme/internationaal-beleid")->y;
  REQUIRE(ui.scroll_into_view("item/organisation/wereldwinkel-deventer"));
  REQUIRE(ui.find("item/programme/internationaal-beleid")->y < first_row_y);
  ui.advance_ms(ui.state().timing.idle_warning_ms + ui.state().timing.idle_countdown_ms);
  REQUIRE(ui.state().screen == kiosk::Screen::attract);
  REQUIRE(ui.tap("start"));
  REQUIRE(ui.tap("tab/organisations"));
  CHECK(ui.find("item/programme/internationaal-beleid")->y == first_row_y);
}
