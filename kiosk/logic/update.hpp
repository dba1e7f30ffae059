// The kiosk's one state transition: update(state, action) → new state. Pure: no ImGui, no SDL,
// no clock; everything it needs is in the state and the action.
#pragma once

#include "kiosk/logic/actions.hpp"
#include "kiosk/logic/state.hpp"

namespace kiosk {

State update(State state, const Action& action);

// True when the visitor has gone: nothing touched for the idle time.
bool is_idle(const State& state);

}  // namespace kiosk
