// [opening_hours] in the config: the documented forms parse; mistakes are refused with file, line
// and reason; an absent section means always open.
#include <catch2/catch.hpp>

#include "kiosk/logic/config.hpp"
#include "kiosk/logic/opening_hours.hpp"

using kiosk::DayHours;
using kiosk::parse_config;

namespace {

const char* week = R"(monday = "09:00-17:30"
tuesday = "09:00-17:30"
wednesday = "09:00-12:00, 13:00-17:00"
thursday = "09:00-21:00"
friday = "09:00-17:30"
saturday = "10:00-16:00"
sunday = "closed"
)";

}  // namespace

TEST_CASE("opening hours parse: weekdays, closed dates, special days, wake on touch") {
  auto c = parse_config(std::string("[opening_hours]\n") + week + R"(closed_dates = ["2026-12-25", 2026-12-26]
special = { "2026-12-24" = "09:00-14:00", "2026-12-31" = "closed" }
wake_on_touch = true
)",
                        "kiosk.toml");
  INFO((c ? "" : c.error().message));
  REQUIRE(c);
  REQUIRE(c->opening_hours);
  const auto& h = *c->opening_hours;
  CHECK(h.weekly[0] == DayHours{{540, 1050}});
  CHECK(h.weekly[2] == DayHours{{540, 720}, {780, 1020}});
  CHECK(h.weekly[6].empty());
  CHECK(h.dates.at(20261225).empty());
  CHECK(h.dates.at(20261226).empty());  // a TOML date works as well as a string
  CHECK(h.dates.at(20261224) == DayHours{{540, 840}});
  CHECK(h.dates.at(20261231).empty());
  CHECK(h.wake_on_touch);
}

TEST_CASE("without [opening_hours] the kiosk is always open; special days may be a sub-table") {
  auto none = parse_config("[idle]\nwarning_s = 60\n", "kiosk.toml");
  REQUIRE(none);
  CHECK_FALSE(none->opening_hours);
  auto sub = parse_config(
      std::string("[opening_hours]\n") + week + "\n[opening_hours.special]\n\"2026-12-24\" = \"09:00-14:00\"\n",
      "kiosk.toml");
  INFO((sub ? "" : sub.error().message));
  REQUIRE(sub);
  CHECK(sub->opening_hours->dates.at(20261224) == DayHours{{540, 840}});
  CHECK_FALSE(sub->opening_hours->wake_on_touch);
}

TEST_CASE("opening-hours mistakes are refused with file, line and reason") {
  struct Bad {
    std::string text;
    const char* error;
  };
  std::string head = std::string("[opening_hours]\n") + week;  // lines 1-8
  for (const auto& bad : {
           Bad{"[opening_hours]\nmonday = \"09:00-17:00\"\n",
               "kiosk.toml:1: [opening_hours] needs all seven days (missing: tuesday, wednesday, thursday, friday, "
               "saturday, sunday); write \"closed\" for a closed day"},
           Bad{head + "mondays = \"closed\"\n", "kiosk.toml:9: unknown key \"mondays\" in [opening_hours] (a typo?)"},
           Bad{"[opening_hours]\nmonday = \"09:00-13:00, 12:00-17:00\"\n" + std::string(week).substr(23),
               "kiosk.toml:2: monday: 09:00-13:00 and 12:00-17:00 overlap"},
           Bad{"[opening_hours]\nmonday = \"22:00-02:00\"\n" + std::string(week).substr(23),
               "kiosk.toml:2: monday: \"22:00-02:00\": a range must end after it starts (past midnight, end at 24:00 "
               "and start the next day at 00:00)"},
           Bad{"[opening_hours]\nmonday = 9\n" + std::string(week).substr(23),
               "kiosk.toml:2: monday must be a string such as \"09:00-17:30\" or \"closed\""},
           Bad{head + "closed_dates = [\"2026-12-32\"]\n",
               "kiosk.toml:9: \"2026-12-32\" is not a date: expected \"YYYY-MM-DD\", e.g. \"2026-12-25\""},
           Bad{head + "closed_dates = \"2026-12-25\"\n",
               "kiosk.toml:9: closed_dates must be a list of dates, e.g. [\"2026-12-25\", \"2026-12-26\"]"},
           Bad{head + "special = { \"24-12-2026\" = \"09:00-14:00\" }\n",
               "kiosk.toml:9: \"24-12-2026\" is not a date: expected \"YYYY-MM-DD\", e.g. \"2026-12-25\""},
           Bad{head + "special = { \"2026-12-24\" = \"9-14\" }\n",
               "kiosk.toml:9: special \"2026-12-24\": \"9-14\" is not a time range: expected \"HH:MM-HH:MM\" (e.g. "
               "\"09:00-17:30\"), several separated by commas, or \"closed\""},
           Bad{head + "closed_dates = [\"2026-12-24\"]\nspecial = { \"2026-12-24\" = \"09:00-14:00\" }\n",
               "kiosk.toml:10: special \"2026-12-24\" is also in closed_dates"},
           Bad{head + "wake_on_touch = \"yes\"\n", "kiosk.toml:9: wake_on_touch must be true or false"},
       }) {
    INFO(bad.text);
    auto c = parse_config(bad.text, "kiosk.toml");
    REQUIRE_FALSE(c);
    CHECK(c.error().message == bad.error);
  }
}

// Found by fuzz_config: a third dash was counted as a fourth date part, so "2026-01-2-" read as
// 2 January and "20-6-12-26" wrote past the end of the parser's three parts.
TEST_CASE("a date has digits everywhere but its two dashes") {
  for (const char* text : {"2026-01-2-", "20-6-12-26", "2026-1--25", "-026-01-02", "2026-01-+2"}) {
    INFO(text);
    CHECK_FALSE(kiosk::parse_date(text));
    std::string toml = std::string("[opening_hours]\n") + week + "closed_dates = [\"" + text + "\"]\n";
    auto c = parse_config(toml, "kiosk.toml");
    REQUIRE_FALSE(c);
    CHECK(c.error().message ==
          "kiosk.toml:9: \"" + std::string(text) + "\" is not a date: expected \"YYYY-MM-DD\", e.g. \"2026-12-25\"");
  }
  CHECK(kiosk::parse_date("2026-01-02") == 20260102);
}
