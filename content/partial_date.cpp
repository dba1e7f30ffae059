// Parsing, printing and the day range of partial dates.
#include "content/partial_date.hpp"

#include <array>
#include <charconv>

namespace content {
namespace {

struct PartName {
  YearPart part;
  const char* key;
  const char* nl;
  const char* en;
  const char* de;
  int first_month, last_month;
};

constexpr std::array<PartName, 7> part_names{{
    {YearPart::early, "early", "begin", "early", "Anfang", 1, 4},
    {YearPart::mid, "mid", "medio", "mid", "Mitte", 5, 8},
    {YearPart::late, "late", "eind", "late", "Ende", 9, 12},
    {YearPart::spring, "spring", "voorjaar", "spring", "Frühjahr", 3, 5},
    {YearPart::summer, "summer", "zomer", "summer", "Sommer", 6, 8},
    {YearPart::autumn, "autumn", "najaar", "autumn", "Herbst", 9, 11},
    {YearPart::winter, "winter", "winter", "winter", "Winter", 12, 12},
}};

const PartName* find_part(YearPart p) {
  for (const auto& n : part_names)
    if (n.part == p) return &n;
  return nullptr;
}

std::optional<int> parse_digits(std::string_view s, size_t len) {
  if (s.size() != len) return std::nullopt;
  int v = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || ptr != s.data() + s.size()) return std::nullopt;
  return v;
}

int days_in_month(int year, int month) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : days[month - 1];
}

const char* month_name(Lang lang, int month) {
  static constexpr const char* nl[] = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                                       "juli",    "augustus", "september", "oktober", "november", "december"};
  static constexpr const char* en[] = {"January", "February", "March",     "April",   "May",      "June",
                                       "July",    "August",   "September", "October", "November", "December"};
  static constexpr const char* de[] = {"Januar", "Februar", "März",      "April",   "Mai",      "Juni",
                                       "Juli",   "August",  "September", "Oktober", "November", "Dezember"};
  switch (lang) {
    case Lang::en: return en[month - 1];
    case Lang::de: return de[month - 1];
    case Lang::nl: break;
  }
  return nl[month - 1];
}

}  // namespace

std::optional<PartialDate> PartialDate::parse(std::string_view s) {
  PartialDate d;
  auto year = parse_digits(s.substr(0, 4), 4);
  if (!year || *year < 1000) return std::nullopt;
  d.year = *year;
  if (s.size() == 4) return d;
  if (s[4] != '-') return std::nullopt;
  std::string_view rest = s.substr(5);
  for (const auto& n : part_names) {
    if (rest == n.key) {
      d.part = n.part;
      return d;
    }
  }
  auto month = parse_digits(rest.substr(0, 2), 2);
  if (!month || *month < 1 || *month > 12) return std::nullopt;
  d.month = *month;
  if (rest.size() == 2) return d;
  if (rest[2] != '-') return std::nullopt;
  auto day = parse_digits(rest.substr(3), 2);
  if (!day || *day < 1 || *day > days_in_month(d.year, d.month)) return std::nullopt;
  d.day = *day;
  return d;
}

std::string PartialDate::to_string() const {
  if (empty()) return {};
  char buf[16];
  if (part != YearPart::none) return std::to_string(year) + "-" + find_part(part)->key;
  if (day) {
    snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  } else if (month) {
    snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  } else {
    snprintf(buf, sizeof buf, "%04d", year);
  }
  return buf;
}

std::string PartialDate::display(Lang lang) const {
  if (empty()) return {};
  std::string y = std::to_string(year);
  if (const PartName* p = find_part(part)) {
    const char* word = lang == Lang::en ? p->en : lang == Lang::de ? p->de : p->nl;
    return std::string(word) + " " + y;
  }
  if (!month) return y;
  std::string m = month_name(lang, month);
  if (!day) return m + " " + y;
  if (lang == Lang::de) return std::to_string(day) + ". " + m + " " + y;
  return std::to_string(day) + " " + m + " " + y;
}

int PartialDate::first_day() const {
  if (empty()) return 0;
  int m = month ? month : 1;
  if (const PartName* p = find_part(part)) m = p->first_month;
  return year * 10000 + m * 100 + (day ? day : 1);
}

int PartialDate::last_day() const {
  if (empty()) return 0;
  int m = month ? month : 12;
  if (const PartName* p = find_part(part)) m = p->last_month;
  return year * 10000 + m * 100 + (day ? day : days_in_month(year, m));
}

}  // namespace content
