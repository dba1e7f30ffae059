// The kiosk's one state transition: update(state, action) → new state. Pure: no ImGui, no SDL,
// no clock; everything it needs is in the state and the action.
#pragma once

#include <optional>

#include "kiosk/logic/actions.hpp"
#include "kiosk/logic/state.hpp"

namespace kiosk {

State update(State state, const Action& action);

// Seconds left on the "still there?" countdown, or nothing while the visitor is active.
std::optional<int> idle_countdown_s(const State& state);

// True while the map moves by itself (fling, flight): render every frame.
bool is_animating(const State& state);

// When the next frame is due without input (ms, on the Tick clock): now while animating, the
// next countdown second, the attract screen's next drift step, or the idle warning.
int64_t next_frame_due_ms(const State& state);

// True when a touch at this point belongs to the map: the home screen's map area, with no
// overlay (countdown, accessibility menu) above it.
bool map_takes_touch(const State& state, ScreenPoint at);

inline constexpr int64_t camera_flight_ms = 600;
inline constexpr int64_t attract_drift_step_ms = 2'000;
inline constexpr size_t max_search_bytes = 64;

}  // namespace kiosk
