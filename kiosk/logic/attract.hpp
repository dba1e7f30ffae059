// What the attract screen shows, picked from the live content and the clocks: an event (the next
// one to come, else the latest past one), a Global Goal spotlight and a partner place that rotate,
// and the slow drift of the card against burn-in. Pure, so it is tested without a window.
#pragma once

#include <cstdint>
#include <optional>

#include "content/snapshot.hpp"

namespace kiosk {

inline constexpr int64_t attract_spotlight_ms = 10'000;  // the goal and the place change this often

struct AttractEvent {
  const content::Event* event = nullptr;
  bool upcoming = false;  // to come or under way; false: a past highlight
};

// The next event whose (this year's, for a yearly event) occurrence starts today or later; else
// one under way today (a yearly event without a day counts as under way all year); else the most
// recent past one. Ties go to the first in the content. Nothing when there are no events.
std::optional<AttractEvent> attract_event(const content::Snapshot& snap, int today_yyyymmdd);

// The day the content speaks from, as YYYYMMDD: its creation date (UTC), else the last day of its
// "as of" date; 0 when it has neither. Events are judged against it when the clock cannot be
// trusted (trusted_clock.hpp), and then not called upcoming or past.
int content_day(const content::Snapshot& snap);

// The goal in the spotlight at now_ms, rotating through the goals that some item serves, in
// number order; 0 when no item serves any goal.
int attract_goal(const content::Snapshot& snap, int64_t now_ms);

// The partner place at now_ms (a place with a relation other than "home"), rotating half a step
// after the goal so the card never changes two things at once; nullptr when there is none.
const content::Place* attract_place(const content::Snapshot& snap, int64_t now_ms);

// Where the card is, as a fraction of the room it has to move in each direction (-1 .. 1): a slow
// Lissajous path with periods of minutes, so over an hour no pixel shows the same thing for long.
struct Drift {
  float x = 0, y = 0;
};
Drift attract_drift(int64_t now_ms);

}  // namespace kiosk
