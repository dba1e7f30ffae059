// Opening hours: a day's ranges parsed strictly (overlaps refused), is_open at the boundaries and
// on exception dates, and the next change exact across midnight and both DST changes of
// Europe/Amsterdam in 2026 (29 March 02:00 CET → 03:00 CEST, 25 October 03:00 CEST → 02:00 CET).
#include <catch2/catch.hpp>

#include "kiosk/logic/opening_hours.hpp"
#include "kiosk/logic/trusted_clock.hpp"
#include "local_zone.hpp"

using namespace kiosk;

namespace {

DayHours day(const char* text) {
  std::string error;
  auto h = parse_day_hours(text, error);
  INFO(error);
  REQUIRE(h);
  return *h;
}

// Monday to Friday 09:00-17:30, weekends closed, unless a test changes it.
OpeningHours office() {
  OpeningHours h;
  for (int d = 0; d < 5; ++d) h.weekly[d] = day("09:00-17:30");
  return h;
}

int64_t utc(const char* iso) {
  auto t = parse_utc_time(iso);
  REQUIRE(t);
  return *t;
}

// The next change after `from`, as UTC text, for readable failures.
std::string next_utc(const OpeningHours& h, const char* from) {
  auto t = next_change(h, utc(from));
  if (!t) return "never";
  int64_t s = *t;
  int ymd = utc_yyyymmdd(s);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", ymd / 10000, ymd / 100 % 100, ymd % 100,
                int(s % 86400 / 3600), int(s % 3600 / 60), int(s % 60));
  return buf;
}

}  // namespace

TEST_CASE("a day's hours are one or more ranges, or closed") {
  CHECK(day("09:00-17:30") == DayHours{{540, 1050}});
  CHECK(day(" 13:00-17:00 , 09:00 - 12:00 ") == DayHours{{540, 720}, {780, 1020}});  // sorted
  CHECK(day("closed").empty());
  CHECK(day("00:00-24:00") == DayHours{{0, 1440}});
  CHECK(day("09:00-12:00, 12:00-17:00").size() == 2);  // touching is not overlapping
}

TEST_CASE("mistakes in a day's hours are refused, saying why") {
  struct Bad {
    const char* text;
    const char* error;
  };
  for (auto bad : {
           Bad{"9:00-17:00",
               "\"9:00-17:00\" is not a time range: expected \"HH:MM-HH:MM\" (e.g. \"09:00-17:30\"), "
               "several separated by commas, or \"closed\""},
           Bad{"09:00",
               "\"09:00\" is not a time range: expected \"HH:MM-HH:MM\" (e.g. \"09:00-17:30\"), several "
               "separated by commas, or \"closed\""},
           Bad{"09:00-25:00", nullptr},
           Bad{"09:60-17:00", nullptr},
           Bad{"24:00-24:00", nullptr},
           Bad{"open", nullptr},
           Bad{"", nullptr},
           Bad{"09:00-17:00,", nullptr},
           Bad{"17:00-09:00",
               "\"17:00-09:00\": a range must end after it starts (past midnight, end at 24:00 and start "
               "the next day at 00:00)"},
           Bad{"12:00-12:00", nullptr},
           Bad{"09:00-13:00, 12:00-17:00", "09:00-13:00 and 12:00-17:00 overlap"},
           Bad{"12:00-17:00, 09:00-18:00", "09:00-18:00 and 12:00-17:00 overlap"},
       }) {
    INFO(bad.text);
    std::string error;
    CHECK_FALSE(parse_day_hours(bad.text, error));
    if (bad.error)
      CHECK(error == bad.error);
    else
      CHECK_FALSE(error.empty());
  }
}

TEST_CASE("dates are real calendar days") {
  CHECK(parse_date("2026-12-25") == 20261225);
  CHECK(parse_date("2028-02-29") == 20280229);
  CHECK_FALSE(parse_date("2026-02-29"));
  CHECK_FALSE(parse_date("2026-13-01"));
  CHECK_FALSE(parse_date("2026-1-01"));
  CHECK_FALSE(parse_date("25-12-2026"));
}

TEST_CASE("open from the first minute of a range up to, not including, its end") {
  OpeningHours h = office();
  // 2026-11-30 is a Monday.
  CHECK_FALSE(is_open(h, {20261130, 8 * 60 + 59, 0}));
  CHECK(is_open(h, {20261130, 9 * 60, 0}));
  CHECK(is_open(h, {20261130, 17 * 60 + 29, 0}));
  CHECK_FALSE(is_open(h, {20261130, 17 * 60 + 30, 0}));
  CHECK_FALSE(is_open(h, {20261129, 12 * 60, 6}));  // Sunday
}

TEST_CASE("a closed date or a special day replaces its weekday's hours") {
  OpeningHours h = office();
  h.dates[20261225] = {};                  // Christmas, a Friday
  h.dates[20261224] = day("09:00-14:00");  // Christmas Eve, a Thursday
  h.dates[20261227] = day("12:00-16:00");  // a Sunday event
  CHECK_FALSE(is_open(h, {20261225, 10 * 60, 4}));
  CHECK(is_open(h, {20261224, 13 * 60 + 59, 3}));
  CHECK_FALSE(is_open(h, {20261224, 14 * 60, 3}));
  CHECK(is_open(h, {20261227, 12 * 60, 6}));
  CHECK(is_open(h, {20261231, 10 * 60, 3}));  // an ordinary Thursday
}

TEST_CASE("the local time of an instant follows Europe/Amsterdam, DST included") {
  LocalZone zone("Europe/Amsterdam");
  CHECK(local_time(utc("2026-03-29T00:59:59Z")) == LocalTime{20260329, 1 * 60 + 59, 6});  // 01:59 CET
  CHECK(local_time(utc("2026-03-29T01:00:00Z")) == LocalTime{20260329, 3 * 60, 6});       // 03:00 CEST
  CHECK(local_time(utc("2026-10-25T00:30:00Z")) == LocalTime{20261025, 2 * 60 + 30, 6});  // 02:30 CEST
  CHECK(local_time(utc("2026-10-25T01:30:00Z")) == LocalTime{20261025, 2 * 60 + 30, 6});  // 02:30 CET, again
  CHECK(local_time(utc("2026-11-29T23:30:00Z")) == LocalTime{20261130, 30, 0});           // Monday 00:30
  CHECK(parse_local_time("2026-07-01T09:00") == utc("2026-07-01T07:00:00Z"));
  CHECK(parse_local_time("2026-12-24T09:00") == utc("2026-12-24T08:00:00Z"));
  CHECK_FALSE(parse_local_time("2026-12-24 09:00"));
  CHECK_FALSE(parse_local_time("2026-12-24T24:00"));
}

TEST_CASE("the next change is the next opening or closing, across nights and weekends") {
  LocalZone zone("Europe/Amsterdam");
  OpeningHours h = office();
  CHECK(next_utc(h, "2026-11-30T07:00:00Z") == "2026-11-30T08:00:00Z");  // Mon 08:00 → opens 09:00 CET
  CHECK(next_utc(h, "2026-11-30T08:00:00Z") == "2026-11-30T16:30:00Z");  // open at 09:00 → closes 17:30
  CHECK(next_utc(h, "2026-12-04T17:00:00Z") == "2026-12-07T08:00:00Z");  // Friday evening → Monday 09:00
}

TEST_CASE("ranges that meet at midnight are one opening, and a day's end at 24:00 closes at midnight") {
  LocalZone zone("Europe/Amsterdam");
  OpeningHours h;
  h.weekly[0] = day("20:00-24:00");                                      // Monday evening
  h.weekly[1] = day("00:00-02:00");                                      // into Tuesday night
  CHECK(next_utc(h, "2026-11-30T20:00:00Z") == "2026-12-01T01:00:00Z");  // Mon 21:00 → Tue 02:00
  h.weekly[1] = {};
  CHECK(next_utc(h, "2026-11-30T20:00:00Z") == "2026-11-30T23:00:00Z");  // → Tue 00:00
  CHECK(is_open(h, {20261130, 23 * 60 + 59, 0}));
  CHECK_FALSE(is_open(h, {20261201, 0, 1}));
}

TEST_CASE("hours stay on the wall clock on the days the clocks change") {
  LocalZone zone("Europe/Amsterdam");
  OpeningHours h = office();
  h.weekly[6] = day("09:00-17:00");  // Sundays too
  // Spring: Saturday 20:00 CET to Sunday 09:00 CEST is 12 hours, not 13.
  CHECK(next_utc(h, "2026-03-28T19:00:00Z") == "2026-03-29T07:00:00Z");
  CHECK(next_utc(h, "2026-03-29T07:00:00Z") == "2026-03-29T15:00:00Z");  // closes 17:00 CEST
  // Autumn: Saturday 18:00 CEST to Sunday 09:00 CET is 16 hours.
  CHECK(next_utc(h, "2026-10-24T16:00:00Z") == "2026-10-25T08:00:00Z");
  CHECK(next_utc(h, "2026-10-25T08:00:00Z") == "2026-10-25T16:00:00Z");  // closes 17:00 CET
}

TEST_CASE("an opening inside the skipped hour opens when the clocks jump, and the repeated hour counts twice") {
  LocalZone zone("Europe/Amsterdam");
  OpeningHours h;
  h.weekly[6] = day("02:30-05:00");
  // 29 March: 02:30 never happens; at 02:00 CET the clock shows 03:00 CEST, inside the range.
  CHECK(next_utc(h, "2026-03-29T00:00:00Z") == "2026-03-29T01:00:00Z");
  CHECK(next_utc(h, "2026-03-29T01:00:00Z") == "2026-03-29T03:00:00Z");  // 05:00 CEST
  // 25 October: open until 02:30, which the clock shows twice; in between it shows 02:00-02:29 again.
  h.weekly[6] = day("00:00-02:30");
  CHECK(next_utc(h, "2026-10-24T22:30:00Z") == "2026-10-25T00:30:00Z");  // 02:30 CEST: closes
  CHECK(next_utc(h, "2026-10-25T00:30:00Z") == "2026-10-25T01:00:00Z");  // 02:00 CET: open again
  CHECK(next_utc(h, "2026-10-25T01:00:00Z") == "2026-10-25T01:30:00Z");  // 02:30 CET: closes
}

TEST_CASE("exception dates move the next change") {
  LocalZone zone("Europe/Amsterdam");
  OpeningHours h = office();
  h.dates[20261224] = day("09:00-14:00");
  h.dates[20261225] = {};
  CHECK(next_utc(h, "2026-12-24T12:00:00Z") == "2026-12-24T13:00:00Z");  // closes at 14:00 on Christmas Eve
  CHECK(next_utc(h, "2026-12-24T13:00:00Z") == "2026-12-28T08:00:00Z");  // then Monday, not Friday
}

TEST_CASE("hours that never change have no next change") {
  LocalZone zone("Europe/Amsterdam");
  OpeningHours closed;
  CHECK(next_utc(closed, "2026-11-30T12:00:00Z") == "never");
  OpeningHours always;
  for (auto& d : always.weekly) d = day("00:00-24:00");
  CHECK(next_utc(always, "2026-11-30T12:00:00Z") == "never");
}
