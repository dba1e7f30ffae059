// Can the kiosk believe its clock? A Raspberry Pi has no battery clock: until NTP answers it may
// think it is 1970, or the moment it was last shut down. The clock cannot be earlier than the
// moment the running app was built, nor than the moment the content it shows was created; if it
// says so, it is wrong, and the kiosk neither calls events "upcoming" or "past" nor keeps opening
// hours (a wrong clock must not black out the screen). Pure: times in, answer out.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace kiosk {

// "YYYY-MM-DDTHH:MM:SSZ" (ISO 8601 UTC, as a feed's creation time) → Unix seconds; nothing for
// anything else, including "" (the bundled content has no creation time).
std::optional<int64_t> parse_utc_time(std::string_view text);
// "YYYY-MM-DD" (the app's build date, UTC) → Unix seconds at its midnight UTC.
std::optional<int64_t> parse_utc_date(std::string_view text);

// The UTC calendar day of a Unix time, as YYYYMMDD.
int utc_yyyymmdd(int64_t unix_s);

// The earliest the true time can be: the later of the build time and the content's creation
// (either 0 when unknown).
inline int64_t clock_lower_bound_s(int64_t build_s, int64_t content_created_s) {
  return build_s > content_created_s ? build_s : content_created_s;
}
// True when the clock reads no earlier than the lower bound.
inline bool clock_trusted(int64_t clock_unix_s, int64_t lower_bound_s) {
  return clock_unix_s >= lower_bound_s;
}

}  // namespace kiosk
