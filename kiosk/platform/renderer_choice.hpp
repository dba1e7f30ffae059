// Which SDL renderer a window gets. SDL's first choice under X11 or KMSDRM is OpenGL. Without a
// GPU, Mesa runs it on llvmpipe, which shades every pixel of every frame on the CPU: panning the
// map took 80 to 140 % of a core there, against about 15 % for SDL's software renderer, which keeps
// its pixels so only what changed is redrawn (README, "Performance"). So when OpenGL would run
// on the CPU, the kiosk takes the software renderer. SDL_RENDER_DRIVER still decides when set.
#pragma once

#include <SDL.h>

#include <string>
#include <string_view>

namespace kiosk {

// Whether an OpenGL renderer string names one of Mesa's CPU rasterisers (or another one).
bool is_software_gl(std::string_view gl_renderer);

// The renderer for `window`; `why` says how it was chosen, for the log.
SDL_Renderer* create_window_renderer(SDL_Window* window, std::string& why);

}  // namespace kiosk
