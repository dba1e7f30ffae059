// The kiosk's choice of SDL renderer (kiosk/platform/renderer_choice.hpp): never OpenGL that Mesa
// would run on the CPU, and SDL_RENDER_DRIVER still decides when set.
#include <SDL.h>
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "kiosk/platform/renderer_choice.hpp"

TEST_CASE("Mesa's CPU rasterisers are recognised by their OpenGL renderer string") {
  CHECK(kiosk::is_software_gl("llvmpipe (LLVM 15.0.6, 256 bits)"));
  CHECK(kiosk::is_software_gl("softpipe"));
  CHECK(kiosk::is_software_gl("Mesa X11 Software Rasterizer"));
  CHECK_FALSE(kiosk::is_software_gl("V3D 4.2"));  // a Raspberry Pi 4's GPU
  CHECK_FALSE(kiosk::is_software_gl("Mesa Intel(R) UHD Graphics 620 (KBL GT2)"));
  CHECK_FALSE(kiosk::is_software_gl(""));
}

TEST_CASE("a window gets the software renderer without a GPU, unless SDL_RENDER_DRIVER says otherwise") {
  std::error_code ec;
  bool gpu = std::filesystem::exists("/dev/dri", ec);
  REQUIRE(setenv("SDL_VIDEODRIVER", "dummy", 1) == 0);
  REQUIRE(SDL_InitSubSystem(SDL_INIT_VIDEO) == 0);
  SDL_Window* w = SDL_CreateWindow("t", 0, 0, 64, 48, 0);
  REQUIRE(w);
  unsetenv("SDL_RENDER_DRIVER");
  std::string why;
  SDL_Renderer* r = kiosk::create_window_renderer(w, why);
  REQUIRE(r);
  SDL_RendererInfo info{};
  SDL_GetRendererInfo(r, &info);
  INFO(why);
  CHECK(std::string(info.name) == "software");  // the dummy driver has no OpenGL either way
  if (!gpu) CHECK(why.find("no GPU") != std::string::npos);
  SDL_DestroyRenderer(r);

  REQUIRE(setenv("SDL_RENDER_DRIVER", "software", 1) == 0);
  r = kiosk::create_window_renderer(w, why);
  REQUIRE(r);
  CHECK(why == "SDL_RENDER_DRIVER=software");
  SDL_DestroyRenderer(r);
  unsetenv("SDL_RENDER_DRIVER");
  SDL_DestroyWindow(w);
  SDL_QuitSubSystem(SDL_INIT_VIDEO);
  unsetenv("SDL_VIDEODRIVER");
}
