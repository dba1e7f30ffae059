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

TEST_CASE("after the idle time a countdown runs, then the kiosk resets itself for the next visitor") {
  State s;
  s.timing.idle_warning_ms = 90'000;
  s.timing.idle_countdown_ms = 15'000;
  s = run(s, {Tick{1'000}, StartRequested{}, LanguageSelected{Lang::en}, ItemOpened{sibiu}, SearchOpened{},
              AccessibilityChanged{{true, true, true}}, Tick{90'999}});
  CHECK_FALSE(idle_countdown_s(s));  // 89.999 s after the last touch
  s = update(s, Tick{91'000});
  REQUIRE(idle_countdown_s(s));
  CHECK(*idle_countdown_s(s) == 15);
  s = update(s, Tick{101'500});
  CHECK(*idle_countdown_s(s) == 5);
  CHECK(s.screen == Screen::home);
  s = update(s, Tick{106'000});
  CHECK(s.screen == Screen::attract);
  CHECK(s.lang == Lang::nl);
  CHECK_FALSE(s.open);
  CHECK(s.back_stack.empty());
  CHECK_FALSE(s.search_open);
  CHECK(s.accessibility == Accessibility{});
  CHECK_FALSE(idle_countdown_s(s));
}

TEST_CASE("a touch during the countdown keeps the visitor's place") {
  State s = run({}, {Tick{0}, StartRequested{}, ItemOpened{sibiu}, Tick{95'000}});
  REQUIRE(idle_countdown_s(s));
  s = run(s, {StillHere{}, Tick{100'000}});
  CHECK_FALSE(idle_countdown_s(s));
  CHECK(*s.open == sibiu);
}

TEST_CASE("every touch restarts the idle time") {
  State s = run({}, {Tick{0}, StartRequested{}, Tick{80'000}, MapDragged{5, 5}, Tick{180'000}});
  CHECK(s.screen == Screen::home);
  s = update(s, Tick{185'000});
  CHECK(s.screen == Screen::attract);
}

TEST_CASE("frames are due only when something changes by itself") {
  State s = run({}, {Tick{1'000}});
  CHECK(next_frame_due_ms(s) == 2'000);  // the attract screen drifts every 2 s
  s = run(s, {StartRequested{}, Tick{1'500}});
  CHECK(next_frame_due_ms(s) == 1'500 + 90'000 - 500);  // nothing until the idle warning
  s = update(s, Tick{92'000});
  CHECK(next_frame_due_ms(s) == 93'000);  // the countdown's next second
}

TEST_CASE("search opens empty, keeps what is typed, and bounds its length") {
  State s = run({}, {StartRequested{}, ItemOpened{sibiu}, SearchOpened{}, SearchTextChanged{"osna"}});
  CHECK(s.search_open);
  CHECK_FALSE(s.open);
  CHECK(s.search_query == "osna");
  s = update(s, SearchTextChanged{std::string(63, 'a') + "\xC3\xA9"});  // 65 bytes, é at the cut
  CHECK(s.search_query == std::string(63, 'a'));
  s = run(s, {SearchClosed{}});
  CHECK_FALSE(s.search_open);
  s = run(s, {SearchOpened{}});
  CHECK(s.search_query.empty());
}

TEST_CASE("a fling keeps the map moving, slowing down until it stops") {
  State s = run({}, {Tick{0}, MapViewportChanged{0, 0, 1200, 900}, MapZoomed{4, {600, 450}}});
  float x0 = s.camera.center_x;
  s = run(s, {MapFlung{-2000, 0}, Tick{16}});
  CHECK(is_animating(s));
  float x1 = s.camera.center_x;
  CHECK(x1 > x0);  // dragging left moves the view east
  for (int64_t t = 32; t < 3000; t += 16) s = update(s, Tick{t});
  CHECK_FALSE(is_animating(s));
  float x2 = s.camera.center_x;
  s = update(s, Tick{3100});
  CHECK(s.camera.center_x == x2);
}

TEST_CASE("a touch on the map stops a fling") {
  State s = run({}, {Tick{0}, MapViewportChanged{0, 0, 1200, 900}, MapZoomed{4, {600, 450}}, MapFlung{-2000, 0},
                     Tick{16}, MapTouched{}});
  CHECK_FALSE(is_animating(s));
}

TEST_CASE("opening an item with a place flies the map there") {
  auto target = content::project_equal_earth(45.8, 24.15);
  content::MapRect area{target.x - 0.07f, target.y - 0.07f, target.x + 0.07f, target.y + 0.07f};
  State s = run({}, {Tick{0}, MapViewportChanged{0, 0, 1200, 900}, ItemOpened{sibiu, area}});
  CHECK(is_animating(s));
  s = update(s, Tick{camera_flight_ms / 2});
  CHECK(is_animating(s));
  s = update(s, Tick{camera_flight_ms});
  CHECK_FALSE(is_animating(s));
  CHECK(s.camera.center_x == Approx(target.x).margin(1e-4));
  CHECK(s.camera.center_y == Approx(target.y).margin(1e-4));
  CHECK(s.camera.scale_px == Approx(900 / 0.14f));  // the area fills the view's height
}

TEST_CASE("the accessibility menu opens and its choices apply") {
  State s = run({}, {AccessibilityMenuToggled{}});
  CHECK(s.accessibility_menu_open);
  s = run(s, {AccessibilityChanged{{true, false, true}}, AccessibilityMenuToggled{}});
  CHECK_FALSE(s.accessibility_menu_open);
  CHECK(s.accessibility.large_text);
  CHECK(s.accessibility.low_reach);
}

TEST_CASE("the first map viewport places the camera on Europe and Africa") {
  State s = run({}, {MapViewportChanged{0, 100, 1200, 900}});
  CHECK(s.camera_placed);
  float scale = s.camera.scale_px;
  s = update(s, MapDragged{100, 0});
  s = update(s, MapViewportChanged{0, 100, 1200, 900});
  CHECK(s.camera.scale_px == scale);  // not placed again: the visitor's pan stays
}
