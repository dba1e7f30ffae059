// Fills a draw list's triangles into 32-bit pixels: the map's texture (views/map_cache.hpp),
// whose countries are thousands of triangles of one colour each. SDL's software renderer fills a
// triangle by testing every pixel of its bounding box, after queueing and converting it; this
// walks each row's span once. Triangles are taken as filled with their first vertex's colour
// (ImGui draws filled shapes and lines without anti-aliasing in the map's list) and pixel centres
// decide coverage with the top-left rule, so triangles sharing an edge leave no gap and no overlap.
#pragma once

#include <imgui.h>

#include <cstdint>
#include <functional>

namespace kiosk {

struct PixelTarget {
  uint32_t* pixels = nullptr;
  int pitch_px = 0;  // pixels from one row to the next
  int width_px = 0, height_px = 0;
  // ImGui's colour (0xAABBGGRR) as this target's pixel, opaque.
  std::function<uint32_t(ImU32)> pixel;
};

// Draws every command of `list` (its clip rectangles kept; textures ignored), colours blended
// over what is there by their alpha.
void fill_triangles(const PixelTarget& target, const ImDrawList& list);

}  // namespace kiosk
