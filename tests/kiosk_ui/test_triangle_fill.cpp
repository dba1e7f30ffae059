// The map texture's triangle filler (kiosk/platform/triangle_fill.hpp): triangles that share
// edges cover each pixel of their shape exactly once, and nothing outside it.
#include <catch2/catch.hpp>
#include <imgui_internal.h>  // ImDrawListSharedData, for draw lists without a context

#include <cstdint>
#include <random>
#include <vector>

#include "kiosk/platform/triangle_fill.hpp"

namespace {

// A w×h grid of cells over [x0, x1)×[y0, y1), each split into two triangles, the inner grid
// points moved at random (so edges run at every angle), in one draw list.
void add_mesh(ImDrawList& list, float x0, float y0, float x1, float y1, int w, int h, ImU32 col, uint32_t seed) {
  std::mt19937 rng(seed);
  std::uniform_real_distribution<float> jitter(-0.2f, 0.2f);  // small enough that no cell folds over
  std::vector<ImVec2> p;
  for (int j = 0; j <= h; ++j)
    for (int i = 0; i <= w; ++i) {
      float fx = float(i), fy = float(j);
      if (i > 0 && i < w) fx += jitter(rng);
      if (j > 0 && j < h) fy += jitter(rng);
      // (the outer points exactly on the edges: x0 + (x1 - x0) need not round to x1)
      float x = i == 0 ? x0 : i == w ? x1 : x0 + (x1 - x0) * fx / float(w);
      float y = j == 0 ? y0 : j == h ? y1 : y0 + (y1 - y0) * fy / float(h);
      p.emplace_back(x, y);
    }
  list.PrimReserve(w * h * 6, int(p.size()));
  ImDrawIdx base = ImDrawIdx(list._VtxCurrentIdx);
  for (const ImVec2& v : p) list.PrimWriteVtx(v, ImVec2(0, 0), col);
  auto at = [&](int i, int j) { return ImDrawIdx(base + j * (w + 1) + i); };
  for (int j = 0; j < h; ++j)
    for (int i = 0; i < w; ++i) {
      list.PrimWriteIdx(at(i, j)), list.PrimWriteIdx(at(i + 1, j)), list.PrimWriteIdx(at(i + 1, j + 1));
      list.PrimWriteIdx(at(i, j)), list.PrimWriteIdx(at(i + 1, j + 1)), list.PrimWriteIdx(at(i, j + 1));
    }
}

struct Canvas {
  int w, h;
  std::vector<uint32_t> px;
  Canvas(int width, int height) : w(width), h(height), px(size_t(width) * size_t(height), 0) {}
  kiosk::PixelTarget target() {
    return {px.data(), w, w, h, [](ImU32 c) { return uint32_t(c & 0x00FFFFFF); }};
  }
  uint32_t at(int x, int y) const { return px[size_t(y) * size_t(w) + size_t(x)]; }
};

}  // namespace

TEST_CASE("triangles sharing edges cover their shape once: no gap, no overlap, nothing outside") {
  ImDrawListSharedData shared;
  for (uint32_t seed = 1; seed <= 20; ++seed) {
    ImDrawList list(&shared);
    list._ResetForNewFrame();
    list.PushClipRect(ImVec2(0, 0), ImVec2(200, 150));
    // Half-transparent grey over black: a pixel covered twice would come out lighter.
    add_mesh(list, 20.3f, 10.7f, 170.6f, 130.2f, 13, 9, IM_COL32(200, 200, 200, 128), seed);
    Canvas c(200, 150);
    kiosk::fill_triangles(c.target(), list);
    const uint32_t once = 0x646464;  // 200 × 128/255, rounded
    int inside = 0, outside = 0, wrong = 0;
    for (int y = 0; y < c.h; ++y)
      for (int x = 0; x < c.w; ++x) {
        float cx = float(x) + 0.5f, cy = float(y) + 0.5f;
        bool in = cx >= 20.3f && cx < 170.6f && cy >= 10.7f && cy < 130.2f;
        uint32_t v = c.at(x, y);
        if (in ? v != once : v != 0) ++wrong;
        (in ? inside : outside)++;
      }
    INFO("seed " << seed);
    CHECK(inside > 17000);
    CHECK(wrong == 0);
  }
}

TEST_CASE("the clip rectangle bounds the fill, and opaque colours are written as they are") {
  ImDrawListSharedData shared;
  ImDrawList list(&shared);
  list._ResetForNewFrame();
  list.PushClipRect(ImVec2(10, 10), ImVec2(30, 20));
  list.AddRectFilled(ImVec2(0, 0), ImVec2(40, 40), IM_COL32(1, 2, 3, 255));
  Canvas c(40, 40);
  kiosk::fill_triangles(c.target(), list);
  int filled = 0;
  for (int y = 0; y < 40; ++y)
    for (int x = 0; x < 40; ++x) {
      bool in = x >= 10 && x < 30 && y >= 10 && y < 20;
      CHECK(c.at(x, y) == (in ? 0x030201u : 0u));
      filled += c.at(x, y) != 0;
    }
  CHECK(filled == 200);
}
