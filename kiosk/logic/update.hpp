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

// True outside the opening hours, unless a touch woke the screen (wake_on_touch) or a technician
// has the admin screen open: the app shows one black frame and then renders nothing.
bool is_dark(const State& state);

// True while the map moves by itself (fling, flight): render every frame.
bool is_animating(const State& state);

// When the next frame is due without input (ms, on the Tick clock): now while animating, the
// next countdown second, the attract screen's next drift step, or the idle warning; never while
// dark.
int64_t next_frame_due_ms(const State& state);

// What the platform knows about the visitor's hands that the state does not.
struct TouchActivity {
  bool pointer_down = false;    // a finger or the mouse button is down, or input waits to be applied
  bool list_scrolling = false;  // a panel list still glides after a swipe
};

// True when new content may be swapped in now, between touches: no finger or button down and
// nothing moving (a map fling or flight, a gliding list), so nothing changes under the visitor's
// finger or eye mid-gesture. The attract screen and the idle countdown do not hold a swap back.
bool may_replace_content(const State& state, const TouchActivity& touch);

// True when a touch at this point belongs to the map: the home screen's map area, with no
// overlay (countdown, accessibility menu) above it.
bool map_takes_touch(const State& state, ScreenPoint at);

inline constexpr int64_t camera_flight_ms = 600;
inline constexpr int64_t attract_drift_step_ms = 2'000;
inline constexpr size_t max_search_bytes = 64;

}  // namespace kiosk
