// Parsing the UTC times the clock check compares with.
#include "kiosk/logic/trusted_clock.hpp"

namespace kiosk {
namespace {

bool digits(std::string_view s, size_t at, size_t n, int& out) {
  out = 0;
  for (size_t i = at; i < at + n; ++i) {
    if (i >= s.size() || s[i] < '0' || s[i] > '9') return false;
    out = out * 10 + (s[i] - '0');
  }
  return true;
}

// Days from 1970-01-01 to a civil date (Howard Hinnant's days_from_civil).
int64_t days_from_civil(int64_t y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

bool valid_day(int y, int m, int d) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1) return false;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= days[m - 1] + (m == 2 && leap ? 1 : 0);
}

}  // namespace

int utc_yyyymmdd(int64_t unix_s) {
  int64_t days = (unix_s >= 0 ? unix_s : unix_s - 86399) / 86400 + 719468;  // Hinnant's civil_from_days
  int64_t era = (days >= 0 ? days : days - 146096) / 146097, doe = days - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365, doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153, d = doy - (153 * mp + 2) / 5 + 1, m = mp < 10 ? mp + 3 : mp - 9;
  return int((yoe + era * 400 + (m <= 2)) * 10000 + m * 100 + d);
}

std::optional<int64_t> parse_utc_date(std::string_view s) {
  int y, m, d;
  if (s.size() != 10 || s[4] != '-' || s[7] != '-' || !digits(s, 0, 4, y) || !digits(s, 5, 2, m) ||
      !digits(s, 8, 2, d) || !valid_day(y, m, d))
    return std::nullopt;
  return days_from_civil(y, m, d) * 86400;
}

std::optional<int64_t> parse_utc_time(std::string_view s) {
  int h, mi, sec;
  if (s.size() != 20 || s[10] != 'T' || s[13] != ':' || s[16] != ':' || s[19] != 'Z' || !digits(s, 11, 2, h) ||
      !digits(s, 14, 2, mi) || !digits(s, 17, 2, sec) || h > 23 || mi > 59 || sec > 60)
    return std::nullopt;
  auto day = parse_utc_date(s.substr(0, 10));
  if (!day) return std::nullopt;
  return *day + h * 3600 + mi * 60 + sec;
}

}  // namespace kiosk
