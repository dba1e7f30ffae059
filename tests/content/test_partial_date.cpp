// Partial dates: what the note gives ("medio 2021", "najaar 2021", a year) is kept exactly.
#include <catch2/catch.hpp>

#include "content/partial_date.hpp"

using content::Lang;
using content::PartialDate;

TEST_CASE("partial dates parse and print in the same form") {
  for (const char* s : {"2021", "2021-06", "2020-12-09", "2021-mid", "2021-autumn", "2024-02-29"}) {
    auto d = PartialDate::parse(s);
    REQUIRE(d);
    CHECK(d->to_string() == s);
  }
}

TEST_CASE("impossible dates are rejected") {
  for (const char* s : {"", "21", "2021-13", "2021-00", "2021-02-30", "2023-02-29", "2021-6", "2021-06-1", "2021-fall",
                        "2021-06-15x", "abcd", "0999"})
    CHECK_FALSE(PartialDate::parse(s));
}

TEST_CASE("partial dates read naturally in each language") {
  CHECK(PartialDate::parse("2021-autumn")->display(Lang::nl) == "najaar 2021");
  CHECK(PartialDate::parse("2021-mid")->display(Lang::en) == "mid 2021");
  CHECK(PartialDate::parse("2021-mid")->display(Lang::de) == "Mitte 2021");
  CHECK(PartialDate::parse("2020-12-09")->display(Lang::nl) == "9 december 2020");
  CHECK(PartialDate::parse("2020-12-09")->display(Lang::de) == "9. Dezember 2020");
  CHECK(PartialDate::parse("2021-03")->display(Lang::de) == "März 2021");
}

TEST_CASE("a partial date covers a range of days") {
  auto autumn = *PartialDate::parse("2021-autumn");
  CHECK(autumn.first_day() == 20210901);
  CHECK(autumn.last_day() == 20211130);
  auto year = *PartialDate::parse("2021");
  CHECK(year.first_day() == 20210101);
  CHECK(year.last_day() == 20211231);
  CHECK(PartialDate::parse("2024-02")->last_day() == 20240229);
}
