// SDL events → pointer events and quit requests; see sdl_events.hpp.
#include "kiosk/platform/sdl_events.hpp"

#include <imgui.h>

#include <cstdio>

namespace kiosk {
namespace {

// Alt+F4 and Ctrl+Q: what a technician at a development window or the admin screen expects.
bool is_quit_shortcut(const SDL_KeyboardEvent& key) {
  bool ctrl = key.keysym.mod & KMOD_CTRL, alt = key.keysym.mod & KMOD_ALT;
  return (ctrl && key.keysym.sym == SDLK_q) || (alt && key.keysym.sym == SDLK_F4);
}

}  // namespace

bool handle_event(const SDL_Event& e, int w, int h, bool may_quit, PointerInput& input, bool& quit, int64_t now_ms) {
  const int64_t now = now_ms >= 0 ? now_ms : int64_t(SDL_GetTicks64());
  using T = PointerEvent::Type;
  switch (e.type) {
    case SDL_QUIT:
      if (may_quit) quit = true;
      else std::fprintf(stderr, "ignored a quit request from the window system\n");
      return false;
    case SDL_KEYDOWN:  // Escape, Alt+Tab and everything else: nothing (no visitor has a keyboard)
      if (!is_quit_shortcut(e.key)) return false;
      if (may_quit) quit = true;
      else std::fprintf(stderr, "ignored a quit shortcut (only after the admin PIN)\n");
      return false;
    case SDL_FINGERDOWN:
    case SDL_FINGERMOTION:
    case SDL_FINGERUP: {
      T type = e.type == SDL_FINGERDOWN ? T::down : e.type == SDL_FINGERUP ? T::up : T::move;
      input.push({type, int64_t(e.tfinger.fingerId) + 1, e.tfinger.x * float(w), e.tfinger.y * float(h), now});
      return true;
    }
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP:
      if (e.button.which == SDL_TOUCH_MOUSEID || e.button.button != SDL_BUTTON_LEFT) return false;
      input.push({e.type == SDL_MOUSEBUTTONDOWN ? T::down : T::up, 0, float(e.button.x), float(e.button.y), now});
      return true;
    case SDL_MOUSEMOTION:
      if (e.motion.which == SDL_TOUCH_MOUSEID) return false;
      input.push({T::move, 0, float(e.motion.x), float(e.motion.y), now});
      return true;
    case SDL_MOUSEWHEEL:
      ImGui::GetIO().MouseWheel += float(e.wheel.y);
      return true;
    case SDL_WINDOWEVENT:
      // SDL_WINDOWEVENT_CLOSE is not a quit by itself: with one window SDL follows it with
      // SDL_QUIT, handled above. Exposed, resized and the like need a frame.
      if (e.window.event == SDL_WINDOWEVENT_CLOSE && may_quit) quit = true;
      return true;
    default:
      return false;
  }
}

}  // namespace kiosk
