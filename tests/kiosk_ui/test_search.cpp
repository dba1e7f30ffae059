// Search with the on-screen keyboard: letters typed by tapping keys find items in any language,
// and a result row opens its item.
#include <catch2/catch.hpp>

#include <string>

#include "ui_harness.hpp"

using kiosk_ui::UiHarness;

TEST_CASE("typing o-s-n on the on-screen keyboard shows Osnabrück, and its row opens it") {
  for (auto [w, h] : {std::pair{1920, 1080}, {1080, 1920}}) {
    INFO(w << "x" << h);
    UiHarness ui(w, h);
    REQUIRE(ui.tap("start"));
    ui.reset_counts();
    REQUIRE(ui.tap("search/open"));
    CHECK(ui.state().search_open);
    CHECK(ui.visible("key/o"));
    for (const char* key : {"key/o", "key/s", "key/n"}) REQUIRE(ui.tap(key));
    CHECK(ui.state().search_query == "osn");
    REQUIRE(ui.visible("item/place/osnabrueck"));
    REQUIRE(ui.tap("item/place/osnabrueck"));
    REQUIRE(ui.state().open);
    CHECK(ui.state().open->id == "osnabrueck");
    CHECK(ui.taps() == 5);  // Search, three keys, the row
    CHECK(ui.visible("back"));
  }
}

TEST_CASE("the first letter is enough for Osnabrück: three taps from the home screen") {
  UiHarness ui(1920, 1080);
  REQUIRE(ui.tap("start"));
  ui.reset_counts();
  REQUIRE(ui.tap("search/open"));
  REQUIRE(ui.tap("key/o"));
  REQUIRE(ui.scroll_into_view("item/place/osnabrueck"));
  REQUIRE(ui.tap("item/place/osnabrueck"));
  CHECK(ui.state().open->id == "osnabrueck");
  CHECK(ui.taps() == 3);
  WARN("drags to find Osnabrück after one letter: " << ui.drags());
}

TEST_CASE("the keyboard's backspace and close work, and closing search returns to the tabs") {
  UiHarness ui(1080, 1920);
  REQUIRE(ui.tap("start"));
  REQUIRE(ui.tap("search/open"));
  for (const char* key : {"key/r", "key/i", "key/x"}) REQUIRE(ui.tap(key));
  CHECK(ui.state().search_query == "rix");
  REQUIRE(ui.tap("key/backspace"));
  CHECK(ui.state().search_query == "ri");
  REQUIRE(ui.tap("key/g"));
  REQUIRE(ui.tap("key/a"));
  CHECK(ui.visible("item/place/riga"));
  REQUIRE(ui.tap("search/close"));
  CHECK_FALSE(ui.state().search_open);
  CHECK(ui.visible("tab/places"));
  CHECK_FALSE(ui.find("key/a"));
}
