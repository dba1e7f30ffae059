// What the kiosk does with one SDL event: fingers and the mouse become pointer events, and the few
// ways to quit are honoured only when quitting is allowed. A visitor must never leave the kiosk:
// a window manager's close (SDL_QUIT, SDL_WINDOWEVENT_CLOSE), Alt+F4 and Ctrl+Q quit only in a
// development window (--windowed) or on the admin screen after the PIN; every other key (Escape,
// Alt+Tab, Ctrl+W, Super, Ctrl+Alt+Backspace...) does nothing at all. SIGTERM is not an event:
// app.cpp handles it. Kept apart from app.cpp so the UI tests run the same function.
#pragma once

#include <SDL.h>

#include "kiosk/platform/pointer_input.hpp"

namespace kiosk {

// Translates `e` for a display of width_px × height_px. Sets `quit` when the event asks to quit
// and may_quit is true (when it is false, logs that it ignored the request). Returns false when
// the event needs no frame. Pointer events get the time now_ms; -1: SDL's ticks (the soak's loop
// passes its simulated clock, loop_clock.hpp).
bool handle_event(const SDL_Event& e, int width_px, int height_px, bool may_quit, PointerInput& input, bool& quit,
                  int64_t now_ms = -1);

}  // namespace kiosk
