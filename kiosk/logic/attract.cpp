// Picking the attract screen's event, goal and place, and the card's drift.
#include "kiosk/logic/attract.hpp"

#include <cmath>
#include <numbers>
#include <vector>

#include "kiosk/logic/trusted_clock.hpp"

namespace kiosk {
namespace {

// The event's days as [first, last] (YYYYMMDD), for a yearly event its occurrence this year or,
// when that is over, next year.
struct Window {
  int first = 0, last = 0;
};

Window occurrence(const content::Event& e, int today) {
  const content::PartialDate& end = e.end.empty() ? e.start : e.end;
  Window w{e.start.first_day(), end.last_day()};
  if (e.recurrence != "yearly" || today == 0 || e.start.year >= today / 10000) return w;
  for (int year : {today / 10000, today / 10000 + 1}) {
    content::PartialDate s = e.start, t = end;
    t.year = year + (end.year - e.start.year);
    s.year = year;
    w = {s.first_day(), t.last_day()};
    if (w.last >= today) break;
  }
  return w;
}

}  // namespace

std::optional<AttractEvent> attract_event(const content::Snapshot& snap, int today) {
  const content::Event *next = nullptr, *current = nullptr, *past = nullptr;
  Window next_w, current_w, past_w;
  for (const auto& e : snap.content().events) {
    Window w = occurrence(e, today);
    if (w.first >= today) {
      if (!next || w.first < next_w.first) next = &e, next_w = w;
    } else if (w.last >= today) {
      if (!current || w.first > current_w.first) current = &e, current_w = w;  // the one that began last
    } else if (!past || w.last > past_w.last) {
      past = &e, past_w = w;
    }
  }
  if (next) return AttractEvent{next, true};
  if (current) return AttractEvent{current, true};
  if (past) return AttractEvent{past, false};
  return std::nullopt;
}

int content_day(const content::Snapshot& snap) {
  if (auto created = parse_utc_time(snap.state().created)) return utc_yyyymmdd(*created);
  const content::PartialDate& as_of = snap.content().meta.as_of;
  return as_of.empty() ? 0 : as_of.last_day();
}

int attract_goal(const content::Snapshot& snap, int64_t now_ms) {
  std::vector<int> served;
  for (const auto& g : snap.content().goals)
    if (!snap.serving_goal(g.number).empty()) served.push_back(g.number);
  if (served.empty()) return 0;
  return served[size_t(now_ms / attract_spotlight_ms) % served.size()];
}

const content::Place* attract_place(const content::Snapshot& snap, int64_t now_ms) {
  std::vector<const content::Place*> partners;
  for (const auto& p : snap.content().places)
    for (const auto& r : p.relations)
      if (r.type != "home") {
        partners.push_back(&p);
        break;
      }
  if (partners.empty()) return nullptr;
  return partners[size_t((now_ms + attract_spotlight_ms / 2) / attract_spotlight_ms) % partners.size()];
}

Drift attract_drift(int64_t now_ms) {
  // Periods that share no factor, so the path only repeats after hours.
  constexpr double period_x_s = 7 * 60 + 1, period_y_s = 11 * 60 + 3;
  double t = double(now_ms) / 1000.0;
  return {float(std::sin(2 * std::numbers::pi * t / period_x_s)),
          float(std::sin(2 * std::numbers::pi * t / period_y_s + 1.0))};
}

}  // namespace kiosk
