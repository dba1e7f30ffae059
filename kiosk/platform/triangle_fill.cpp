// Span filling of a draw list's triangles (triangle_fill.hpp says why).
#include "kiosk/platform/triangle_fill.hpp"

#include <algorithm>
#include <cmath>

namespace kiosk {
namespace {

struct Clip {
  int x0, y0, x1, y1;  // pixels x0..x1-1, y0..y1-1
};

// Blends each byte: the channels' order does not matter, and the target is drawn opaque.
uint32_t blend(uint32_t dst, uint32_t src, uint32_t a) {
  uint32_t out = 0;
  for (int shift = 0; shift < 32; shift += 8) {
    uint32_t d = (dst >> shift) & 0xFF, s = (src >> shift) & 0xFF;
    out |= ((s * a + d * (255 - a) + 127) / 255) << shift;
  }
  return out;
}

// The first pixel whose centre lies at or right of x (pixel centres at i + 0.5).
int first_at_or_after(float x) { return int(std::ceil(x - 0.5f)); }

void fill_triangle(const PixelTarget& t, const Clip& c, ImVec2 a, ImVec2 b, ImVec2 d, uint32_t px, uint32_t alpha) {
  // Sorted by y: a on top, d at the bottom.
  if (b.y < a.y) std::swap(a, b);
  if (d.y < a.y) std::swap(a, d);
  if (d.y < b.y) std::swap(b, d);
  if (d.y == a.y) return;  // no area
  int y_begin = std::max(first_at_or_after(a.y), c.y0), y_end = std::min(first_at_or_after(d.y), c.y1);
  for (int y = y_begin; y < y_end; ++y) {
    float yc = float(y) + 0.5f;
    // x on the long edge a–d, and on the short edge (a–b above b, b–d below).
    float x_long = a.x + (d.x - a.x) * (yc - a.y) / (d.y - a.y);
    float x_short = yc < b.y ? a.x + (b.x - a.x) * (yc - a.y) / (b.y - a.y) : b.x + (d.x - b.x) * (yc - b.y) / (d.y - b.y);
    float xl = std::min(x_long, x_short), xr = std::max(x_long, x_short);
    int x_begin = std::max(first_at_or_after(xl), c.x0), x_end = std::min(first_at_or_after(xr), c.x1);
    if (x_end <= x_begin) continue;
    uint32_t* row = t.pixels + size_t(y) * size_t(t.pitch_px);
    if (alpha == 0xFF) {
      std::fill(row + x_begin, row + x_end, px);
    } else {
      for (int x = x_begin; x < x_end; ++x) row[x] = blend(row[x], px, alpha);
    }
  }
}

}  // namespace

void fill_triangles(const PixelTarget& t, const ImDrawList& list) {
  for (const ImDrawCmd& cmd : list.CmdBuffer) {
    if (cmd.UserCallback) continue;
    Clip c{std::max(0, int(std::ceil(cmd.ClipRect.x))), std::max(0, int(std::ceil(cmd.ClipRect.y))),
           std::min(t.width_px, int(std::floor(cmd.ClipRect.z))), std::min(t.height_px, int(std::floor(cmd.ClipRect.w)))};
    if (c.x1 <= c.x0 || c.y1 <= c.y0) continue;
    const ImDrawVert* vtx = list.VtxBuffer.Data + cmd.VtxOffset;
    const ImDrawIdx* idx = list.IdxBuffer.Data + cmd.IdxOffset;
    ImU32 last_col = 0;
    uint32_t px = t.pixel(0);
    for (unsigned i = 0; i + 2 < cmd.ElemCount; i += 3) {
      const ImDrawVert &a = vtx[idx[i]], &b = vtx[idx[i + 1]], &d = vtx[idx[i + 2]];
      uint32_t alpha = a.col >> 24;
      if (alpha == 0) continue;
      if (a.col != last_col) px = t.pixel(a.col), last_col = a.col;
      fill_triangle(t, c, a.pos, b.pos, d.pos, px, alpha);
    }
  }
}

}  // namespace kiosk
