// The kiosk's own words around the content: how an event's date reads.
#include <catch2/catch.hpp>

#include "kiosk/logic/ui_text.hpp"

TEST_CASE("an event's date reads as the source gives it, with its recurrence") {
  content::Event once;
  once.start = *content::PartialDate::parse("2021-autumn");
  CHECK(kiosk::event_when(once, content::Lang::nl) == "najaar 2021");
  content::Event yearly;
  yearly.start = *content::PartialDate::parse("2021");
  yearly.recurrence = "yearly";
  yearly.times_per_year = "2-3";
  CHECK(kiosk::event_when(yearly, content::Lang::en) == "2021, 2-3 times a year");
  yearly.times_per_year.clear();
  CHECK(kiosk::event_when(yearly, content::Lang::de) == "2021, jährlich");
}
