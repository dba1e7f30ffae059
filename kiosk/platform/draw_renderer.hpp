// ImGui's draw data onto an SDL_Renderer, cheaper than the 1.86 backend's RenderDrawData on SDL's
// software renderer, where rasterising is most of a frame (README, "Performance"):
// - triangles that only use the font atlas's white pixel (every filled shape) go to SDL without
//   a texture, so SDL fills them instead of sampling a texture for every pixel;
// - an image (one textured quad, like the map's cached texture) is copied as a rectangle.
// Text and everything else goes through SDL_RenderGeometryRaw as in the backend. The backend's
// ImGui_ImplSDLRenderer_NewFrame still creates the font texture.
#pragma once

#include <SDL.h>
#include <imgui.h>

#include <unordered_map>
#include <vector>

namespace kiosk {

// Draws all of `data`; with `only` set, only what falls inside that rectangle; with `from`, only
// that command and those after it.
void render_draw_data(SDL_Renderer* renderer, const ImDrawData& data, const SDL_Rect* only = nullptr,
                      const ImDrawCmd* from = nullptr);

// Draws frames, and only when something changed since the last one: the triangles that differ
// from the last frame's draw lists, and those showing a texture whose pixels were redrawn (the
// map's). With `incremental` (SDL's software renderer, whose target keeps its pixels from one
// frame to the next) it redraws only the rectangle around those: a pan then costs the map's
// area, not the whole screen. Otherwise (GL: the back buffer is not kept) it draws the whole frame.
class FrameRenderer {
 public:
  explicit FrameRenderer(bool incremental) : incremental_(incremental) {}
  // Returns false when nothing changed, so nothing was drawn (and nothing needs presenting).
  // `redrawn`: textures whose pixels changed since the last frame; a texture destroyed and
  // another created at the same address counts as that too (so every texture made is reported).
  bool render(SDL_Renderer* r, const ImDrawData& data, SDL_Color background, const std::vector<SDL_Texture*>& redrawn);
  // The next frame is drawn whole (new content, a new size, or after something else drew).
  void invalidate() { full_ = true; }
  // Tests: after each incremental frame, draw it whole as well and count the pixels that differ.
  void set_verify(bool on) { verify_ = on; }
  int64_t verified_frames() const { return verified_; }
  int64_t differing_pixels() const { return differing_; }

 private:
  struct ListCopy {
    std::vector<ImDrawVert> vtx;
    std::vector<ImDrawIdx> idx;
    std::vector<ImDrawCmd> cmd;
    bool seen = false;
  };
  bool incremental_;
  bool full_ = true, verify_ = false;
  int width_ = 0, height_ = 0;
  int64_t verified_ = 0, differing_ = 0;
  std::unordered_map<const ImDrawList*, ListCopy> last_;
  std::vector<const ImDrawList*> order_;  // the lists in the last frame's order
};

}  // namespace kiosk
