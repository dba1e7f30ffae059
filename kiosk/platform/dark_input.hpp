// Touches on the dark screen outside the opening hours: with wake_on_touch any touch wakes it
// (and presses nothing); without, only a technician's long press in the admin corner does
// anything, and it opens the PIN pad, so a kiosk can be inspected after hours too.
#pragma once

#include "kiosk/logic/state.hpp"
#include "kiosk/platform/pointer_input.hpp"

namespace kiosk {

// Takes what `input` holds and returns the state after it. When the screen is no longer dark,
// `input` starts afresh: the finger that woke it presses nothing.
State dark_touch(State s, PointerInput& input);

}  // namespace kiosk
