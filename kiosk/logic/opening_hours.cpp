// Opening hours: parsing a day's ranges, is_open, and the next change found by checking every
// instant at which the answer can change (range boundaries, midnights, DST jumps).
#include "kiosk/logic/opening_hours.hpp"

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace kiosk {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// "HH:MM" → minutes; "24:00" allowed only as an end.
std::optional<int> parse_clock(std::string_view s, bool end) {
  s = trim(s);
  if (s.size() != 5 || s[2] != ':') return std::nullopt;
  for (size_t i : {0, 1, 3, 4})
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
  int h = (s[0] - '0') * 10 + (s[1] - '0'), m = (s[3] - '0') * 10 + (s[4] - '0');
  if (m > 59 || h > 24 || (h == 24 && (m != 0 || !end))) return std::nullopt;
  return h * 60 + m;
}

std::string clock_text(int minutes) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d:%02d", minutes / 60, minutes % 60);
  return buf;
}

std::string range_text(const TimeRange& r) {
  return clock_text(r.from_min) + "-" + clock_text(r.to_min);
}

bool days_in_month_ok(int y, int m, int d) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1) return false;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= days[m - 1] + (m == 2 && leap ? 1 : 0);
}

LocalTime from_tm(const std::tm& tm) {
  return {(tm.tm_year + 1900) * 10000 + (tm.tm_mon + 1) * 100 + tm.tm_mday, tm.tm_hour * 60 + tm.tm_min,
          (tm.tm_wday + 6) % 7};
}

long utc_offset_s(int64_t unix_s) {
  std::time_t t = std::time_t(unix_s);
  std::tm tm{};
  localtime_r(&t, &tm);
  return tm.tm_gmtoff;
}

// The instants at which a local civil time occurs on a day: none (skipped by a DST jump), one,
// or two (repeated when the clocks go back).
void add_instants(std::vector<int64_t>& out, int yyyymmdd, int minute) {
  for (int isdst : {0, 1}) {
    std::tm tm{};
    tm.tm_year = yyyymmdd / 10000 - 1900;
    tm.tm_mon = yyyymmdd / 100 % 100 - 1;
    tm.tm_mday = yyyymmdd % 100;
    tm.tm_hour = minute / 60;
    tm.tm_min = minute % 60;
    tm.tm_isdst = isdst;
    std::time_t t = std::mktime(&tm);
    if (t == std::time_t(-1)) continue;
    LocalTime back = local_time(int64_t(t));
    if (back.yyyymmdd == yyyymmdd && back.minute == minute) out.push_back(int64_t(t));
  }
}

// The day `offset` days after the local day of unix_s: its date and weekday, and its first instant.
struct Day {
  int yyyymmdd = 0, weekday = 0;
};
Day day_after(const std::tm& base, int offset) {
  std::tm tm{};
  tm.tm_year = base.tm_year;
  tm.tm_mon = base.tm_mon;
  tm.tm_mday = base.tm_mday + offset;
  tm.tm_hour = 12;  // noon exists on every day
  tm.tm_isdst = -1;
  std::mktime(&tm);
  LocalTime l = from_tm(tm);
  return {l.yyyymmdd, l.weekday};
}

// The first instant of a day (its midnight, or the noon's 12 hours before when midnight is skipped).
int64_t day_start(const Day& day) {
  std::vector<int64_t> t;
  add_instants(t, day.yyyymmdd, 0);
  if (!t.empty()) return t.front();
  add_instants(t, day.yyyymmdd, 12 * 60);
  return t.empty() ? 0 : t.front() - 12 * 3600;
}

}  // namespace

std::optional<DayHours> parse_day_hours(std::string_view text, std::string& error) {
  text = trim(text);
  if (text == "closed") return DayHours{};
  DayHours out;
  while (true) {
    size_t comma = text.find(',');
    std::string_view part = trim(text.substr(0, comma));
    size_t dash = part.find('-');
    auto from = dash == part.npos ? std::nullopt : parse_clock(part.substr(0, dash), false);
    auto to = dash == part.npos ? std::nullopt : parse_clock(part.substr(dash + 1), true);
    if (!from || !to) {
      error = "\"" + std::string(part) + "\" is not a time range: expected \"HH:MM-HH:MM\" (e.g. \"09:00-17:30\"), " +
              "several separated by commas, or \"closed\"";
      return std::nullopt;
    }
    if (*to <= *from) {
      error = "\"" + std::string(part) + "\": a range must end after it starts (past midnight, end at 24:00 and " +
              "start the next day at 00:00)";
      return std::nullopt;
    }
    out.push_back({*from, *to});
    if (comma == text.npos) break;
    text = text.substr(comma + 1);
  }
  std::sort(out.begin(), out.end(), [](const TimeRange& a, const TimeRange& b) { return a.from_min < b.from_min; });
  for (size_t i = 1; i < out.size(); ++i)
    if (out[i].from_min < out[i - 1].to_min) {
      error = range_text(out[i - 1]) + " and " + range_text(out[i]) + " overlap";
      return std::nullopt;
    }
  return out;
}

std::optional<int> parse_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  // Digits everywhere but the two dashes: a third dash once wrote past v (found by fuzz_config).
  int v[3] = {0, 0, 0};
  for (size_t i = 0; i < s.size(); ++i) {
    if (i == 4 || i == 7) continue;
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
    int part = i < 4 ? 0 : i < 7 ? 1 : 2;
    v[part] = v[part] * 10 + (s[i] - '0');
  }
  if (v[0] < 1970 || !days_in_month_ok(v[0], v[1], v[2])) return std::nullopt;
  return v[0] * 10000 + v[1] * 100 + v[2];
}

const DayHours& hours_on(const OpeningHours& h, int yyyymmdd, int weekday) {
  if (auto it = h.dates.find(yyyymmdd); it != h.dates.end()) return it->second;
  return h.weekly[size_t(std::clamp(weekday, 0, 6))];
}

bool is_open(const OpeningHours& h, const LocalTime& at) {
  for (const auto& r : hours_on(h, at.yyyymmdd, at.weekday))
    if (r.from_min <= at.minute && at.minute < r.to_min) return true;
  return false;
}

LocalTime local_time(int64_t unix_s) {
  std::time_t t = std::time_t(unix_s);
  std::tm tm{};
  if (!localtime_r(&t, &tm)) return {};
  return from_tm(tm);
}

std::optional<int64_t> parse_local_time(std::string_view s) {
  if (s.size() != 16 || s[10] != 'T' || s[13] != ':') return std::nullopt;
  auto date = parse_date(s.substr(0, 10));
  std::string err;
  auto day = parse_day_hours(std::string(s.substr(11, 5)) + "-24:00", err);
  if (!date || !day || s.substr(11, 2) == "24") return std::nullopt;
  std::tm tm{};
  tm.tm_year = *date / 10000 - 1900;
  tm.tm_mon = *date / 100 % 100 - 1;
  tm.tm_mday = *date % 100;
  tm.tm_hour = (*day)[0].from_min / 60;
  tm.tm_min = (*day)[0].from_min % 60;
  tm.tm_isdst = -1;
  std::time_t t = std::mktime(&tm);
  if (t == std::time_t(-1)) return std::nullopt;
  return int64_t(t);
}

std::string format_local(int64_t unix_s) {
  std::time_t t = std::time_t(unix_s);
  std::tm tm{};
  char buf[32] = "?";
  if (localtime_r(&t, &tm)) std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M %Z", &tm);
  return buf;
}

std::optional<int64_t> next_change(const OpeningHours& h, int64_t unix_s, int max_days) {
  std::time_t now = std::time_t(unix_s);
  std::tm base{};
  if (!localtime_r(&now, &base)) return std::nullopt;
  const bool open_now = is_open(h, from_tm(base));
  std::vector<int64_t> candidates;
  for (int d = 0; d <= max_days; ++d) {
    Day day = day_after(base, d);
    candidates.clear();
    add_instants(candidates, day.yyyymmdd, 0);  // a new day may have other hours
    for (const auto& r : hours_on(h, day.yyyymmdd, day.weekday)) {
      add_instants(candidates, day.yyyymmdd, r.from_min);
      if (r.to_min < 24 * 60) add_instants(candidates, day.yyyymmdd, r.to_min);  // 24:00 is the next midnight
    }
    // A DST jump changes the wall clock at once: find it between this day's start and the next's.
    int64_t lo = day_start(day), hi = day_start(day_after(base, d + 1));
    if (long after = utc_offset_s(hi); utc_offset_s(lo) != after) {
      while (hi - lo > 1) {  // the first second with the new offset
        int64_t mid = lo + (hi - lo) / 2;
        (utc_offset_s(mid) == after ? hi : lo) = mid;
      }
      candidates.push_back(hi);
    }
    std::sort(candidates.begin(), candidates.end());
    for (int64_t c : candidates)
      if (c > unix_s && is_open(h, local_time(c)) != open_now) return c;
  }
  return std::nullopt;
}

}  // namespace kiosk
