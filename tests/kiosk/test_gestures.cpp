// Gestures from scripted pointer streams: tap, double tap, long press, drag, fling, pinch.
#include <catch2/catch.hpp>

#include "kiosk/logic/gestures.hpp"

using kiosk::Gesture;
using kiosk::GestureRecogniser;
using kiosk::PointerEvent;
using T = PointerEvent::Type;
using G = Gesture::Type;

namespace {

std::vector<G> types(const std::vector<Gesture>& gs) {
  std::vector<G> out;
  for (const auto& g : gs) out.push_back(g.type);
  return out;
}

}  // namespace

TEST_CASE("a press and release in place is a tap") {
  GestureRecogniser g;
  CHECK(g.feed({T::down, 1, 100, 100, 0}).empty());
  CHECK(g.feed({T::move, 1, 105, 103, 10}).empty());  // within the slop
  auto out = g.feed({T::up, 1, 105, 103, 20});
  REQUIRE(types(out) == std::vector<G>{G::tap});
  CHECK(out[0].x == 100);
  CHECK(out[0].y == 100);
}

TEST_CASE("moving past the slop starts a drag, and its release is no tap") {
  GestureRecogniser g;
  g.feed({T::down, 1, 100, 100, 0});
  auto start = g.feed({T::move, 1, 120, 100, 10});
  REQUIRE(types(start) == std::vector<G>{G::drag_started});
  CHECK(start[0].dx == 20);
  auto moved = g.feed({T::move, 1, 130, 110, 400});
  REQUIRE(types(moved) == std::vector<G>{G::dragged});
  CHECK(moved[0].dx == 10);
  CHECK(moved[0].dy == 10);
  auto end = g.feed({T::up, 1, 130, 110, 900});
  REQUIRE(types(end) == std::vector<G>{G::drag_ended});
  CHECK(end[0].velocity_x == 0);  // held still before letting go: no fling
  CHECK_FALSE(g.dragging());
}

TEST_CASE("a fast release is a fling with the finger's speed") {
  GestureRecogniser g;
  g.feed({T::down, 1, 500, 300, 0});
  for (int i = 1; i <= 10; ++i) g.feed({T::move, 1, 500.0f - 20 * i, 300, 10 * i});  // 2000 px/s to the left
  auto end = g.feed({T::up, 1, 300, 300, 110});
  REQUIRE(types(end) == std::vector<G>{G::drag_ended});
  CHECK(end[0].velocity_x == Approx(-2000).epsilon(0.1));
  CHECK(end[0].velocity_y == 0);
}

TEST_CASE("two quick taps in one place are a double tap") {
  GestureRecogniser g;
  g.feed({T::down, 1, 100, 100, 0});
  CHECK(types(g.feed({T::up, 1, 100, 100, 50})) == std::vector<G>{G::tap});
  g.feed({T::down, 2, 110, 105, 200});
  CHECK(types(g.feed({T::up, 2, 110, 105, 250})) == std::vector<G>{G::tap, G::double_tap});
  // A third tap starts afresh.
  g.feed({T::down, 3, 110, 105, 300});
  CHECK(types(g.feed({T::up, 3, 110, 105, 350})) == std::vector<G>{G::tap});
}

TEST_CASE("taps too far apart in time or place are not a double tap") {
  GestureRecogniser g;
  g.feed({T::down, 1, 100, 100, 0});
  g.feed({T::up, 1, 100, 100, 50});
  g.feed({T::down, 1, 100, 100, 500});
  CHECK(types(g.feed({T::up, 1, 100, 100, 550})) == std::vector<G>{G::tap});
  g.feed({T::down, 1, 300, 100, 600});
  CHECK(types(g.feed({T::up, 1, 300, 100, 650})) == std::vector<G>{G::tap});
}

TEST_CASE("holding still is a long press, and then no tap") {
  GestureRecogniser g;
  g.feed({T::down, 1, 10, 10, 0});
  CHECK_FALSE(g.poll(799));
  auto lp = g.poll(800);
  REQUIRE(lp);
  CHECK(lp->type == G::long_press);
  CHECK_FALSE(g.poll(900));  // once
  CHECK(g.feed({T::up, 1, 10, 10, 1000}).empty());
}

TEST_CASE("a drag never becomes a long press") {
  GestureRecogniser g;
  g.feed({T::down, 1, 10, 10, 0});
  g.feed({T::move, 1, 60, 10, 100});
  CHECK_FALSE(g.poll(2000));
}

TEST_CASE("two fingers pinch: the scale follows their distance, the centre their midpoint") {
  GestureRecogniser g;
  g.feed({T::down, 1, 100, 100, 0});
  g.feed({T::down, 2, 200, 100, 10});
  CHECK(g.pinching());
  auto out = g.feed({T::move, 2, 300, 100, 20});  // distance 100 → 200
  REQUIRE(types(out) == std::vector<G>{G::pinched});
  CHECK(out[0].scale == Approx(2));
  CHECK(out[0].x == 200);
  CHECK(out[0].dx == 50);
  // Letting go ends the pinch with neither tap nor fling.
  CHECK(g.feed({T::up, 2, 300, 100, 30}).empty());
  auto end = g.feed({T::up, 1, 100, 100, 40});
  CHECK(types(end).empty());
}

TEST_CASE("a cancelled touch is neither tap nor drag") {
  GestureRecogniser g;
  g.feed({T::down, 1, 100, 100, 0});
  CHECK(g.feed({T::cancel, 1, 100, 100, 5}).empty());
  CHECK_FALSE(g.pointer_down());
}
