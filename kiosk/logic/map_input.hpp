// Map gestures that ImGui's single mouse cannot express: pinch, fling and double tap, and a
// finger coming down (which stops a fling). One-finger panning and taps on the map go through
// ImGui, so overlays and panels block them as they block everything else.
#pragma once

#include <vector>

#include "kiosk/logic/actions.hpp"
#include "kiosk/logic/gestures.hpp"
#include "kiosk/logic/state.hpp"

namespace kiosk {

// The actions a completed gesture means for the map (none when it is not the map's).
std::vector<Action> map_actions(const State& state, const Gesture& gesture);
// A finger went down at this point.
std::vector<Action> map_actions_for_down(const State& state, const PointerEvent& down);

inline constexpr float double_tap_zoom = 2.0f;

}  // namespace kiosk
