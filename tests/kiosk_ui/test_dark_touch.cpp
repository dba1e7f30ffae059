// The dark screen outside the opening hours, touched: the finger events as the platform gets
// them, through kiosk::dark_touch (what the main loop calls while dark).
#include <catch2/catch.hpp>

#include "kiosk/logic/admin.hpp"
#include "kiosk/logic/update.hpp"
#include "kiosk/platform/dark_input.hpp"

using namespace kiosk;

namespace {

// Admin enabled, open 09:00-17:00, and 20:00 now: dark.
State dark_kiosk(bool wake_on_touch) {
  State s;
  s.admin = admin_setup(true, 1920, 1080, 0);
  s.timing.idle_warning_ms = 90'000;
  s.timing.idle_countdown_ms = 15'000;
  OpeningHours h;
  for (auto& d : h.weekly) d = {{9 * 60, 17 * 60}};
  h.wake_on_touch = wake_on_touch;
  s.wall.hours = h;
  s.wall.build_s = 1'795'910'400;
  s = update(std::move(s), WallClockRead{1'795'910'400 + 2 * 86'400 + 20 * 3600, LocalTime{20261201, 20 * 60, 1}});
  s = update(std::move(s), Tick{100'000});
  return s;
}

// A finger held still at (x, y) from t0 for held_ms, the main loop polling every 50 ms.
State hold(State s, PointerInput& input, float x, float y, int64_t t0, int64_t held_ms) {
  input.push({PointerEvent::Type::down, 7, x, y, t0});
  s = dark_touch(std::move(s), input);
  for (int64_t t = t0 + 50; t <= t0 + held_ms && is_dark(s); t += 50) {
    if (input.touching()) input.poll_long_press(t);
    s = dark_touch(std::move(s), input);
  }
  if (is_dark(s)) {
    input.push({PointerEvent::Type::up, 7, x, y, t0 + held_ms});
    s = dark_touch(std::move(s), input);
  }
  return s;
}

}  // namespace

TEST_CASE("dark without wake_on_touch: a long press in the admin corner opens the PIN pad") {
  State s = dark_kiosk(false);
  REQUIRE(is_dark(s));
  PointerInput input;
  s = hold(std::move(s), input, 10, 10, 100'000, 1'500);
  CHECK_FALSE(is_dark(s));
  CHECK(s.admin.screen == AdminScreen::pin);
  CHECK_FALSE(input.touching());  // the finger that opened it presses nothing on the pad
  // The pad times out and the screen goes dark again.
  s = update(std::move(s), Tick{100'000 + 1'500 + 31'000});
  CHECK(s.admin.screen == AdminScreen::closed);
  CHECK(is_dark(s));
}

TEST_CASE("dark without wake_on_touch: taps and long presses elsewhere change nothing") {
  State s = dark_kiosk(false);
  PointerInput input;
  s = hold(std::move(s), input, 900, 500, 100'000, 100);    // a tap
  s = hold(std::move(s), input, 900, 500, 101'000, 1'500);  // a long press in the middle
  s = hold(std::move(s), input, 10, 10, 103'000, 300);      // too short in the corner
  CHECK(is_dark(s));
  CHECK(s.admin.screen == AdminScreen::closed);
  CHECK(s.screen == Screen::attract);
}

TEST_CASE("dark with wake_on_touch: the first touch wakes the attract screen and presses nothing") {
  State s = dark_kiosk(true);
  PointerInput input;
  input.push({PointerEvent::Type::down, 7, 900, 500, 100'000});
  s = dark_touch(std::move(s), input);
  CHECK_FALSE(is_dark(s));
  CHECK(s.screen == Screen::attract);
  CHECK_FALSE(input.touching());
  CHECK_FALSE(input.pending());
}
