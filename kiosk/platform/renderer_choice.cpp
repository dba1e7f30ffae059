// How the kiosk picks its renderer (renderer_choice.hpp says why).
#include "kiosk/platform/renderer_choice.hpp"

#include <filesystem>

namespace kiosk {
namespace {

// A GPU shows as a DRM device; without one, any OpenGL is Mesa on the CPU.
bool has_drm_device() {
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator("/dev/dri", ec)) {
    std::string name = e.path().filename().string();
    if (name.starts_with("card") || name.starts_with("renderD")) return true;
  }
  return false;
}

std::string gl_renderer_string() {
  using GetString = const unsigned char* (*)(unsigned);
  auto get = reinterpret_cast<GetString>(SDL_GL_GetProcAddress("glGetString"));
  const unsigned char* s = get ? get(0x1F01) : nullptr;  // GL_RENDERER
  return s ? reinterpret_cast<const char*>(s) : "";
}

// SDL's software renderer, or SDL's first choice where a window has no pixels of its own to draw
// into (Wayland, KMSDRM: there SDL shows them through OpenGL anyway).
SDL_Renderer* create_software(SDL_Window* window, std::string& why) {
  // Otherwise SDL would show the software renderer's pixels through an OpenGL texture.
  SDL_SetHintWithPriority(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0", SDL_HINT_DEFAULT);
  for (int i = 0; i < SDL_GetNumRenderDrivers(); ++i) {
    SDL_RendererInfo info{};
    if (SDL_GetRenderDriverInfo(i, &info) != 0 || std::string_view(info.name) != "software") continue;
    if (SDL_Renderer* r = SDL_CreateRenderer(window, i, 0)) return r;
  }
  why += "; no software renderer for this window (" + std::string(SDL_GetError()) + "), SDL's first choice instead";
  SDL_ResetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION);
  return SDL_CreateRenderer(window, -1, 0);
}

}  // namespace

bool is_software_gl(std::string_view s) {
  for (std::string_view cpu : {"llvmpipe", "softpipe", "Software Rasterizer", "swrast", "SwiftShader"})
    if (s.find(cpu) != std::string_view::npos) return true;
  return false;
}

SDL_Renderer* create_window_renderer(SDL_Window* window, std::string& why) {
  if (const char* forced = SDL_GetHint(SDL_HINT_RENDER_DRIVER); forced && *forced) {
    why = std::string("SDL_RENDER_DRIVER=") + forced;
    return SDL_CreateRenderer(window, -1, 0);
  }
  if (!has_drm_device()) {
    why = "no GPU (/dev/dri): OpenGL would draw on the CPU";
    return create_software(window, why);
  }
  SDL_Renderer* r = SDL_CreateRenderer(window, -1, 0);
  SDL_RendererInfo info{};
  if (r && SDL_GetRendererInfo(r, &info) == 0 && std::string_view(info.name).starts_with("opengl")) {
    std::string gl = gl_renderer_string();
    if (is_software_gl(gl)) {
      SDL_DestroyRenderer(r);
      why = "OpenGL is " + gl + ", on the CPU";
      return create_software(window, why);
    }
    why = "OpenGL on " + gl;
    return r;
  }
  why = "SDL's first choice";
  return r;
}

}  // namespace kiosk
