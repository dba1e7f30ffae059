// Dates as precise as the source gives them: a year, a month, a day, or a part of a year
// ("medio 2021", "najaar 2021"). Events keep exactly what the policy note says.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "content/text.hpp"

namespace content {

enum class YearPart { none, early, mid, late, spring, summer, autumn, winter };

struct PartialDate {
  int year = 0;   // 0 = no date
  int month = 0;  // 1..12, 0 = not given
  int day = 0;    // 1..31, 0 = not given
  YearPart part = YearPart::none;

  bool empty() const { return year == 0; }
  // Parses "YYYY", "YYYY-MM", "YYYY-MM-DD" or "YYYY-<part>"; nullopt when it is none of these.
  static std::optional<PartialDate> parse(std::string_view s);
  std::string to_string() const;  // the same form parse() reads
  // Human form for the kiosk, e.g. "najaar 2021", "9 December 2020", "Mitte 2021".
  std::string display(Lang lang) const;
  // Earliest and latest day it can mean, as YYYYMMDD, for ordering and "upcoming" checks.
  int first_day() const;
  int last_day() const;
  bool operator==(const PartialDate&) const = default;
};

}  // namespace content
