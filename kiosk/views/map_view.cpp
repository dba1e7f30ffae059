// The world map: country fills from the pre-triangulated asset (ImGui has no concave fill),
// borders, place pins with labels, and touch: drag pans, a tap opens a place or a country.
// Only countries whose bounding box is on screen are drawn.
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <set>
#include <string>

#include "kiosk/logic/ui_text.hpp"
#include "kiosk/views/map_cache.hpp"
#include "kiosk/views/view.hpp"

namespace kiosk {
namespace {

struct Highlights {
  std::set<std::string> partner, organisations, selected;
  uint64_t hash() const {
    uint64_t x = 1469598103934665603ull;  // FNV-1a over the three sets
    for (const auto* set : {&partner, &organisations, &selected}) {
      for (const auto& code : *set)
        for (char c : code) x = (x ^ uint8_t(c)) * 1099511628211ull;
      x = (x ^ 0xFF) * 1099511628211ull;
    }
    return x;
  }
};

Highlights highlights(const ViewContext& v) {
  Highlights h;
  const auto& c = v.snap.content();
  for (const auto& p : c.places)
    for (const auto& r : p.relations)
      if (r.type != "home") h.partner.insert(p.country);
  for (const auto& o : c.organisations) h.organisations.insert(o.countries.begin(), o.countries.end());
  if (const auto& open = v.state.open) {
    if (open->kind == content::ItemKind::country) h.selected.insert(open->id);
    if (open->kind == content::ItemKind::place)
      if (auto* p = v.snap.place(open->id)) h.selected.insert(p->country);
    if (open->kind == content::ItemKind::organisation)
      if (auto* o = v.snap.organisation(open->id)) h.selected.insert(o->countries.begin(), o->countries.end());
    if (open->kind == content::ItemKind::goal)
      for (const auto& ref : v.snap.serving_goal(std::atoi(open->id.c_str())))
        for (const auto& code : v.snap.countries_of(ref)) h.selected.insert(code);
    if (open->kind == content::ItemKind::programme || open->kind == content::ItemKind::network ||
        open->kind == content::ItemKind::event)
      for (const auto& code : v.snap.countries_of(*open)) h.selected.insert(code);
  }
  return h;
}

void fill_country(ImDrawList* dl, const MapCamera& cam, const content::MapCountry& country, ImU32 colour) {
  if (country.triangles.empty()) return;
  const ImVec2 uv = ImGui::GetFontTexUvWhitePixel();
  dl->PrimReserve(int(country.triangles.size()), int(country.points.size()));
  ImDrawIdx base = ImDrawIdx(dl->_VtxCurrentIdx);
  for (const auto& p : country.points) {
    ScreenPoint s = cam.to_screen(p);
    dl->PrimWriteVtx(ImVec2(s.x, s.y), uv, colour);
  }
  for (uint32_t i : country.triangles) dl->PrimWriteIdx(ImDrawIdx(base + i));
}

void outline_country(ImDrawList* dl, const MapCamera& cam, const content::MapCountry& country, ImU32 colour,
                     float thickness) {
  std::vector<ImVec2> ring;
  for (size_t r = 0; r + 1 < country.ring_starts.size(); ++r) {
    ring.clear();
    for (uint32_t i = country.ring_starts[r]; i < country.ring_starts[r + 1]; ++i) {
      ScreenPoint s = cam.to_screen(country.points[i]);
      ring.emplace_back(s.x, s.y);
    }
    dl->AddPolyline(ring.data(), int(ring.size()), colour, ImDrawFlags_Closed, thickness);
  }
}

bool on_screen(const MapCamera& cam, const content::MapRect& b) {
  content::MapPoint lo = cam.to_map({cam.viewport_x, cam.viewport_y});
  content::MapPoint hi = cam.to_map({cam.viewport_x + cam.viewport_w, cam.viewport_y + cam.viewport_h});
  return b.max_x >= lo.x && b.min_x <= hi.x && b.max_y >= lo.y && b.min_y <= hi.y;
}

// The place pin nearest to a screen point within touch distance, if any.
const content::Place* pin_at(const ViewContext& v, ImVec2 at) {
  const content::Place* best = nullptr;
  float best_d2 = v.theme.touch_px * v.theme.touch_px * 0.25f;
  for (const auto& p : v.snap.content().places) {
    ScreenPoint s = v.state.camera.to_screen(content::project_equal_earth(p.lat, p.lon));
    float dx = s.x - at.x, dy = s.y - at.y;
    if (dx * dx + dy * dy < best_d2) {
      best_d2 = dx * dx + dy * dy;
      best = &p;
    }
  }
  return best;
}

bool overlaps(const ImVec4& a, const ImVec4& b) { return a.x < b.z && b.x < a.z && a.y < b.w && b.y < a.w; }

// Pins always; labels greedily, "you are here" and the strongest relations first, each on the first side
// (right, left, above, below) where it overlaps no label or pin placed before.
void draw_pins(const ViewContext& v, ImDrawList* dl) {
  const Theme& t = v.theme;
  const MapCamera& cam = v.state.camera;
  float r = 9 * t.scale;
  struct Pin {
    std::string label;
    ImVec2 at;
    bool here, selected;
  };
  std::vector<Pin> pins;
  // "You are here" first: its label wins every overlap.
  const auto& meta = v.snap.content().meta;
  double here_lat = v.state.here ? v.state.here->lat : meta.home_lat;
  double here_lon = v.state.here ? v.state.here->lon : meta.home_lon;
  std::string here_label(word(Word::you_are_here, v.lang()));
  if (v.state.here && !v.state.here->name.empty()) here_label += ": " + v.state.here->name;
  ScreenPoint hs = cam.to_screen(content::project_equal_earth(here_lat, here_lon));
  if (cam.contains(hs)) pins.push_back({here_label, ImVec2(hs.x, hs.y), true, false});
  std::vector<const content::Place*> places;
  for (const auto& p : v.snap.content().places) places.push_back(&p);
  std::stable_sort(places.begin(), places.end(),
                   [](auto* a, auto* b) { return a->relations.size() > b->relations.size(); });
  for (const auto* p : places) {
    ScreenPoint s = cam.to_screen(content::project_equal_earth(p->lat, p->lon));
    if (!cam.contains(s)) continue;
    bool selected = v.state.open && v.state.open->kind == content::ItemKind::place && v.state.open->id == p->id;
    pins.push_back({p->name.get(v.lang()), ImVec2(s.x, s.y), false, selected});
  }
  std::vector<ImVec4> taken;
  for (const auto& pin : pins) taken.emplace_back(pin.at.x - r, pin.at.y - r, pin.at.x + r, pin.at.y + r);
  for (auto it = pins.rbegin(); it != pins.rend(); ++it) {  // "you are here" drawn last, on top
    const Pin& pin = *it;
    if (pin.here) {
      // A ring, unlike the places' dots, so it does not rely on colour alone.
      dl->AddCircleFilled(pin.at, r * 1.6f, IM_COL32_WHITE, 24);
      dl->AddCircle(pin.at, r * 1.25f, t.accent, 24, 4 * t.scale);
      dl->AddCircleFilled(pin.at, r * 0.5f, t.accent, 16);
      continue;
    }
    dl->AddCircleFilled(pin.at, r + 3 * t.scale, IM_COL32_WHITE, 20);
    dl->AddCircleFilled(pin.at, r, pin.selected ? t.accent : t.pin, 20);
  }
  ImFont* f = t.fonts.small;
  float m = 4 * t.scale;  // label padding
  for (const auto& pin : pins) {
    const std::string& label = pin.label;
    ImVec2 ts = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, label.c_str());
    float gap = r + 6 * t.scale;
    const ImVec2 candidates[] = {{pin.at.x + gap, pin.at.y - ts.y * 0.5f},
                                 {pin.at.x - gap - ts.x, pin.at.y - ts.y * 0.5f},
                                 {pin.at.x - ts.x * 0.5f, pin.at.y - gap - ts.y},
                                 {pin.at.x - ts.x * 0.5f, pin.at.y + gap}};
    for (const ImVec2& at : candidates) {
      ImVec4 box(at.x - m, at.y, at.x + ts.x + m, at.y + ts.y);
      bool free = std::none_of(taken.begin(), taken.end(), [&](const ImVec4& o) { return overlaps(box, o); });
      if (!free) continue;
      taken.push_back(box);
      dl->AddRectFilled(ImVec2(box.x, box.y), ImVec2(box.z, box.w), IM_COL32(255, 255, 255, 230), m);
      dl->AddText(f, f->FontSize, at, t.text, label.c_str());
      break;
    }
  }
}

// Sea, country fills, thin white borders, and a dark outline around every highlighted country
// so that the map does not rely on colour alone.
void draw_countries(const ViewContext& v, ImDrawList* dl, const MapCamera& cam, const Highlights& h, ImVec2 pos,
                    ImVec2 size) {
  const Theme& t = v.theme;
  dl->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), t.sea);
  const content::MapAsset& asset = cam.scale_px > cam.min_scale_px() * 4 ? v.map.fine : v.map.coarse;
  ImDrawListFlags saved = dl->Flags;
  dl->Flags &= ~ImDrawListFlags_AntiAliasedLines;  // thin borders need no AA; saves vertices
  std::vector<const content::MapCountry*> outlined;
  for (const auto& country : asset.countries) {
    if (country.is_antarctica || !on_screen(cam, country.bbox)) continue;
    ImU32 colour = t.land;
    if (h.selected.count(country.code)) colour = t.selected_land;
    else if (h.partner.count(country.code)) colour = t.partner_land;
    else if (h.organisations.count(country.code)) colour = t.organisation_land;
    if (colour != t.land) outlined.push_back(&country);
    fill_country(dl, cam, country, colour);
  }
  for (const auto& country : asset.countries) {
    if (country.is_antarctica || !on_screen(cam, country.bbox)) continue;
    outline_country(dl, cam, country, t.border, 1.0f * t.scale);
  }
  dl->Flags = saved;
  for (const auto* country : outlined) outline_country(dl, cam, *country, t.highlight_outline, 2.0f * t.scale);
}

// What the colours and pins mean, in the visitor's language, in the map's lower left corner.
void draw_legend(const ViewContext& v, ImDrawList* dl, ImVec2 pos, ImVec2 size) {
  const Theme& t = v.theme;
  ImFont* f = t.fonts.small;
  float sw = f->FontSize, gap = 8 * t.scale, pad = 12 * t.scale;
  struct Row {
    Word word;
    ImU32 colour;
    bool pin;
  };
  const Row rows[] = {{Word::legend_partner_country, t.partner_land, false},
                      {Word::legend_organisation_country, t.organisation_land, false},
                      {Word::legend_place, t.pin, true}};
  float w = 0;
  for (const auto& r : rows) w = std::max(w, f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, word(r.word, v.lang()).data()).x);
  float box_w = pad * 2 + sw + gap + w, box_h = pad * 2 + std::size(rows) * (sw + gap) - gap;
  ImVec2 a(pos.x + pad, pos.y + size.y - pad - box_h);
  if (box_w > size.x * 0.6f) return;  // a small map keeps its room; the list says the same
  // Opaque: a translucent card is blended pixel by pixel on every frame the map moves under it.
  dl->AddRectFilled(a, ImVec2(a.x + box_w, a.y + box_h), IM_COL32(255, 255, 255, 255), t.rounding_px);
  float y = a.y + pad;
  for (const auto& r : rows) {
    ImVec2 s0(a.x + pad, y), s1(a.x + pad + sw, y + sw);
    if (r.pin) {
      dl->AddCircleFilled(ImVec2((s0.x + s1.x) * 0.5f, (s0.y + s1.y) * 0.5f), sw * 0.35f, r.colour, 16);
    } else {
      dl->AddRectFilled(s0, s1, r.colour, 3 * t.scale);
      dl->AddRect(s0, s1, t.highlight_outline, 3 * t.scale, 0, 2 * t.scale);
    }
    std::string_view label = word(r.word, v.lang());
    dl->AddText(f, f->FontSize, ImVec2(s1.x + gap, y), t.text, label.data(), label.data() + label.size());
    y += sw + gap;
  }
}

constexpr float map_margin = 0.25f;  // of the view's width and height, on each side, once panned

// Drag pans, the wheel zooms (development), a tap opens the pin or country under it.
void handle_touch(const ViewContext& v, ImVec2 pos, ImVec2 size) {
  const MapCamera& cam = v.state.camera;
  ImGuiIO& io = ImGui::GetIO();
  ImGui::SetCursorScreenPos(pos);
  ImGui::InvisibleButton("map", size);
  if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left) &&
      (io.MouseDelta.x != 0 || io.MouseDelta.y != 0))
    v.emit(MapDragged{io.MouseDelta.x, io.MouseDelta.y});
  if (ImGui::IsItemHovered() && io.MouseWheel != 0)
    v.emit(MapZoomed{io.MouseWheel > 0 ? 1.25f : 0.8f, {io.MousePos.x, io.MousePos.y}});
  if (ImGui::IsItemDeactivated() && io.MouseDragMaxDistanceSqr[0] < io.MouseDragThreshold * io.MouseDragThreshold) {
    ImVec2 at = io.MouseClickedPos[0];
    if (const content::Place* p = pin_at(v, at)) {
      v.emit(ItemOpened{{content::ItemKind::place, p->id}});
    } else if (const auto* country = v.map.fine.hit_test(cam.to_map({at.x, at.y}))) {
      if (v.snap.country(country->code)) v.emit(ItemOpened{{content::ItemKind::country, country->code}});
    }
  }
}

}  // namespace

void draw_map(const ViewContext& v, ImVec2 pos, ImVec2 size, bool interactive) {
  const MapCamera& cam = v.state.camera;
  if (cam.viewport_x != pos.x || cam.viewport_y != pos.y || cam.viewport_w != size.x || cam.viewport_h != size.y)
    v.emit(MapViewportChanged{pos.x, pos.y, size.x, size.y});

  if (interactive) handle_touch(v, pos, size);

  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->PushClipRect(pos, ImVec2(pos.x + size.x, pos.y + size.y), true);
  Highlights h = highlights(v);
  MapCache* cache = v.map_cache;
  if (cache && cache->layout_only) {
    // nothing: only the viewport matters
  } else if (cache && cache->render) {
    // Keyed on the camera's own viewport: on the frame the viewport changes the camera still has
    // the old one, and the next frame must redraw.
    ImVec2 tex(cam.viewport_w, cam.viewport_h);
    const Theme& t = v.theme;
    uint64_t look = h.hash();
    for (ImU32 c : {t.sea, t.land, t.border, t.partner_land, t.organisation_land, t.selected_land, t.highlight_outline})
      look = (look ^ c) * 1099511628211ull;  // high contrast redraws
    // A pan only moves the picture: while the view stays inside the texture's margins, the
    // texture is shifted instead of redrawn (redrawing is most of a frame in software rendering).
    // Margins are drawn only once the map is panned, so a start or a zoom draws just the view.
    float shift_x = (cam.center_x - cache->key.center_x) * cam.scale_px;
    float shift_y = (cam.center_y - cache->key.center_y) * cam.scale_px;
    MapCacheKey same_look{cache->key.center_x, cache->key.center_y, cam.scale_px, tex.x, tex.y, look, cache->key.margin_x, cache->key.margin_y};
    bool shift_fits = std::fabs(shift_x) <= cache->key.margin_x && std::fabs(shift_y) <= cache->key.margin_y;
    bool has_margins = cache->key.margin_x > 0 || cache->key.margin_y > 0;
    bool reuse = cache->has_texture && cache->key == same_look && shift_fits && !(cache->drop_margins && has_margins);
    MapCacheKey old_look = same_look;
    old_look.highlights = cache->key.highlights;
    if (!reuse && cache->hold_look && cache->has_texture && cache->key == old_look && shift_fits) {
      reuse = true;
      cache->stale = true;
    }
    // While a pinch or a flight changes the zoom, the texture is shown scaled (drawing it anew took
    // most of each such frame) and drawn anew once the map stands still.
    bool scaled = !reuse && cache->moving && cache->has_texture && cache->key.scale_px != cam.scale_px &&
                  cache->key.width_px == tex.x && cache->key.height_px == tex.y && cache->key.highlights == look;
    if (!reuse && !scaled) {
      bool panned = cache->has_texture && !cache->drop_margins && cache->key.scale_px == cam.scale_px &&
                    cache->key.width_px == tex.x && cache->key.height_px == tex.y && cache->key.highlights == look;
      float mx = panned ? std::round(tex.x * map_margin) : 0, my = panned ? std::round(tex.y * map_margin) : 0;
      ImVec2 full(tex.x + 2 * mx, tex.y + 2 * my);
      if (!cache->list) cache->list = std::make_unique<ImDrawList>(ImGui::GetDrawListSharedData());
      ImDrawList& list = *cache->list;
      list._ResetForNewFrame();
      list.Flags = ImDrawListFlags_AllowVtxOffset;  // the 50m map needs more than 65,536 vertices
      list.PushTextureID(ImGui::GetIO().Fonts->TexID);
      list.PushClipRect(ImVec2(0, 0), full);
      MapCamera local = cam;
      local.viewport_x = local.viewport_y = 0;
      local.viewport_w = full.x;
      local.viewport_h = full.y;
      draw_countries(v, &list, local, h, ImVec2(0, 0), full);
      list._PopUnusedDrawCmd();
      cache->texture = cache->render(list, int(full.x), int(full.y));
      cache->key = {cam.center_x, cam.center_y, cam.scale_px, tex.x, tex.y, look, mx, my};
      cache->has_texture = cache->texture != nullptr;
      ++cache->renders;
      shift_x = shift_y = 0;
    }
    if (scaled) {
      const MapCacheKey& k = cache->key;
      float half_w = (k.width_px * 0.5f + k.margin_x) / k.scale_px, half_h = (k.height_px * 0.5f + k.margin_y) / k.scale_px;
      ScreenPoint a = cam.to_screen({k.center_x - half_w, k.center_y - half_h});
      ScreenPoint b = cam.to_screen({k.center_x + half_w, k.center_y + half_h});
      dl->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), t.sea);  // where a zoom out uncovers
      dl->AddImage(cache->texture, ImVec2(a.x, a.y), ImVec2(b.x, b.y));
    } else if (cache->has_texture) {
      // The view's part of the texture, in whole pixels (a sub-pixel shift would blur it).
      const MapCacheKey& k = cache->key;
      float tw = tex.x + 2 * k.margin_x, th = tex.y + 2 * k.margin_y;
      float u0 = std::round(k.margin_x + shift_x) / tw, v0 = std::round(k.margin_y + shift_y) / th;
      dl->AddImage(cache->texture, pos, ImVec2(pos.x + size.x, pos.y + size.y), ImVec2(u0, v0),
                   ImVec2(u0 + tex.x / tw, v0 + tex.y / th));
    }
  } else {
    draw_countries(v, dl, cam, h, pos, size);
  }
  // While the map moves, pins and their labels are drawn without anti-aliasing: SDL's software
  // renderer fills every blended triangle through a temporary surface, and the edges of round
  // pins and labels were most of a pan frame; a moving map hides the difference. The first frame
  // after draws them smooth again.
  ImDrawListFlags smooth = dl->Flags;
  if (cache && cache->moving) dl->Flags &= ~(ImDrawListFlags_AntiAliasedFill | ImDrawListFlags_AntiAliasedLines);
  draw_pins(v, dl);
  dl->Flags = smooth;
  if (interactive) draw_legend(v, dl, pos, size);
  dl->PopClipRect();
}

}  // namespace kiosk
