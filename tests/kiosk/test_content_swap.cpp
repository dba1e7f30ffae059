// New content is swapped in only between touches, and the visitor never lands on an item that is
// gone: ContentReplaced and may_replace_content() through the pure update.
#include <catch2/catch.hpp>

#include "kiosk/logic/update.hpp"

using namespace kiosk;
using content::ItemKind;
using content::ItemRef;

namespace {

State run(State s, std::initializer_list<Action> actions) {
  for (const auto& a : actions) s = update(std::move(s), a);
  return s;
}

const ItemRef sibiu{ItemKind::place, "sibiu"};
const ItemRef romania{ItemKind::country, "RO"};
const ItemRef foundation{ItemKind::organisation, "st-voorbeeld"};

// Content with the places, countries and organisations named; everything else empty.
std::shared_ptr<const content::Snapshot> snapshot_with(std::vector<std::string> places,
                                                       std::vector<std::string> countries,
                                                       std::vector<std::string> organisations) {
  content::Content c;
  for (auto& id : countries) c.countries.emplace_back().id = id;
  for (auto& id : places) c.places.emplace_back().id = id;
  for (auto& id : organisations) c.organisations.emplace_back().id = id;
  return std::make_shared<const content::Snapshot>(std::move(c), content::ContentState{1, "feed", "", ""});
}

}  // namespace

TEST_CASE("new content that still has the open item leaves the visitor where they are") {
  State s = run({}, {Tick{0}, StartRequested{}, ItemOpened{sibiu}, ItemOpened{romania}});
  s = update(s, ContentReplaced{snapshot_with({"sibiu"}, {"RO"}, {})});
  CHECK(s.screen == Screen::home);
  REQUIRE(s.open);
  CHECK(*s.open == romania);
  CHECK(s.back_stack == std::vector{sibiu});
}

TEST_CASE("when the open item is gone from the new content, the tab's list shows instead of an empty page") {
  State s = run(
      {}, {Tick{0}, StartRequested{}, TabSelected{Tab::organisations}, ItemOpened{romania}, ItemOpened{foundation}});
  s = update(s, ContentReplaced{snapshot_with({}, {"RO"}, {"another"})});
  CHECK(s.screen == Screen::home);
  CHECK(s.tab == Tab::organisations);
  CHECK_FALSE(s.open);
  CHECK(s.back_stack.empty());
}

TEST_CASE("the search the visitor came from shows again when the item they opened from it is gone") {
  State s = run({}, {Tick{0}, StartRequested{}, SearchOpened{}, SearchTextChanged{"voorb"}, ItemOpened{foundation}});
  s = update(s, ContentReplaced{snapshot_with({}, {}, {})});
  CHECK_FALSE(s.open);
  CHECK(s.search_open);
  CHECK(s.search_query == "voorb");
}

TEST_CASE("Back skips items the new content no longer has") {
  State s = run({}, {Tick{0}, StartRequested{}, ItemOpened{romania}, ItemOpened{sibiu}, ItemOpened{romania},
                     ItemOpened{foundation}});
  REQUIRE(s.back_stack == std::vector{romania, sibiu, romania});
  s = update(s, ContentReplaced{snapshot_with({}, {"RO"}, {"st-voorbeeld"})});
  CHECK(*s.open == foundation);
  CHECK(s.back_stack == std::vector{romania});  // not Romania twice in a row
  s = update(s, BackRequested{});
  CHECK(*s.open == romania);
}

TEST_CASE("new content is not a touch: the idle countdown and the return to the attract screen run on") {
  State s = run({}, {Tick{0}, StartRequested{}, ItemOpened{sibiu}, Tick{95'000}});
  REQUIRE(idle_countdown_s(s));
  s = update(s, ContentReplaced{snapshot_with({"sibiu"}, {}, {})});
  CHECK(s.last_input_ms == 0);
  CHECK(idle_countdown_s(s));
  s = update(s, Tick{105'000});
  CHECK(s.screen == Screen::attract);
}

TEST_CASE("new content is swapped in only between touches, with nothing moving") {
  State s = run({}, {Tick{0}, StartRequested{}, MapViewportChanged{0, 0, 1200, 900}});
  CHECK(may_replace_content(s, {}));
  CHECK_FALSE(may_replace_content(s, {.pointer_down = true}));
  CHECK_FALSE(may_replace_content(s, {.list_scrolling = true}));

  State flung = run(s, {MapFlung{-2000, 0}, Tick{16}});
  CHECK_FALSE(may_replace_content(flung, {}));
  for (int64_t t = 32; t < 3000; t += 16) flung = update(flung, Tick{t});
  CHECK(may_replace_content(flung, {}));  // the fling has died down

  auto target = content::project_equal_earth(45.8, 24.15);
  content::MapRect area{target.x - 0.07f, target.y - 0.07f, target.x + 0.07f, target.y + 0.07f};
  State flying = run(s, {ItemOpened{sibiu, area}, Tick{100}});
  CHECK_FALSE(may_replace_content(flying, {}));
  flying = update(flying, Tick{100 + camera_flight_ms});
  CHECK(may_replace_content(flying, {}));
}

TEST_CASE("on the attract screen new content is swapped in whenever no finger is down") {
  State s = run({}, {Tick{0}});
  REQUIRE(s.screen == Screen::attract);
  CHECK(may_replace_content(s, {}));
  CHECK_FALSE(may_replace_content(s, {.pointer_down = true}));
}
