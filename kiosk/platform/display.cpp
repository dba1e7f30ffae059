// The kiosk's display (display.hpp).
#include "kiosk/platform/display.hpp"

#include <cstdio>

#include "kiosk/platform/renderer_choice.hpp"

namespace kiosk {

bool create_display(const Options& o, bool offscreen, Sdl& sdl, std::string& why) {
  std::string chosen = "offscreen";
  if (offscreen) {
    int w = o.width_px ? o.width_px : 1920, h = o.height_px ? o.height_px : 1080;
    sdl.surface = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ABGR8888);
    if (sdl.surface) sdl.renderer = SDL_CreateSoftwareRenderer(sdl.surface);
  } else {
    SDL_Rect bounds{0, 0, 1280, 800};
    Uint32 flags = SDL_WINDOW_SHOWN;
    if (o.windowed) {
      if (o.width_px) bounds = {SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, o.width_px, o.height_px};
      else bounds = {SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 1280, 800};
      flags |= SDL_WINDOW_RESIZABLE;
    } else {
      // Borderless at the display's bounds: FULLSCREEN_DESKTOP misplaces it without a window manager.
      SDL_GetDisplayBounds(0, &bounds);
      if (o.width_px) bounds.w = o.width_px, bounds.h = o.height_px;
      flags |= SDL_WINDOW_BORDERLESS;
    }
    sdl.window = SDL_CreateWindow("Deventer Internationaal", bounds.x, bounds.y, bounds.w, bounds.h, flags);
    if (sdl.window) sdl.renderer = create_window_renderer(sdl.window, chosen);
    if (!o.windowed) SDL_ShowCursor(SDL_DISABLE);
  }
  if (!sdl.renderer) {
    why = SDL_GetError();
    return false;
  }
  SDL_RendererInfo info{};
  SDL_GetRendererInfo(sdl.renderer, &info);
  std::fprintf(stderr, "renderer: %s (%s; %s)\n", info.name, offscreen ? "offscreen" : SDL_GetCurrentVideoDriver(), chosen.c_str());
  return true;
}

void output_size(const Sdl& sdl, int& w, int& h) {
  if (sdl.surface) {
    w = sdl.surface->w;
    h = sdl.surface->h;
  } else {
    SDL_GetRendererOutputSize(sdl.renderer, &w, &h);
  }
}

}  // namespace kiosk
