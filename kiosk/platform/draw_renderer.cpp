// ImGui draw data → SDL_Renderer (draw_renderer.hpp says why not the backend's function).
#include "kiosk/platform/draw_renderer.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstring>
#include <map>
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

// Filled triangles without a texture. Opaque ones are drawn without blending: SDL's software
// renderer blends a triangle by filling a temporary surface of its bounding box and blitting that,
// which was a third of a map texture's cost; an opaque colour blended gives the same pixels.
void solid_geometry(SDL_Renderer* r, const ImDrawVert* vtx, int vtx_count, const ImDrawIdx* idx, int count, const SDL_Rect* only) {
  auto opaque = [&](int i) {
    return (vtx[idx[i]].col >> 24) == 0xFF && (vtx[idx[i + 1]].col >> 24) == 0xFF && (vtx[idx[i + 2]].col >> 24) == 0xFF;
  };
  for (int start = 0; start < count;) {
    bool run_opaque = opaque(start);
    int end = start + 3;
    while (end < count && opaque(end) == run_opaque) end += 3;
    if (run_opaque) SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_NONE);
    geometry(r, nullptr, vtx, vtx_count, idx + start, end - start, only);
    if (run_opaque) SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_BLEND);
    start = end;
  }
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
    solid_geometry(r, vtx, vtx_count, idx + pending, i - pending, only);
    uint8_t a = (col >> 24) & 0xFF;
    SDL_SetRenderDrawBlendMode(r, a == 0xFF ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(r, col & 0xFF, (col >> 8) & 0xFF, (col >> 16) & 0xFF, a);
    SDL_RenderFillRectF(r, &rect);
    SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_BLEND);
    i += 6;
    pending = i;
  }
  solid_geometry(r, vtx, vtx_count, idx + pending, count - pending, only);
}

// An image: 4 vertices, 6 indices, an axis-aligned rectangle of one colour.
struct ImageQuad {
  ImVec2 p0, p1, uv0, uv1;
  ImU32 col = 0;
};

bool image_quad(const ImDrawVert* vtx, const ImDrawIdx* idx, ImageQuad& q) {
  q = {vtx[idx[0]].pos, vtx[idx[0]].pos, vtx[idx[0]].uv, vtx[idx[0]].uv, vtx[idx[0]].col};
  for (int i = 0; i < 6; ++i) {
    const ImDrawVert& v = vtx[idx[i]];
    if (v.col != q.col) return false;
    q.p0 = ImVec2(std::min(q.p0.x, v.pos.x), std::min(q.p0.y, v.pos.y));
    q.p1 = ImVec2(std::max(q.p1.x, v.pos.x), std::max(q.p1.y, v.pos.y));
    q.uv0 = ImVec2(std::min(q.uv0.x, v.uv.x), std::min(q.uv0.y, v.uv.y));
    q.uv1 = ImVec2(std::max(q.uv1.x, v.uv.x), std::max(q.uv1.y, v.uv.y));
  }
  // Each corner must be a corner of the box, with the matching texture corner (no rotation, no flip).
  for (int i = 0; i < 6; ++i) {
    const ImDrawVert& v = vtx[idx[i]];
    bool left = v.pos.x == q.p0.x, top = v.pos.y == q.p0.y;
    if ((!left && v.pos.x != q.p1.x) || (!top && v.pos.y != q.p1.y)) return false;
    if (v.uv.x != (left ? q.uv0.x : q.uv1.x) || v.uv.y != (top ? q.uv0.y : q.uv1.y)) return false;
  }
  return true;
}

// Copied as a rect (SDL's software renderer would otherwise sample it triangle by triangle), cut
// to its command's clip rectangle first: SDL scales an image reaching past the screen's edge into a
// temporary surface of its whole size (a map zoomed in by a pinch: hundreds of MB). The renderer's
// clip rectangle then keeps it to what is being redrawn.
bool copy_image(SDL_Renderer* r, SDL_Texture* tex, const ImDrawVert* vtx, const ImDrawIdx* idx, ImVec2 offset, const SDL_Rect& clip) {
  // (The texture keeps its own blend mode, as with geometry: the map's is opaque.)
  ImageQuad q;
  if (!image_quad(vtx, idx, q)) return false;
  const ImVec2 c0(float(clip.x) + offset.x, float(clip.y) + offset.y), c1(c0.x + float(clip.w), c0.y + float(clip.h));
  if (q.p0.x < c0.x || q.p0.y < c0.y || q.p1.x > c1.x || q.p1.y > c1.y) {
    ImVec2 p0(std::max(q.p0.x, c0.x), std::max(q.p0.y, c0.y)), p1(std::min(q.p1.x, c1.x), std::min(q.p1.y, c1.y));
    if (p1.x <= p0.x || p1.y <= p0.y) return true;  // nothing of it shows
    auto u = [&](float x) { return q.uv0.x + (x - q.p0.x) / (q.p1.x - q.p0.x) * (q.uv1.x - q.uv0.x); };
    auto v = [&](float y) { return q.uv0.y + (y - q.p0.y) / (q.p1.y - q.p0.y) * (q.uv1.y - q.uv0.y); };
    q.uv0 = ImVec2(u(p0.x), v(p0.y)), q.uv1 = ImVec2(u(p1.x), v(p1.y));
    q.p0 = p0, q.p1 = p1;
  }
  int tw = 0, th = 0;
  if (SDL_QueryTexture(tex, nullptr, nullptr, &tw, &th) != 0) return false;
  SDL_Rect src{int(std::lround(q.uv0.x * float(tw))), int(std::lround(q.uv0.y * float(th))),
               int(std::lround((q.uv1.x - q.uv0.x) * float(tw))), int(std::lround((q.uv1.y - q.uv0.y) * float(th)))};
  SDL_FRect dst{q.p0.x - offset.x, q.p0.y - offset.y, q.p1.x - q.p0.x, q.p1.y - q.p0.y};
  SDL_SetTextureColorMod(tex, q.col & 0xFF, (q.col >> 8) & 0xFF, (q.col >> 16) & 0xFF);
  SDL_SetTextureAlphaMod(tex, (q.col >> 24) & 0xFF);
  SDL_RenderCopyF(r, tex, &src, &dst);
  return true;
}

}  // namespace

void render_draw_data(SDL_Renderer* r, const ImDrawData& data, const SDL_Rect* only, const ImDrawCmd* from) {
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
      if (from && &cmd != from) continue;  // hidden under `from`
      from = nullptr;
      if (cmd.UserCallback) {
        if (cmd.UserCallback != ImDrawCallback_ResetRenderState) cmd.UserCallback(list, &cmd);
        continue;
      }
      ImVec2 c0(std::max(cmd.ClipRect.x - off.x, 0.0f), std::max(cmd.ClipRect.y - off.y, 0.0f));
      ImVec2 c1(std::min(cmd.ClipRect.z - off.x, data.DisplaySize.x), std::min(cmd.ClipRect.w - off.y, data.DisplaySize.y));
      if (c1.x <= c0.x || c1.y <= c0.y) continue;
      SDL_Rect clip{int(c0.x), int(c0.y), int(c1.x - c0.x), int(c1.y - c0.y)};
      const SDL_Rect whole_clip = clip;  // the same whether all or part of the frame is drawn
      if (only && !SDL_IntersectRect(&clip, only, &clip)) continue;
      SDL_RenderSetClipRect(r, &clip);

      auto* tex = reinterpret_cast<SDL_Texture*>(cmd.GetTexID());
      const ImDrawVert* vtx = list->VtxBuffer.Data + cmd.VtxOffset;
      const int vtx_count = list->VtxBuffer.Size - int(cmd.VtxOffset);
      const ImDrawIdx* idx = list->IdxBuffer.Data + cmd.IdxOffset;
      const int count = int(cmd.ElemCount);
      if (tex && tex != font && count == 6 && copy_image(r, tex, vtx, idx, off, whole_clip)) continue;
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

// A draw list's commands, as kept from the last frame or as drawn now.
struct Commands {
  const ImDrawVert* vtx;
  const ImDrawIdx* idx;
  const ImDrawCmd* cmd;
  int cmd_count;
};

// The triangles of one command from `first` on, as a box.
Box triangles_box(const Commands& l, const ImDrawCmd& c, unsigned first) {
  Box b;
  for (unsigned i = first; i + 2 < c.ElemCount; i += 3) b.add(triangle_box(l.vtx + c.VtxOffset, l.idx + c.IdxOffset + i, c.ClipRect));
  return b;
}

using Place = std::tuple<float, float, float, float, ImTextureID>;
Place place_of(const ImDrawCmd& c) { return {c.ClipRect.x, c.ClipRect.y, c.ClipRect.z, c.ClipRect.w, c.TextureId}; }

// What changed between two versions of one draw list, as a box on screen. Commands are paired
// by clip rectangle and texture (the n-th of each kind then with the n-th), and triangles within a
// pair by their place in it: a pin that leaves the map then changes the map's command only, not
// every command after it. Pairs out of order (drawn in another order now) count as changed.
Box changed(const Commands& before, const Commands& now, const std::vector<SDL_Texture*>& redrawn) {
  Box damage;
  std::map<Place, std::vector<int>> old_of;  // each kind's commands before, in order
  for (int k = 0; k < before.cmd_count; ++k)
    if (!before.cmd[k].UserCallback) old_of[place_of(before.cmd[k])].push_back(k);
  std::map<Place, size_t> seen;
  std::vector<bool> paired(size_t(std::max(before.cmd_count, 0)), false);
  int last_paired = -1;
  for (int c = 0; c < now.cmd_count; ++c) {
    const ImDrawCmd& nc = now.cmd[c];
    if (nc.UserCallback) continue;
    auto* tex = reinterpret_cast<SDL_Texture*>(nc.TextureId);
    if (std::find(redrawn.begin(), redrawn.end(), tex) != redrawn.end()) damage.add(triangles_box(now, nc, 0));
    Place p = place_of(nc);
    size_t nth = seen[p]++;
    auto it = old_of.find(p);
    if (it == old_of.end() || nth >= it->second.size()) {
      damage.add(triangles_box(now, nc, 0));
      continue;
    }
    int o = it->second[nth];
    paired[size_t(o)] = true;
    const ImDrawCmd& oc = before.cmd[o];
    if (o < last_paired) {  // drawn in another order: what overlaps may have changed
      damage.add(triangles_box(before, oc, 0)), damage.add(triangles_box(now, nc, 0));
      continue;
    }
    last_paired = o;
    const ImDrawVert *ov = before.vtx + oc.VtxOffset, *nv = now.vtx + nc.VtxOffset;
    const ImDrawIdx *oi = before.idx + oc.IdxOffset, *ni = now.idx + nc.IdxOffset;
    unsigned common = std::min(oc.ElemCount, nc.ElemCount) / 3 * 3;
    for (unsigned i = 0; i < common; i += 3) {
      bool differs = false;
      for (int j = 0; j < 3 && !differs; ++j) differs = !same_vertex(ov[oi[i + j]], nv[ni[i + j]]);
      if (differs) damage.add(triangle_box(ov, oi + i, oc.ClipRect)), damage.add(triangle_box(nv, ni + i, nc.ClipRect));
    }
    damage.add(triangles_box(before, oc, common));  // triangles that are gone, or new
    damage.add(triangles_box(now, nc, common));
  }
  for (int k = 0; k < before.cmd_count; ++k)
    if (!before.cmd[k].UserCallback && !paired[size_t(k)]) damage.add(triangles_box(before, before.cmd[k], 0));
  return damage;
}

Commands commands_of(const ImDrawList& l) { return {l.VtxBuffer.Data, l.IdxBuffer.Data, l.CmdBuffer.Data, l.CmdBuffer.Size}; }

template <class T>
bool same_bytes(const std::vector<T>& a, const ImVector<T>& b) {
  return a.size() == size_t(b.Size) && (a.empty() || std::memcmp(a.data(), b.Data, a.size() * sizeof(T)) == 0);
}

// An image drawn at another size than its texture's pixels (the map's, while a zoom moves).
bool scaled_image(const ImDrawList& list, const ImDrawCmd& cmd, SDL_Texture* font) {
  auto* tex = reinterpret_cast<SDL_Texture*>(cmd.GetTexID());
  ImageQuad q;
  int tw = 0, th = 0;
  if (cmd.UserCallback || !tex || tex == font || cmd.ElemCount != 6 ||
      !image_quad(list.VtxBuffer.Data + cmd.VtxOffset, list.IdxBuffer.Data + cmd.IdxOffset, q) ||
      SDL_QueryTexture(tex, nullptr, nullptr, &tw, &th) != 0)
    return false;
  return std::fabs((q.p1.x - q.p0.x) - (q.uv1.x - q.uv0.x) * float(tw)) > 0.01f ||
         std::fabs((q.p1.y - q.p0.y) - (q.uv1.y - q.uv0.y) * float(th)) > 0.01f;
}

// SDL picks a scaled image's pixels by where its clip rectangle cuts it, so one drawn in part
// would not match one drawn whole: a redraw that reaches into one takes in its whole clip rectangle.
void widen_to_scaled_images(const ImDrawData& data, SDL_Rect& area) {
  SDL_Texture* font = reinterpret_cast<SDL_Texture*>(ImGui::GetIO().Fonts->TexID);
  const SDL_Rect screen{0, 0, int(data.DisplaySize.x), int(data.DisplaySize.y)};
  for (int pass = 0; pass < 2; ++pass)  // once more for what the first widening reached
    for (int n = 0; n < data.CmdListsCount; ++n)
      for (const ImDrawCmd& cmd : data.CmdLists[n]->CmdBuffer) {
        if (!scaled_image(*data.CmdLists[n], cmd, font)) continue;
        const ImVec4& c = cmd.ClipRect;
        SDL_Rect clip{int(c.x - data.DisplayPos.x), int(c.y - data.DisplayPos.y), 0, 0};
        clip.w = int(c.z - data.DisplayPos.x) - clip.x, clip.h = int(c.w - data.DisplayPos.y) - clip.y;
        if (SDL_IntersectRect(&clip, &screen, &clip) && SDL_HasIntersection(&clip, &area)) SDL_UnionRect(&area, &clip, &area);
      }
}

// The last opaque image drawn at its texture's size (the map's texture), and the whole pixels it
// covers on screen: inside it, what was drawn before is hidden, so a redraw there can start with it.
const ImDrawCmd* opaque_cover(const ImDrawData& data, SDL_Rect& covered) {
  SDL_Texture* font = reinterpret_cast<SDL_Texture*>(ImGui::GetIO().Fonts->TexID);
  const ImVec2 off = data.DisplayPos;
  const ImDrawCmd* cover = nullptr;
  for (int n = 0; n < data.CmdListsCount; ++n) {
    const ImDrawList* list = data.CmdLists[n];
    for (const ImDrawCmd& cmd : list->CmdBuffer) {
      auto* tex = reinterpret_cast<SDL_Texture*>(cmd.GetTexID());
      if (cmd.UserCallback || !tex || tex == font || cmd.ElemCount != 6 || scaled_image(*list, cmd, font)) continue;
      ImageQuad q;
      SDL_BlendMode blend{};
      if (!image_quad(list->VtxBuffer.Data + cmd.VtxOffset, list->IdxBuffer.Data + cmd.IdxOffset, q) || (q.col >> 24) != 0xFF ||
          SDL_GetTextureBlendMode(tex, &blend) != 0 || blend != SDL_BLENDMODE_NONE)
        continue;
      float x0 = std::max(q.p0.x, cmd.ClipRect.x) - off.x, y0 = std::max(q.p0.y, cmd.ClipRect.y) - off.y;
      float x1 = std::min(q.p1.x, cmd.ClipRect.z) - off.x, y1 = std::min(q.p1.y, cmd.ClipRect.w) - off.y;
      SDL_Rect c{int(std::ceil(x0)), int(std::ceil(y0)), 0, 0};
      c.w = int(std::floor(x1)) - c.x, c.h = int(std::floor(y1)) - c.y;
      if (c.w <= 0 || c.h <= 0) continue;
      cover = &cmd, covered = c;
    }
  }
  return cover;
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
  // Windows drawn in another order (one came to the front): what overlaps may differ anywhere.
  // (A window that opens or closes is damage of its own, below.)
  std::vector<const ImDrawList*> order(data.CmdLists, data.CmdLists + data.CmdListsCount);
  auto in = [](const std::vector<const ImDrawList*>& v, const ImDrawList* l) { return std::find(v.begin(), v.end(), l) != v.end(); };
  std::vector<const ImDrawList*> kept_before, kept_now;
  for (const ImDrawList* l : order_) if (in(order, l)) kept_before.push_back(l);
  for (const ImDrawList* l : order) if (in(order_, l)) kept_now.push_back(l);
  if (kept_before != kept_now) full_ = true;
  order_ = std::move(order);

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
      Commands before{c.vtx.data(), c.idx.data(), c.cmd.data(), int(c.cmd.size())};
      damage.add(changed(before, commands_of(l), redrawn));
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
    widen_to_scaled_images(data, area);
  }
  bool partial = area.w != w || area.h != h;
  full_ = false;
  SDL_SetRenderDrawColor(r, bg.r, bg.g, bg.b, bg.a);
  if (partial) {
    // Where an opaque image (the map) covers the damage, drawing starts with it; around it, and
    // everywhere without one, the background first and then everything.
    SDL_Rect covered{}, inside{};
    const ImDrawCmd* cover = opaque_cover(data, covered);
    if (!cover || !SDL_IntersectRect(&area, &covered, &inside)) inside = {area.x, area.y, 0, 0};
    SDL_Rect around[4] = {{area.x, area.y, area.w, inside.y - area.y},
                          {area.x, inside.y + inside.h, area.w, area.y + area.h - inside.y - inside.h},
                          {area.x, inside.y, inside.x - area.x, inside.h},
                          {inside.x + inside.w, inside.y, area.x + area.w - inside.x - inside.w, inside.h}};
    for (const SDL_Rect& part : around) {
      if (part.w <= 0 || part.h <= 0) continue;
      SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_NONE);
      SDL_RenderFillRect(r, &part);
      render_draw_data(r, data, &part);
    }
    if (inside.w > 0 && inside.h > 0) render_draw_data(r, data, &inside, cover);
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
