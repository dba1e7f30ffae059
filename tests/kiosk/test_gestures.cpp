// Tap versus drag from scripted pointer streams.
#include <catch2/catch.hpp>

#include "kiosk/logic/gestures.hpp"

using kiosk::Gesture;
using kiosk::GestureRecogniser;
using kiosk::PointerEvent;
using T = PointerEvent::Type;

TEST_CASE("a press and release in place is a tap") {
  GestureRecogniser g(12);
  CHECK_FALSE(g.feed({T::down, 1, 100, 100, 0}));
  CHECK_FALSE(g.feed({T::move, 1, 105, 103, 10}));  // within the slop
  auto tap = g.feed({T::up, 1, 105, 103, 20});
  REQUIRE(tap);
  CHECK(tap->type == Gesture::Type::tap);
  CHECK(tap->x == 100);
  CHECK(tap->y == 100);
}

TEST_CASE("moving past the slop starts a drag, and its release is no tap") {
  GestureRecogniser g(12);
  g.feed({T::down, 1, 100, 100, 0});
  auto start = g.feed({T::move, 1, 120, 100, 10});
  REQUIRE(start);
  CHECK(start->type == Gesture::Type::drag_started);
  CHECK(start->dx == 20);
  auto moved = g.feed({T::move, 1, 130, 110, 20});
  REQUIRE(moved);
  CHECK(moved->type == Gesture::Type::dragged);
  CHECK(moved->dx == 10);
  CHECK(moved->dy == 10);
  auto end = g.feed({T::up, 1, 130, 110, 30});
  REQUIRE(end);
  CHECK(end->type == Gesture::Type::drag_ended);
  CHECK_FALSE(g.dragging());
}

TEST_CASE("a second finger does not disturb the first") {
  GestureRecogniser g(12);
  g.feed({T::down, 1, 100, 100, 0});
  CHECK_FALSE(g.feed({T::down, 2, 300, 300, 5}));
  CHECK_FALSE(g.feed({T::move, 2, 400, 400, 6}));
  CHECK_FALSE(g.feed({T::up, 2, 400, 400, 7}));
  auto tap = g.feed({T::up, 1, 100, 100, 8});
  REQUIRE(tap);
  CHECK(tap->type == Gesture::Type::tap);
}

TEST_CASE("a cancelled touch is neither tap nor drag") {
  GestureRecogniser g(12);
  g.feed({T::down, 1, 100, 100, 0});
  CHECK_FALSE(g.feed({T::cancel, 1, 100, 100, 5}));
  CHECK_FALSE(g.pointer_down());
}
