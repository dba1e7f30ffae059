// Pinch, fling and double tap reach the map only on the map, and only with no overlay above it.
#include <catch2/catch.hpp>

#include "kiosk/logic/map_input.hpp"
#include "kiosk/logic/update.hpp"

using namespace kiosk;
using G = Gesture::Type;

namespace {

State home() {
  State s;
  for (Action a : {Action{Tick{0}}, Action{StartRequested{}}, Action{MapViewportChanged{0, 100, 1000, 800}}})
    s = update(s, a);
  return s;
}

Gesture gesture(G type, float x, float y) {
  Gesture g{type, x, y};
  g.start_x = x;
  g.start_y = y;
  return g;
}

}  // namespace

TEST_CASE("a pinch on the map zooms about its centre and pans with it") {
  State s = home();
  Gesture g = gesture(G::pinched, 500, 500);
  g.scale = 1.5f;
  g.dx = 4;
  auto actions = map_actions(s, g);
  REQUIRE(actions.size() == 2);
  CHECK(std::get<MapZoomed>(actions[0]).factor == 1.5f);
  CHECK(std::get<MapZoomed>(actions[0]).anchor.x == 500);
  CHECK(std::get<MapDragged>(actions[1]).dx_px == 4);
}

TEST_CASE("a fast drag that started on the map flings it; a slow one does not") {
  State s = home();
  Gesture g = gesture(G::drag_ended, 900, 500);
  g.start_x = 500;
  g.velocity_x = 1500;
  auto actions = map_actions(s, g);
  REQUIRE(actions.size() == 1);
  CHECK(std::get<MapFlung>(actions[0]).velocity_x_px_s == 1500);
  g.velocity_x = 0;
  CHECK(map_actions(s, g).empty());
}

TEST_CASE("a double tap on the map zooms in there") {
  auto actions = map_actions(home(), gesture(G::double_tap, 300, 400));
  REQUIRE(actions.size() == 1);
  CHECK(std::get<MapZoomed>(actions[0]).factor == double_tap_zoom);
}

TEST_CASE("gestures outside the map, on the attract screen or under an overlay leave the map alone") {
  State s = home();
  CHECK(map_actions(s, gesture(G::double_tap, 1500, 400)).empty());  // the panel
  CHECK(map_actions(s, gesture(G::double_tap, 300, 50)).empty());    // the top bar
  State menu = update(s, AccessibilityMenuToggled{});
  CHECK(map_actions(menu, gesture(G::double_tap, 300, 400)).empty());
  State idle = update(s, Tick{95'000});
  CHECK(map_actions(idle, gesture(G::double_tap, 300, 400)).empty());
  State attract;
  CHECK(map_actions(attract, gesture(G::double_tap, 300, 400)).empty());
}

TEST_CASE("a finger on a moving map stops it") {
  State s = update(home(), MapZoomed{3, {500, 500}});
  s = update(s, MapFlung{-2000, 0});
  auto actions = map_actions_for_down(s, {PointerEvent::Type::down, 1, 500, 500, 0});
  REQUIRE(actions.size() == 1);
  CHECK(std::holds_alternative<MapTouched>(actions[0]));
  CHECK(map_actions_for_down(home(), {PointerEvent::Type::down, 1, 500, 500, 0}).empty());
}
