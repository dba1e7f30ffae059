// DESIGN §2: a visitor reaches any item in at most three taps from the home screen. Each path
// is tapped by control name, as a visitor would: a tab, then the item's row (or a linked row in an
// item's detail). Long lists scroll by dragging; a drag is not a tap, so drags are counted apart
// and reported, and the tap budget holds for taps alone.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "ui_harness.hpp"

using content::ItemKind;
using kiosk_ui::UiHarness;

namespace {

struct Path {
  std::string tab;                 // "tab/organisations"
  std::vector<std::string> steps;  // control names to tap after the tab, the last one opens the item
};

std::string row(ItemKind kind, const std::string& id) { return "item/" + std::string(content::kind_name(kind)) + "/" + id; }

// From a fresh home screen, taps the path and returns the taps it took; drags go to `drags`.
int reach(UiHarness& ui, const Path& path, const content::ItemRef& item, int& drags) {
  ui.reset_counts();
  REQUIRE(ui.tap(path.tab));
  for (const auto& step : path.steps) {
    REQUIRE(ui.scroll_into_view(step));
    REQUIRE(ui.tap(step));
  }
  REQUIRE(ui.state().open);
  CHECK(ui.state().open->kind == item.kind);
  CHECK(ui.state().open->id == item.id);
  drags = ui.drags();
  return ui.taps();
}

// Back to the home screen as the next visitor finds it: the idle reset, then a tap to start.
void next_visitor(UiHarness& ui) {
  ui.advance_ms(ui.state().timing.idle_warning_ms + ui.state().timing.idle_countdown_ms + 1000);
  REQUIRE(ui.state().screen == kiosk::Screen::attract);
  REQUIRE(ui.tap("start"));
}

// Every item of one kind through its tab, each from a fresh home screen.
void every_item_in_three_taps(int w, int h, const std::string& tab, const std::vector<content::ItemRef>& items) {
  UiHarness ui(w, h);
  REQUIRE(ui.tap("start"));
  int most_drags = 0;
  for (const auto& item : items) {
    INFO(w << "x" << h << ": " << row(item.kind, item.id));
    int drags = 0;
    int taps = reach(ui, {tab, {row(item.kind, item.id)}}, item, drags);
    CHECK(taps <= 3);
    most_drags = std::max(most_drags, drags);
    next_visitor(ui);
  }
  WARN(w << "x" << h << " " << tab << ": " << items.size() << " items, each in 2 taps, at most " << most_drags
         << " scrolling drags");
}

template <class Items, class Id>
std::vector<content::ItemRef> refs(ItemKind kind, const Items& items, Id id) {
  std::vector<content::ItemRef> out;
  for (const auto& x : items) out.push_back({kind, id(x)});
  return out;
}

const content::Content& default_content() {
  static UiHarness ui(800, 600);  // only for its snapshot of the default content
  return ui.snapshot().content();
}

}  // namespace

TEST_CASE("every place is two taps from the home screen: the Places tab, then its row") {
  const auto& c = default_content();
  auto items = refs(ItemKind::place, c.places, [](const auto& p) { return p.id; });
  REQUIRE(items.size() >= 9);
  for (auto [w, h] : {std::pair{1920, 1080}, {1080, 1920}}) every_item_in_three_taps(w, h, "tab/places", items);
}

TEST_CASE("every country is two taps from the home screen: the Places tab, then its row") {
  const auto& c = default_content();
  auto items = refs(ItemKind::country, c.countries, [](const auto& x) { return x.id; });
  REQUIRE(items.size() >= 12);
  for (auto [w, h] : {std::pair{1920, 1080}, {1080, 1920}}) every_item_in_three_taps(w, h, "tab/places", items);
}

TEST_CASE("every organisation is two taps from the home screen: the Organisations tab, then its row") {
  const auto& c = default_content();
  auto items = refs(ItemKind::organisation, c.organisations, [](const auto& o) { return o.id; });
  REQUIRE(items.size() == 34);
  for (auto [w, h] : {std::pair{1920, 1080}, {1080, 1920}}) every_item_in_three_taps(w, h, "tab/organisations", items);
}

TEST_CASE("every programme and network is two taps from the home screen: the Organisations tab, then its row") {
  const auto& c = default_content();
  auto items = refs(ItemKind::programme, c.programmes, [](const auto& p) { return p.id; });
  auto networks = refs(ItemKind::network, c.networks, [](const auto& n) { return n.id; });
  items.insert(items.end(), networks.begin(), networks.end());
  REQUIRE(items.size() >= 11);
  for (auto [w, h] : {std::pair{1920, 1080}, {1080, 1920}}) every_item_in_three_taps(w, h, "tab/organisations", items);
}

TEST_CASE("every event is two taps from the home screen: the Events tab, then its row") {
  const auto& c = default_content();
  auto items = refs(ItemKind::event, c.events, [](const auto& e) { return e.id; });
  REQUIRE(items.size() >= 13);
  for (auto [w, h] : {std::pair{1920, 1080}, {1080, 1920}}) every_item_in_three_taps(w, h, "tab/events", items);
}

TEST_CASE("every Global Goal is two taps from the home screen: the Goals tab, then its row") {
  const auto& c = default_content();
  auto items = refs(ItemKind::goal, c.goals, [](const auto& g) { return std::to_string(g.number); });
  REQUIRE(items.size() == 17);
  for (auto [w, h] : {std::pair{1920, 1080}, {1080, 1920}}) every_item_in_three_taps(w, h, "tab/goals", items);
}

TEST_CASE("linked items are the third tap: a tab, an item, then a row or goal chip in its detail") {
  struct Case {
    Path path;
    content::ItemRef item;
  };
  const Case cases[] = {
      {{"tab/places", {"item/place/sibiu", "item/country/RO"}}, {ItemKind::country, "RO"}},
      {{"tab/organisations", {"item/programme/hanze", "item/place/riga"}}, {ItemKind::place, "riga"}},
      {{"tab/organisations", {"item/programme/deventer4globalgoals", "goal/17"}}, {ItemKind::goal, "17"}},
      {{"tab/goals", {"item/goal/16", "item/programme/shelter-city"}}, {ItemKind::programme, "shelter-city"}},
      {{"tab/events", {"item/event/hanzedagen-2021-riga", "item/place/riga"}}, {ItemKind::place, "riga"}},
      {{"tab/places", {"item/place/bukomansimbi", "item/programme/samenwerking-bukomansimbi"}},
       {ItemKind::programme, "samenwerking-bukomansimbi"}},
  };
  for (auto [w, h] : {std::pair{1920, 1080}, {1080, 1920}}) {
    UiHarness ui(w, h);
    REQUIRE(ui.tap("start"));
    for (const auto& c : cases) {
      INFO(w << "x" << h << ": " << c.path.tab << " → " << c.path.steps[0] << " → " << c.path.steps[1]);
      int drags = 0;
      CHECK(reach(ui, c.path, c.item, drags) == 3);
      next_visitor(ui);
    }
  }
}
