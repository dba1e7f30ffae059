// Back and Home on every item's page: both are on screen when the page opens, Back retraces the
// visitor's steps one at a time, Home returns to the list with the map on Europe and Africa.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "ui_harness.hpp"

using content::ItemKind;
using kiosk_ui::UiHarness;

namespace {

struct Way {
  std::string tab, row;
};

// One item of every kind, by its tab.
const Way every_kind[] = {
    {"tab/places", "item/place/sibiu"},
    {"tab/places", "item/country/RO"},
    {"tab/organisations", "item/organisation/st-deventer-roemenie"},
    {"tab/organisations", "item/network/platform-deventer-oeganda"},
    {"tab/organisations", "item/programme/kleurrijk-deventer"},
    {"tab/events", "item/event/hanzedagen-2021-riga"},
    {"tab/goals", "item/goal/5"},
};

void open(UiHarness& ui, const Way& way) {
  REQUIRE(ui.tap(way.tab));
  REQUIRE(ui.scroll_into_view(way.row));
  REQUIRE(ui.tap(way.row));
  REQUIRE(ui.state().open);
}

}  // namespace

TEST_CASE("every kind of item page opens with Back and Home on screen, and Back returns to the list") {
  for (auto [w, h] : {std::pair{1920, 1080}, {1080, 1920}}) {
    UiHarness ui(w, h);
    REQUIRE(ui.tap("start"));
    for (const auto& way : every_kind) {
      INFO(w << "x" << h << ": " << way.row);
      open(ui, way);
      CHECK(ui.visible("back"));
      CHECK(ui.visible("home"));
      kiosk::Tab tab = ui.state().tab;
      REQUIRE(ui.tap("back"));
      CHECK_FALSE(ui.state().open);
      CHECK(ui.state().tab == tab);
      CHECK(ui.visible(way.row));  // the list, as the visitor left it
    }
  }
}

TEST_CASE("Back retraces linked items one at a time, and Home leaves them all") {
  for (auto [w, h] : {std::pair{1920, 1080}, {1080, 1920}}) {
    INFO(w << "x" << h);
    UiHarness ui(w, h);
    REQUIRE(ui.tap("start"));
    REQUIRE(ui.tap("item/place/sibiu"));
    REQUIRE(ui.scroll_into_view("item/country/RO"));
    REQUIRE(ui.tap("item/country/RO"));
    REQUIRE(ui.scroll_into_view("item/organisation/st-deventer-roemenie"));
    REQUIRE(ui.tap("item/organisation/st-deventer-roemenie"));
    REQUIRE(ui.state().open->id == "st-deventer-roemenie");
    CHECK(ui.visible("back"));
    CHECK(ui.visible("home"));

    REQUIRE(ui.tap("back"));
    REQUIRE(ui.state().open);
    CHECK(ui.state().open->id == "RO");
    REQUIRE(ui.tap("back"));
    REQUIRE(ui.state().open);
    CHECK(ui.state().open->id == "sibiu");

    REQUIRE(ui.scroll_into_view("item/country/RO"));
    REQUIRE(ui.tap("item/country/RO"));
    REQUIRE(ui.tap("home"));
    CHECK_FALSE(ui.state().open);
    CHECK(ui.state().back_stack.empty());
    CHECK(ui.visible("item/place/sibiu"));
    // Home puts the map back on Europe and Africa, as the home screen starts.
    kiosk::MapCamera expected = ui.state().camera;
    expected.show_europe_africa();
    CHECK(ui.state().camera.center_x == Approx(expected.center_x));
    CHECK(ui.state().camera.center_y == Approx(expected.center_y));
    CHECK(ui.state().camera.scale_px == Approx(expected.scale_px));
  }
}

// Regression test (was a bug): each item's page is an ImGui child window named after the item, and ImGui
// keeps a child's scroll position. Back returns to the previous page scrolled where the visitor
// left it, and Back and Home, at the top of the page's scrolling content, are out of view. (The
// same holds for any page opened a second time in a visit.)
TEST_CASE("coming Back to a page the visitor had scrolled shows Back and Home") {
  UiHarness ui(1920, 1080);
  REQUIRE(ui.tap("start"));
  REQUIRE(ui.tap("tab/organisations"));
  REQUIRE(ui.tap("item/programme/hanze"));
  REQUIRE(ui.scroll_into_view("item/event/hanzedagen-2021-riga"));
  REQUIRE(ui.tap("item/event/hanzedagen-2021-riga"));
  REQUIRE(ui.tap("back"));
  REQUIRE(ui.state().open->id == "hanze");
  CHECK(ui.visible("back"));
  CHECK(ui.visible("home"));
}

TEST_CASE("on a long page, Back and Home stay in view while the text scrolls") {
  UiHarness ui(1080, 1920);
  REQUIRE(ui.tap("start"));
  REQUIRE(ui.tap("tab/organisations"));
  REQUIRE(ui.tap("item/programme/kleurrijk-deventer"));
  REQUIRE(ui.visible("back"));
  auto last = ui.targets();
  std::string bottom;
  for (const auto& t : last)
    if (t.id.rfind("item/", 0) == 0) bottom = t.id;
  REQUIRE_FALSE(bottom.empty());
  REQUIRE(ui.scroll_into_view(bottom));
  CHECK(ui.visible("back"));
  CHECK(ui.visible("home"));
}
