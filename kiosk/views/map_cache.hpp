// The map's countries drawn once into a texture and reused while nothing about them changes
// (zoom, viewport, highlights): taps and scrolling in the panel then cost no map drawing, and a
// pan shifts the texture, which is drawn with margins once the map is panned.
// The view builds the geometry; the platform layer, which owns the renderer, turns it into a
// texture through `render`. Without a renderer (UI tests) the view draws the map directly.
#pragma once

#include <imgui.h>

#include <cstdint>
#include <functional>
#include <memory>

namespace kiosk {

struct MapCacheKey {
  float center_x = 0, center_y = 0, scale_px = 0;
  float width_px = 0, height_px = 0;
  uint64_t highlights = 0;
  float margin_x = 0, margin_y = 0;  // drawn around the view, so a pan can shift the texture
  bool operator==(const MapCacheKey&) const = default;
};

struct MapCache {
  // Set by the platform: draws `list` into a width×height texture and returns the texture.
  std::function<ImTextureID(const ImDrawList& list, int width_px, int height_px)> render;
  std::unique_ptr<ImDrawList> list;  // created with the ImGui context's shared data
  ImTextureID texture = nullptr;
  MapCacheKey key;
  bool has_texture = false;
  // Set by the platform for the frame that swaps in new content: new highlights are drawn into
  // the texture on the next frame, so the two costs (the new panel, the new map) are not paid in
  // one frame. `stale` says a redraw is owed.
  bool hold_look = false;
  bool stale = false;
  // Set by the platform a while after the last pan: the frame draws the texture without margins
  // again, giving back their memory (~6 MB at 1080p) until the next pan.
  bool drop_margins = false;
  // Set by the platform while a finger is down or the map is in flight: a changed zoom then shows
  // the texture scaled instead of drawing it anew; the first frame after draws it anew.
  bool moving = false;
  // Set for the platform's layout pass before the first frame: the view reports its viewport and
  // draws no countries (a frame's worth of geometry that nothing would show).
  bool layout_only = false;
  uint64_t renders = 0;  // how often the texture was redrawn (benchmarks, tests)
};

}  // namespace kiosk
