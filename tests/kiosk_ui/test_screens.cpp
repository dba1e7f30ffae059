// Screenshots of the main screens in both orientations, rendered by the harness (SDL's software
// renderer, offscreen), saved in the build directory (tests/kiosk_ui_screens/) for people to
// look at; each also checks a few pixels that say the screen is the one it should be.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "ui_harness.hpp"

using kiosk_ui::UiHarness;

namespace {

struct Screen {
  std::string name;
  std::vector<std::string> taps;  // after "start"
};

const Screen screens[] = {
    {"home", {}},
    {"place-sibiu", {"tab/places", "item/place/sibiu"}},
    {"organisation-st-deventer-roemenie", {"tab/organisations", "item/organisation/st-deventer-roemenie"}},
    {"goal-5", {"tab/goals", "item/goal/5"}},
    {"event-hanzedagen-2021-riga", {"tab/events", "item/event/hanzedagen-2021-riga"}},
};

}  // namespace

TEST_CASE("the main screens render in landscape and portrait and are saved as PNG") {
  for (auto [w, h] : {std::pair{1920, 1080}, {1080, 1920}}) {
    for (const auto& s : screens) {
      INFO(w << "x" << h << " " << s.name);
      UiHarness ui(w, h);
      if (s.name == "home") ui.save_png(kiosk_ui::output_path("attract-" + std::to_string(w) + "x" + std::to_string(h) + ".png"));
      REQUIRE(ui.tap("start"));
      for (const auto& id : s.taps) {
        REQUIRE(ui.scroll_into_view(id));
        REQUIRE(ui.tap(id));
      }
      CHECK(ui.state().open.has_value() == !s.taps.empty());
      // The bar is the accent colour; the panel's first tab is drawn where its control is.
      CHECK(ui.pixel(4, 4) == kiosk_ui::rgb(ui.theme().accent));
      auto tab = ui.find("tab/places");
      REQUIRE(tab);
      uint32_t tab_colour = ui.pixel(tab->x + 4, tab->y + tab->h * 0.5f);
      CHECK(tab_colour == kiosk_ui::rgb(s.taps.empty() ? ui.theme().accent : ui.theme().button));
      std::string path = kiosk_ui::output_path(s.name + "-" + std::to_string(w) + "x" + std::to_string(h) + ".png");
      REQUIRE(ui.save_png(path));
      CHECK(std::filesystem::file_size(path) > 20'000);
    }
  }
}
