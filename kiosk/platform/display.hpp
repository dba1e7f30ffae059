// The kiosk's display: a borderless window at the display's bounds with the renderer
// renderer_choice.hpp picks, a window in development, or an offscreen surface with SDL's software
// renderer (screenshots, benchmarks under SDL_VIDEODRIVER=dummy).
#pragma once

#include <SDL.h>

#include <string>

#include "kiosk/logic/options.hpp"

namespace kiosk {

// SDL itself and what it made; SDL_Quit when it goes.
struct Sdl {
  SDL_Window* window = nullptr;
  SDL_Surface* surface = nullptr;  // headless: the offscreen target
  SDL_Renderer* renderer = nullptr;
  ~Sdl() {
    if (renderer) SDL_DestroyRenderer(renderer);
    if (surface) SDL_FreeSurface(surface);
    if (window) SDL_DestroyWindow(window);
    SDL_Quit();
  }
};

// Creates the window (or surface) and renderer from the options; false with `why` if it cannot.
// Logs the renderer it chose and why.
bool create_display(const Options& o, bool offscreen, Sdl& sdl, std::string& why);
// The size drawn to, in pixels.
void output_size(const Sdl& sdl, int& w, int& h);

}  // namespace kiosk
