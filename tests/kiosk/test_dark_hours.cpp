// Outside the opening hours the kiosk is dark: update() decides it from WallClockRead, a touch
// wakes it only with wake_on_touch, the idle rules send it dark again, it opens on a fresh attract
// screen, and a clock that cannot be right (earlier than the build) keeps it on.
#include <catch2/catch.hpp>
#include <limits>

#include "kiosk/logic/update.hpp"

using namespace kiosk;
using content::Lang;

namespace {

constexpr int64_t build_s = 1'795'910'400;  // 2026-11-29T00:00:00Z
constexpr int64_t day_s = 86'400;

// Open 09:00-17:00 every day.
State kiosk_with_hours(bool wake_on_touch) {
  State s;
  s.timing.idle_warning_ms = 90'000;
  s.timing.idle_countdown_ms = 15'000;
  OpeningHours h;
  for (auto& d : h.weekly) d = {{9 * 60, 17 * 60}};
  h.wake_on_touch = wake_on_touch;
  s.wall.hours = h;
  s.wall.build_s = build_s;
  return s;
}

// The wall clock at a local time on 2026-12-01 (a Tuesday); unix_s only has to be after the build.
WallClockRead at(int hour, int minute = 0) {
  return {build_s + 2 * day_s + hour * 3600 + minute * 60, LocalTime{20261201, hour * 60 + minute, 1}};
}

State run(State s, std::initializer_list<Action> actions) {
  for (const auto& a : actions) s = update(std::move(s), a);
  return s;
}

}  // namespace

TEST_CASE("without opening hours the kiosk is never dark") {
  State s;
  s.wall.build_s = build_s;
  s = run(s, {at(3), Tick{1000}});
  CHECK_FALSE(is_dark(s));
  CHECK(s.wall.trusted);
}

TEST_CASE("outside the hours the idle kiosk is dark and asks for no frames; inside it is open") {
  State s = run(kiosk_with_hours(false), {at(8, 59)});
  CHECK(is_dark(s));
  CHECK(next_frame_due_ms(s) == std::numeric_limits<int64_t>::max());
  s = update(s, at(9));
  CHECK_FALSE(is_dark(s));
  CHECK(s.screen == Screen::attract);
  CHECK(next_frame_due_ms(s) < std::numeric_limits<int64_t>::max());
  s = update(s, at(17));
  CHECK(is_dark(s));
}

TEST_CASE("a touch on the dark screen does nothing without wake_on_touch") {
  State s = run(kiosk_with_hours(false), {at(20), Tick{5000}, DarkTouched{}, Tick{6000}});
  CHECK(is_dark(s));
  CHECK(s.screen == Screen::attract);
}

TEST_CASE("with wake_on_touch a touch shows the attract screen until the idle rules send it dark again") {
  State s = run(kiosk_with_hours(true), {at(20), Tick{5000}, DarkTouched{}});
  CHECK_FALSE(is_dark(s));
  CHECK(s.screen == Screen::attract);
  // Left on the attract screen: dark after the idle time (warning + countdown).
  s = update(s, Tick{5000 + 104'000});
  CHECK_FALSE(is_dark(s));
  s = update(s, Tick{5000 + 105'000});
  CHECK(is_dark(s));
  // Woken again, a visit; the visitor leaves: countdown, reset, dark.
  s = run(s, {DarkTouched{}, StartRequested{}, LanguageSelected{Lang::de}, Tick{200'000}});
  CHECK(s.screen == Screen::home);
  CHECK(idle_countdown_s(s));
  CHECK_FALSE(is_dark(s));
  s = update(s, Tick{300'000});
  CHECK(is_dark(s));
  CHECK(s.screen == Screen::attract);
  CHECK(s.lang == Lang::nl);
}

TEST_CASE("at closing time a visitor finishes the visit; then the screen goes dark with nothing of them kept") {
  State s = run(kiosk_with_hours(false),
                {at(16, 50), Tick{1000}, StartRequested{}, LanguageSelected{Lang::en}, SearchOpened{}, at(17)});
  CHECK_FALSE(is_dark(s));
  CHECK(s.screen == Screen::home);
  s = update(s, Tick{1000 + 105'000});
  CHECK(is_dark(s));
  CHECK(s.screen == Screen::attract);
  CHECK(s.lang == Lang::nl);
  CHECK_FALSE(s.search_open);
}

TEST_CASE("at opening time the kiosk starts on a fresh attract screen") {
  State s = run(kiosk_with_hours(true),
                {at(7), Tick{1000}, DarkTouched{}, StartRequested{}, LanguageSelected{Lang::de}, Tick{200'000}});
  REQUIRE(is_dark(s));
  s = update(s, at(9));
  CHECK_FALSE(is_dark(s));
  CHECK(s.screen == Screen::attract);
  CHECK(s.lang == Lang::nl);
  CHECK_FALSE(s.open);
  CHECK_FALSE(s.wall.woken);
}

TEST_CASE("a clock earlier than the build is not believed: the hours are not kept, the kiosk stays on") {
  State s = kiosk_with_hours(false);
  WallClockRead night = at(23);
  night.unix_s = 3600;  // 1970: a Pi without a battery clock before NTP
  s = update(s, night);
  CHECK_FALSE(s.wall.trusted);
  CHECK_FALSE(is_dark(s));
  // NTP sets the clock: believed again, and now the hours count.
  s = update(s, at(23));
  CHECK(s.wall.trusted);
  CHECK(is_dark(s));
}

TEST_CASE("newer content raises the lower bound of the clock") {
  State s = run(kiosk_with_hours(false), {at(12)});
  REQUIRE(s.wall.trusted);
  content::ContentState created_later{5, "deventer", "2027-06-01T10:00:00Z", ""};
  auto snap = std::make_shared<const content::Snapshot>(content::Content{}, created_later);
  s = run(s, {ContentReplaced{snap}, at(12, 1)});
  CHECK_FALSE(s.wall.trusted);
}
