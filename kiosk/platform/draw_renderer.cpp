// ImGui draw data → SDL_Renderer (draw_renderer.hpp says why not the backend's function).
#include "kiosk/platform/draw_renderer.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstring>
#include <tuple>

namespace kiosk {
namespace {

static_assert(sizeof(ImDrawIdx) == 2 || sizeof(ImDrawIdx) == 4);

bool white(const ImDrawVert& v, ImVec2 white_uv) { return v.uv.x == white_uv.x && v.uv.y == white_uv.y; }

// `only`: skip the call when none of these triangles reaches into it (SDL would look at each).
void geometry(SDL_Renderer* r, SDL_Texture* tex, const ImDrawVert* vtx, int vtx_count, const ImDrawIdx* idx, int idx_count,
              const SDL_Rect* only = nullptr) {
  if (idx_count <= 0) return;
  if (only) {
    float x0 = 1e9f, y0 = 1e9f, x1 = -1e9f, y1 = -1e9f;
    for (int i = 0; i < idx_count; ++i) {
      const ImVec2& p = vtx[idx[i]].pos;
      x0 = std::min(x0, p.x), y0 = std::min(y0, p.y), x1 = std::max(x1, p.x), y1 = std::max(y1, p.y);
    }
    if (x1 < float(only->x) || y1 < float(only->y) || x0 > float(only->x + only->w) || y0 > float(only->y + only->h)) return;
  }
  SDL_RenderGeometryRaw(r, tex, &vtx->pos.x, int(sizeof(ImDrawVert)), reinterpret_cast<const SDL_Color*>(&vtx->col),
                        int(sizeof(ImDrawVert)), &vtx->uv.x, int(sizeof(ImDrawVert)), vtx_count, idx, idx_count,
                        int(sizeof(ImDrawIdx)));
}

// Two triangles that make an axis-aligned rectangle of one colour (the shared edge a diagonal),
// as ImGui draws every unrounded filled rectangle, window backgrounds included.
bool is_rect(const ImDrawVert* vtx, const ImDrawIdx* t, SDL_FRect& rect, ImU32& col) {
  const ImDrawVert* v[6];
  for (int i = 0; i < 6; ++i) v[i] = &vtx[t[i]];
  col = v[0]->col;
  float x0 = v[0]->pos.x, x1 = x0, y0 = v[0]->pos.y, y1 = y0;
  for (const ImDrawVert* p : v) {
    if (p->col != col) return false;
    x0 = std::min(x0, p->pos.x), x1 = std::max(x1, p->pos.x), y0 = std::min(y0, p->pos.y), y1 = std::max(y1, p->pos.y);
  }
  if (x1 <= x0 || y1 <= y0) return false;
  for (const ImDrawVert* p : v)
    if ((p->pos.x != x0 && p->pos.x != x1) || (p->pos.y != y0 && p->pos.y != y1)) return false;
  // Each triangle has three different corners, and the corners they share are opposite ones.
  auto corner = [&](const ImDrawVert* p) { return (p->pos.x == x1 ? 1 : 0) | (p->pos.y == y1 ? 2 : 0); };
  int a[3] = {corner(v[0]), corner(v[1]), corner(v[2])}, b[3] = {corner(v[3]), corner(v[4]), corner(v[5])};
  if (a[0] == a[1] || a[1] == a[2] || a[0] == a[2] || b[0] == b[1] || b[1] == b[2] || b[0] == b[2]) return false;
  int shared = 0, shared_mask = 0;
  for (int i : a)
    for (int j : b)
      if (i == j) ++shared, shared_mask ^= i;
  if (shared != 2 || shared_mask != 3) return false;  // 0^3 or 1^2: a diagonal
  rect = {x0, y0, x1 - x0, y1 - y0};
  return true;
}

// Filled shapes: rectangles as rectangles (SDL's software renderer fills a triangle pixel by
// pixel over its whole bounding box: a window background cost 15 ms), the rest as triangles.
void fill_shapes(SDL_Renderer* r, const ImDrawVert* vtx, int vtx_count, const ImDrawIdx* idx, int count, const SDL_Rect* only) {
  int pending = 0;  // triangles not drawn yet, from here
  for (int i = 0; i + 6 <= count;) {
    SDL_FRect rect;
    ImU32 col;
    if (!is_rect(vtx, idx + i, rect, col)) {
      i += 3;
      continue;
    }
    geometry(r, nullptr, vtx, vtx_count, idx + pending, i - pending, only);
    uint8_t a = (col >> 24) & 0xFF;
    SDL_SetRenderDrawBlendMode(r, a == 0xFF ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(r, col & 0xFF, (col >> 8) & 0xFF, (col >> 16) & 0xFF, a);
    SDL_RenderFillRectF(r, &rect);
    SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_BLEND);
    i += 6;
    pending = i;
  }
  geometry(r, nullptr, vtx, vtx_count, idx + pending, count - pending, only);
}

// An image: 4 vertices, 6 indices, an axis-aligned rectangle of one colour. Copied as a rect
// (SDL's software renderer would otherwise sample it triangle by triangle).
bool copy_image(SDL_Renderer* r, SDL_Texture* tex, const ImDrawVert* vtx, const ImDrawIdx* idx, ImVec2 offset) {
  // (The texture keeps its own blend mode, as with geometry: the map's is opaque.)
  ImVec2 p0 = vtx[idx[0]].pos, p1 = p0, uv0 = vtx[idx[0]].uv, uv1 = uv0;
  ImU32 col = vtx[idx[0]].col;
  for (int i = 0; i < 6; ++i) {
    const ImDrawVert& v = vtx[idx[i]];
    if (v.col != col) return false;
    p0 = ImVec2(std::min(p0.x, v.pos.x), std::min(p0.y, v.pos.y));
    p1 = ImVec2(std::max(p1.x, v.pos.x), std::max(p1.y, v.pos.y));
    uv0 = ImVec2(std::min(uv0.x, v.uv.x), std::min(uv0.y, v.uv.y));
    uv1 = ImVec2(std::max(uv1.x, v.uv.x), std::max(uv1.y, v.uv.y));
  }
  // Each corner must be a corner of the box, with the matching texture corner (no rotation, no flip).
  for (int i = 0; i < 6; ++i) {
    const ImDrawVert& v = vtx[idx[i]];
    bool left = v.pos.x == p0.x, top = v.pos.y == p0.y;
    if ((!left && v.pos.x != p1.x) || (!top && v.pos.y != p1.y)) return false;
    if (v.uv.x != (left ? uv0.x : uv1.x) || v.uv.y != (top ? uv0.y : uv1.y)) return false;
  }
  int tw = 0, th = 0;
  if (SDL_QueryTexture(tex, nullptr, nullptr, &tw, &th) != 0) return false;
  SDL_Rect src{int(std::lround(uv0.x * float(tw))), int(std::lround(uv0.y * float(th))),
               int(std::lround((uv1.x - uv0.x) * float(tw))), int(std::lround((uv1.y - uv0.y) * float(th)))};
  SDL_FRect dst{p0.x - offset.x, p0.y - offset.y, p1.x - p0.x, p1.y - p0.y};
  SDL_SetTextureColorMod(tex, col & 0xFF, (col >> 8) & 0xFF, (col >> 16) & 0xFF);
  SDL_SetTextureAlphaMod(tex, (col >> 24) & 0xFF);
  SDL_RenderCopyF(r, tex, &src, &dst);
  return true;
}

}  // namespace

void render_draw_data(SDL_Renderer* r, const ImDrawData& data, const SDL_Rect* only) {
  if (data.DisplaySize.x <= 0 || data.DisplaySize.y <= 0) return;
  SDL_Texture* font = reinterpret_cast<SDL_Texture*>(ImGui::GetIO().Fonts->TexID);
  const ImVec2 white_uv = ImGui::GetIO().Fonts->TexUvWhitePixel;
  const ImVec2 off = data.DisplayPos;
  SDL_Rect saved_clip{};
  SDL_bool had_clip = SDL_RenderIsClipEnabled(r);
  SDL_RenderGetClipRect(r, &saved_clip);
  SDL_BlendMode saved_blend{};
  SDL_GetRenderDrawBlendMode(r, &saved_blend);
  SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_BLEND);  // for the shapes drawn without a texture

  for (int n = 0; n < data.CmdListsCount; ++n) {
    const ImDrawList* list = data.CmdLists[n];
    for (const ImDrawCmd& cmd : list->CmdBuffer) {
      if (cmd.UserCallback) {
        if (cmd.UserCallback != ImDrawCallback_ResetRenderState) cmd.UserCallback(list, &cmd);
        continue;
      }
      ImVec2 c0(std::max(cmd.ClipRect.x - off.x, 0.0f), std::max(cmd.ClipRect.y - off.y, 0.0f));
      ImVec2 c1(std::min(cmd.ClipRect.z - off.x, data.DisplaySize.x), std::min(cmd.ClipRect.w - off.y, data.DisplaySize.y));
      if (c1.x <= c0.x || c1.y <= c0.y) continue;
      SDL_Rect clip{int(c0.x), int(c0.y), int(c1.x - c0.x), int(c1.y - c0.y)};
      if (only && !SDL_IntersectRect(&clip, only, &clip)) continue;
      SDL_RenderSetClipRect(r, &clip);

      auto* tex = reinterpret_cast<SDL_Texture*>(cmd.GetTexID());
      const ImDrawVert* vtx = list->VtxBuffer.Data + cmd.VtxOffset;
      const int vtx_count = list->VtxBuffer.Size - int(cmd.VtxOffset);
      const ImDrawIdx* idx = list->IdxBuffer.Data + cmd.IdxOffset;
      const int count = int(cmd.ElemCount);
      if (tex && tex != font && count == 6 && copy_image(r, tex, vtx, idx, off)) continue;
      if (tex != font) {
        geometry(r, tex, vtx, vtx_count, idx, count, only);
        continue;
      }
      // Runs of triangles: filled shapes without a texture, text (and the rest) with the atlas.
      int start = 0;
      bool start_solid = true;
      for (int i = 0; i <= count; i += 3) {
        bool solid = i < count && white(vtx[idx[i]], white_uv) && white(vtx[idx[i + 1]], white_uv) &&
                     white(vtx[idx[i + 2]], white_uv);
        if (i == 0) {
          start_solid = solid;
          continue;
        }
        if (i < count && solid == start_solid) continue;
        if (start_solid) fill_shapes(r, vtx, vtx_count, idx + start, i - start, only);
        else geometry(r, font, vtx, vtx_count, idx + start, i - start, only);
        start = i;
        start_solid = solid;
      }
    }
  }
  SDL_RenderSetClipRect(r, had_clip ? &saved_clip : nullptr);
  SDL_SetRenderDrawBlendMode(r, saved_blend);
}

// --- FrameRenderer ---
namespace {

struct Box {
  float x0 = 1e9f, y0 = 1e9f, x1 = -1e9f, y1 = -1e9f;
  bool empty() const { return x1 <= x0 || y1 <= y0; }
  void add(const ImVec2& p) { x0 = std::min(x0, p.x), y0 = std::min(y0, p.y), x1 = std::max(x1, p.x), y1 = std::max(y1, p.y); }
  void add(const Box& b) {
    if (!b.empty()) add(ImVec2(b.x0, b.y0)), add(ImVec2(b.x1, b.y1));
  }
};

// A triangle's box, cut to its command's clip rectangle.
Box triangle_box(const ImDrawVert* vtx, const ImDrawIdx* idx, const ImVec4& clip) {
  Box b;
  for (int i = 0; i < 3; ++i) b.add(vtx[idx[i]].pos);
  b.x0 = std::max(b.x0, clip.x), b.y0 = std::max(b.y0, clip.y), b.x1 = std::min(b.x1, clip.z), b.y1 = std::min(b.y1, clip.w);
  return b;
}

bool same_vertex(const ImDrawVert& a, const ImDrawVert& b) {
  return a.pos.x == b.pos.x && a.pos.y == b.pos.y && a.uv.x == b.uv.x && a.uv.y == b.uv.y && a.col == b.col;
}

bool same_cmd(const ImDrawCmd& a, const ImDrawCmd& b) {
  return a.ClipRect.x == b.ClipRect.x && a.ClipRect.y == b.ClipRect.y && a.ClipRect.z == b.ClipRect.z &&
         a.ClipRect.w == b.ClipRect.w && a.TextureId == b.TextureId && a.ElemCount == b.ElemCount;
}

// A draw list's triangles in order, each with its command's clip and texture.
struct Triangles {
  const ImDrawVert* vtx;
  const ImDrawIdx* idx;
  const ImDrawCmd* cmd;
  int cmd_count;
  template <class F>
  void each(F&& f) const {  // f(k, cmd, vertices, indices): k counts triangles
    int k = 0;
    for (int c = 0; c < cmd_count; ++c) {
      if (cmd[c].UserCallback) continue;
      for (unsigned i = 0; i + 2 < cmd[c].ElemCount; i += 3, ++k) f(k, cmd[c], vtx + cmd[c].VtxOffset, idx + cmd[c].IdxOffset + i);
    }
  }
};

// What changed between two versions of one draw list, as a box on screen.
Box changed(const Triangles& before, const Triangles& now, const std::vector<SDL_Texture*>& redrawn) {
  Box damage;
  std::vector<std::tuple<const ImDrawCmd*, const ImDrawVert*, const ImDrawIdx*>> old;
  before.each([&](int, const ImDrawCmd& c, const ImDrawVert* v, const ImDrawIdx* i) { old.emplace_back(&c, v, i); });
  size_t k_now = 0;
  now.each([&](int k, const ImDrawCmd& c, const ImDrawVert* v, const ImDrawIdx* i) {
    k_now = size_t(k) + 1;
    bool differs = size_t(k) >= old.size();
    if (!differs) {
      auto [oc, ov, oi] = old[size_t(k)];
      differs = !same_cmd(*oc, c);
      for (int j = 0; j < 3 && !differs; ++j) differs = !same_vertex(ov[oi[j]], v[i[j]]);
      if (differs) damage.add(triangle_box(ov, oi, oc->ClipRect));
    }
    auto* tex = reinterpret_cast<SDL_Texture*>(c.TextureId);
    if (differs || std::find(redrawn.begin(), redrawn.end(), tex) != redrawn.end()) damage.add(triangle_box(v, i, c.ClipRect));
  });
  for (size_t k = k_now; k < old.size(); ++k) {  // triangles that are gone
    auto [oc, ov, oi] = old[k];
    damage.add(triangle_box(ov, oi, oc->ClipRect));
  }
  return damage;
}

Triangles triangles_of(const ImDrawList& l) { return {l.VtxBuffer.Data, l.IdxBuffer.Data, l.CmdBuffer.Data, l.CmdBuffer.Size}; }

template <class T>
bool same_bytes(const std::vector<T>& a, const ImVector<T>& b) {
  return a.size() == size_t(b.Size) && (a.empty() || std::memcmp(a.data(), b.Data, a.size() * sizeof(T)) == 0);
}

std::vector<uint8_t> read_pixels(SDL_Renderer* r, int w, int h) {
  std::vector<uint8_t> px(size_t(w) * size_t(h) * 4);
  SDL_RenderReadPixels(r, nullptr, SDL_PIXELFORMAT_ABGR8888, px.data(), w * 4);
  return px;
}

}  // namespace

bool FrameRenderer::render(SDL_Renderer* r, const ImDrawData& data, SDL_Color bg, const std::vector<SDL_Texture*>& redrawn) {
  const int w = int(data.DisplaySize.x), h = int(data.DisplaySize.y);
  if (w != width_ || h != height_) full_ = true;
  width_ = w, height_ = h;

  // The damage: compare each list with its copy from the last frame, and keep the new copy.
  Box damage;
  for (auto& [list, copy] : last_) copy.seen = false;
  for (int n = 0; n < data.CmdListsCount; ++n) {
    const ImDrawList& l = *data.CmdLists[n];
    auto [it, added] = last_.try_emplace(&l);
    ListCopy& c = it->second;
    c.seen = true;
    bool same = !added && same_bytes(c.vtx, l.VtxBuffer) && same_bytes(c.idx, l.IdxBuffer) && c.cmd.size() == size_t(l.CmdBuffer.Size);
    for (size_t i = 0; same && i < c.cmd.size(); ++i) same = same_cmd(c.cmd[i], l.CmdBuffer[int(i)]);
    if (!full_) {
      if (same && redrawn.empty()) continue;
      Triangles before{c.vtx.data(), c.idx.data(), c.cmd.data(), int(c.cmd.size())};
      damage.add(changed(before, triangles_of(l), redrawn));
    }
    if (same) continue;
    c.vtx.assign(l.VtxBuffer.begin(), l.VtxBuffer.end());
    c.idx.assign(l.IdxBuffer.begin(), l.IdxBuffer.end());
    c.cmd.assign(l.CmdBuffer.begin(), l.CmdBuffer.end());
  }
  for (auto it = last_.begin(); it != last_.end();) {  // windows that closed
    if (!it->second.seen) {
      ListCopy& c = it->second;
      damage.add(changed({c.vtx.data(), c.idx.data(), c.cmd.data(), int(c.cmd.size())}, {nullptr, nullptr, nullptr, 0}, {}));
      it = last_.erase(it);
    } else {
      ++it;
    }
  }

  // Nothing changed: nothing to draw, and the last frame stays on screen.
  if (!full_ && damage.empty()) return false;
  SDL_Rect area{0, 0, w, h};
  if (incremental_ && !full_) {
    // Whole pixels around it, one more for anti-aliased edges.
    SDL_Rect box{int(std::floor(damage.x0)) - 1, int(std::floor(damage.y0)) - 1, 0, 0};
    box.w = int(std::ceil(damage.x1)) + 1 - box.x;
    box.h = int(std::ceil(damage.y1)) + 1 - box.y;
    if (!SDL_IntersectRect(&box, &area, &area)) return false;
  }
  bool partial = area.w != w || area.h != h;
  full_ = false;
  SDL_SetRenderDrawColor(r, bg.r, bg.g, bg.b, bg.a);
  if (partial) {
    SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_NONE);
    SDL_RenderFillRect(r, &area);
    render_draw_data(r, data, &area);
  } else {
    SDL_RenderClear(r);
    render_draw_data(r, data);
  }
  if (verify_ && partial) {
    std::vector<uint8_t> part = read_pixels(r, w, h);
    SDL_RenderClear(r);
    render_draw_data(r, data);
    std::vector<uint8_t> whole = read_pixels(r, w, h);
    for (size_t i = 0; i < whole.size(); i += 4)
      if (std::memcmp(&part[i], &whole[i], 3) != 0) ++differing_;
    ++verified_;
  }
  return true;
}

}  // namespace kiosk
