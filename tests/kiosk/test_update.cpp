// Navigation and idle rules through update(state, action), with time as Tick actions.
#include <catch2/catch.hpp>

#include "kiosk/logic/update.hpp"

using namespace kiosk;
using content::ItemKind;
using content::ItemRef;
using content::Lang;

namespace {

State run(State s, std::initializer_list<Action> actions) {
  for (const auto& a : actions) s = update(std::move(s), a);
  return s;
}

const ItemRef sibiu{ItemKind::place, "sibiu"};
const ItemRef romania{ItemKind::country, "RO"};

}  // namespace

TEST_CASE("a touch on the attract screen goes home") {
  State s = run({}, {StartRequested{}});
  CHECK(s.screen == Screen::home);
  CHECK_FALSE(s.open);
}

TEST_CASE("opening items builds a trail that Back walks and Home clears") {
  State s = run({}, {StartRequested{}, ItemOpened{sibiu}, ItemOpened{romania}});
  CHECK(*s.open == romania);
  s = update(s, BackRequested{});
  CHECK(*s.open == sibiu);
  s = update(s, BackRequested{});
  CHECK_FALSE(s.open);
  s = run(s, {ItemOpened{sibiu}, ItemOpened{romania}, HomeRequested{}});
  CHECK_FALSE(s.open);
  CHECK(s.back_stack.empty());
}

TEST_CASE("opening the item already open does not grow the trail") {
  State s = run({}, {ItemOpened{sibiu}, ItemOpened{sibiu}});
  CHECK(s.back_stack.empty());
}

TEST_CASE("choosing a tab shows its list") {
  State s = run({}, {ItemOpened{sibiu}, TabSelected{Tab::goals}});
  CHECK(s.tab == Tab::goals);
  CHECK_FALSE(s.open);
}

TEST_CASE("the language can change at any time and stays until the visitor leaves") {
  State s = run({}, {StartRequested{}, LanguageSelected{Lang::de}, ItemOpened{sibiu}});
  CHECK(s.lang == Lang::de);
}

TEST_CASE("after the idle time the kiosk resets itself for the next visitor") {
  State s;
  s.timing.idle_reset_ms = 90'000;
  s = run(s, {Tick{1'000}, StartRequested{}, LanguageSelected{Lang::en}, ItemOpened{sibiu}, Tick{90'999}});
  CHECK(s.screen == Screen::home);  // 89.999 s after the last touch
  s = update(s, Tick{91'000});
  CHECK(s.screen == Screen::attract);
  CHECK(s.lang == Lang::nl);
  CHECK_FALSE(s.open);
  CHECK(s.back_stack.empty());
}

TEST_CASE("every touch restarts the idle time") {
  State s = run({}, {Tick{0}, StartRequested{}, Tick{80'000}, MapDragged{5, 5}, Tick{160'000}});
  CHECK(s.screen == Screen::home);
  s = update(s, Tick{170'000});
  CHECK(s.screen == Screen::attract);
}

TEST_CASE("the first map viewport places the camera on Europe and Africa") {
  State s = run({}, {MapViewportChanged{0, 100, 1200, 900}});
  CHECK(s.camera_placed);
  float scale = s.camera.scale_px;
  s = update(s, MapDragged{100, 0});
  s = update(s, MapViewportChanged{0, 100, 1200, 900});
  CHECK(s.camera.scale_px == scale);  // not placed again: the visitor's pan stays
}
