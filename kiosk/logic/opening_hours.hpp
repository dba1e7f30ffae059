// Opening hours ([opening_hours] in the config): ranges per weekday, closed dates and special days,
// and the two questions the kiosk asks: open at this local date and time? when does that change?
// Hours are local civil times ("09:00" on the wall clock), so a day with a DST change keeps its
// hours; turning an instant into a local time uses the C library's local time (TZ, tzdata).
// No SDL, no TOML: config.cpp parses the section with parse_day_hours().
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk {

// [from_min, to_min) in minutes after local midnight; to_min may be 24 * 60 (until midnight).
struct TimeRange {
  int from_min = 0, to_min = 0;
  bool operator==(const TimeRange&) const = default;
};
using DayHours = std::vector<TimeRange>;  // sorted, not overlapping; empty: closed all day

struct OpeningHours {
  std::array<DayHours, 7> weekly;  // [0] monday … [6] sunday
  std::map<int, DayHours> dates;   // YYYYMMDD → that day's hours instead (closed_dates: empty)
  bool wake_on_touch = false;      // outside the hours, a touch shows the kiosk until idle
  bool operator==(const OpeningHours&) const = default;
};

// A moment as the wall clock shows it.
struct LocalTime {
  int yyyymmdd = 0;
  int minute = 0;   // minutes after midnight, 0 … 1439
  int weekday = 0;  // 0 monday … 6 sunday
  bool operator==(const LocalTime&) const = default;
};

inline constexpr const char* weekday_keys[7] = {"monday", "tuesday",  "wednesday", "thursday",
                                                "friday", "saturday", "sunday"};

// "09:00-17:30", "09:00-12:00, 13:00-17:00" or "closed". On a mistake returns nothing and says
// why in `error` (e.g. "13:00-12:00: a range must end after it starts").
std::optional<DayHours> parse_day_hours(std::string_view text, std::string& error);
// "YYYY-MM-DD" → YYYYMMDD, a real calendar day; nothing otherwise.
std::optional<int> parse_date(std::string_view text);

// The hours that apply on a day: its date's entry, else its weekday's.
const DayHours& hours_on(const OpeningHours& hours, int yyyymmdd, int weekday);
bool is_open(const OpeningHours& hours, const LocalTime& at);

// The local time of a Unix time (seconds), through localtime_r (honours TZ).
LocalTime local_time(int64_t unix_s);
// The Unix time of a local "YYYY-MM-DDTHH:MM" (as --now takes it); nothing if it is not one.
std::optional<int64_t> parse_local_time(std::string_view text);
// "2026-12-24 09:00" in local time, for logs.
std::string format_local(int64_t unix_s);

// The first Unix time after unix_s at which is_open changes, looking at most max_days ahead;
// nothing when it never changes in that time (e.g. closed every day). Exact across DST changes.
std::optional<int64_t> next_change(const OpeningHours& hours, int64_t unix_s, int max_days = 400);

}  // namespace kiosk
