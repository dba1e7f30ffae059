// The attract screen's picks: the next event by the calendar (a yearly one counts this year), a
// past highlight when nothing is to come, the goal and place spotlights, and the drift.
#include <catch2/catch.hpp>

#include <cmath>
#include <set>

#include "content/folder.hpp"
#include "kiosk/logic/attract.hpp"

using namespace kiosk;

namespace {

content::Event event(std::string id, std::string start, std::string recurrence = "none") {
  content::Event e;
  e.id = std::move(id);
  e.title.nl = e.id;
  e.start = *content::PartialDate::parse(start);
  e.recurrence = std::move(recurrence);
  return e;
}

content::Snapshot snapshot(std::vector<content::Event> events) {
  content::Content c;
  c.events = std::move(events);
  return content::Snapshot(std::move(c), {});
}

content::Snapshot default_content() {
  auto folder = content::load_folder(std::filesystem::path(KIOSK_TEST_FIXTURES) / "../../content/default");
  REQUIRE_FALSE(folder.issues.has_errors());
  return content::Snapshot(std::move(folder.content), {});
}

}  // namespace

TEST_CASE("the attract screen shows the next event to come, the soonest first") {
  auto snap = snapshot({event("later", "2026-09-01"), event("past", "2025-01-10"), event("soon", "2026-03-15"),
                        event("today", "2026-02-01")});
  auto pick = attract_event(snap, 20260201);
  REQUIRE(pick);
  CHECK(pick->event->id == "today");
  CHECK(pick->upcoming);
  CHECK(attract_event(snap, 20260202)->event->id == "soon");
}

TEST_CASE("an event under way counts as upcoming when nothing starts later") {
  auto snap = snapshot({event("autumn", "2026-autumn"), event("old", "2020")});
  auto pick = attract_event(snap, 20261015);
  REQUIRE(pick);
  CHECK(pick->event->id == "autumn");
  CHECK(pick->upcoming);
}

TEST_CASE("a yearly event counts as upcoming in its occurrence this year, or next year once it is over") {
  auto snap = snapshot({event("fair", "2018-06-10", "yearly"), event("old", "2021-05-01")});
  auto pick = attract_event(snap, 20260301);
  REQUIRE(pick);
  CHECK(pick->event->id == "fair");
  CHECK(pick->upcoming);
  // After this year's fair, next year's is still to come.
  pick = attract_event(snap, 20261201);
  REQUIRE(pick);
  CHECK(pick->event->id == "fair");
  CHECK(pick->upcoming);
}

TEST_CASE("a dated event still to come wins over a yearly event without a day") {
  auto snap = snapshot({event("yearly", "2018", "yearly"), event("dated", "2026-11-02")});
  CHECK(attract_event(snap, 20260301)->event->id == "dated");
  CHECK(attract_event(snap, 20261201)->event->id == "yearly");
}

TEST_CASE("with nothing to come, the most recent past event is the highlight") {
  auto snap = snapshot({event("a", "2019-04-01"), event("b", "2021-late"), event("c", "2020-12-09")});
  auto pick = attract_event(snap, 20260101);
  REQUIRE(pick);
  CHECK(pick->event->id == "b");
  CHECK_FALSE(pick->upcoming);
  CHECK_FALSE(attract_event(snapshot({}), 20260101));
}

TEST_CASE("on the default content the attract screen shows a yearly event as upcoming") {
  auto snap = default_content();
  auto pick = attract_event(snap, 20260415);
  REQUIRE(pick);
  CHECK(pick->upcoming);
  CHECK(pick->event->recurrence == "yearly");
}

TEST_CASE("the goal spotlight rotates through the goals that items serve, every ten seconds") {
  auto snap = default_content();
  std::set<int> seen;
  for (int64_t t = 0; t < 17 * attract_spotlight_ms; t += attract_spotlight_ms) {
    int g = attract_goal(snap, t);
    REQUIRE(g != 0);
    CHECK_FALSE(snap.serving_goal(g).empty());
    seen.insert(g);
  }
  CHECK(seen.size() > 1);
  CHECK(attract_goal(snap, 1000) == attract_goal(snap, 9000));
  CHECK(attract_goal(snap, 9000) != attract_goal(snap, 11000));
  CHECK(attract_goal(snapshot({}), 0) == 0);
}

TEST_CASE("the place spotlight shows partner places, never the kiosk's own town, and changes apart from the goal") {
  auto snap = default_content();
  std::set<std::string> seen;
  for (int64_t t = 0; t < 20 * attract_spotlight_ms; t += 1000) {
    const content::Place* p = attract_place(snap, t);
    REQUIRE(p);
    CHECK(p->id != "deventer");
    seen.insert(p->id);
  }
  CHECK(seen.size() == 8);
  // Half a period apart: at a goal change the place stays.
  CHECK(attract_place(snap, attract_spotlight_ms - 1) == attract_place(snap, attract_spotlight_ms));
}

TEST_CASE("the attract card drifts within its room and does not stay put for long") {
  float min_x = 1, max_x = -1, min_y = 1, max_y = -1;
  for (int64_t t = 0; t < 3'600'000; t += 2'000) {
    Drift d = attract_drift(t);
    REQUIRE(std::abs(d.x) <= 1);
    REQUIRE(std::abs(d.y) <= 1);
    min_x = std::min(min_x, d.x), max_x = std::max(max_x, d.x);
    min_y = std::min(min_y, d.y), max_y = std::max(max_y, d.y);
  }
  CHECK(max_x - min_x > 1.9f);  // crosses its whole room within the hour
  CHECK(max_y - min_y > 1.9f);
  Drift a = attract_drift(0), b = attract_drift(60'000);  // a minute later it has moved visibly
  CHECK(std::hypot(a.x - b.x, a.y - b.y) > 0.1f);
}
