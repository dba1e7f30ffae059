// Whether the kiosk believes its clock: not earlier than its own build or its content's creation.
#include <catch2/catch.hpp>

#include "content/folder.hpp"
#include "kiosk/logic/attract.hpp"
#include "kiosk/logic/trusted_clock.hpp"

using namespace kiosk;

TEST_CASE("creation times are read as ISO 8601 UTC, and nothing else") {
  CHECK(parse_utc_time("1970-01-01T00:00:00Z") == 0);
  CHECK(parse_utc_time("2026-11-29T20:52:12Z") == 1795985532);
  CHECK(parse_utc_time("2028-02-29T23:59:59Z") == 1835481599);
  CHECK(parse_utc_date("2026-11-29") == 1795910400);
  for (const char* bad : {"", "2026-11-29", "2026-11-29T20:52:12", "2026-11-29T20:52:12+01:00", "2026-02-30T00:00:00Z",
                          "2026-11-29T24:00:00Z", "2026-11-29 20:52:12Z"}) {
    INFO(bad);
    CHECK_FALSE(parse_utc_time(bad));
  }
  CHECK(utc_yyyymmdd(1795985532) == 20261129);
  CHECK(utc_yyyymmdd(0) == 19700101);
}

TEST_CASE("a clock earlier than the build or the content cannot be right") {
  int64_t build = *parse_utc_date("2026-11-29"), created = *parse_utc_time("2027-03-01T10:00:00Z");
  CHECK(clock_lower_bound_s(build, 0) == build);  // the bundled content has no creation time
  CHECK(clock_lower_bound_s(build, created) == created);
  CHECK(clock_lower_bound_s(created, build) == created);
  CHECK_FALSE(clock_trusted(0, build));  // a Pi without a battery clock, before NTP: 1970
  CHECK_FALSE(clock_trusted(*parse_utc_time("2027-02-28T23:00:00Z"), clock_lower_bound_s(build, created)));
  CHECK(clock_trusted(created, clock_lower_bound_s(build, created)));
  CHECK(clock_trusted(*parse_utc_time("2027-06-01T12:00:00Z"), clock_lower_bound_s(build, created)));
}

TEST_CASE("the content's own date is its creation day, else the end of its as-of date") {
  auto folder = content::load_folder(std::filesystem::path(KIOSK_TEST_FIXTURES) / "../../content/default");
  REQUIRE_FALSE(folder.issues.has_errors());
  content::Content c = folder.content;
  CHECK(content_day(content::Snapshot(c, {})) == 20210430);  // bundled: created "", as of 2021-04
  content::ContentState fed{12, "deventer", "2027-01-15T09:30:00Z", ""};
  CHECK(content_day(content::Snapshot(c, fed)) == 20270115);
  content::Content empty;
  CHECK(content_day(content::Snapshot(empty, {})) == 0);
}
