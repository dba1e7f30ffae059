// The world map: country fills from the pre-triangulated asset (ImGui has no concave fill),
// borders, place pins with labels, and touch: drag pans, a tap opens a place or a country.
// Only countries whose bounding box is on screen are drawn.
#include <imgui.h>

#include <algorithm>
#include <set>
#include <string>

#include "kiosk/logic/ui_text.hpp"
#include "kiosk/views/view.hpp"

namespace kiosk {
namespace {

struct Highlights {
  std::set<std::string> partner, organisations, selected;
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

// Pins always; labels greedily, home and the strongest relations first, each on the first side
// (right, left, above, below) where it overlaps no label or pin placed before.
void draw_pins(const ViewContext& v, ImDrawList* dl) {
  const Theme& t = v.theme;
  const MapCamera& cam = v.state.camera;
  float r = 9 * t.scale;
  struct Pin {
    const content::Place* place;
    ImVec2 at;
    bool home;
  };
  std::vector<Pin> pins;
  for (const auto& p : v.snap.content().places) {
    ScreenPoint s = cam.to_screen(content::project_equal_earth(p.lat, p.lon));
    if (!cam.contains(s)) continue;
    bool home = !p.relations.empty() && p.relations[0].type == "home";
    pins.push_back({&p, ImVec2(s.x, s.y), home});
  }
  std::stable_sort(pins.begin(), pins.end(), [](const Pin& a, const Pin& b) {
    return a.home != b.home ? a.home : a.place->relations.size() > b.place->relations.size();
  });
  std::vector<ImVec4> taken;
  for (const auto& pin : pins) taken.emplace_back(pin.at.x - r, pin.at.y - r, pin.at.x + r, pin.at.y + r);
  for (const auto& pin : pins) {
    bool selected = v.state.open && v.state.open->kind == content::ItemKind::place && v.state.open->id == pin.place->id;
    dl->AddCircleFilled(pin.at, r + 3 * t.scale, IM_COL32_WHITE, 20);
    dl->AddCircleFilled(pin.at, r, pin.home || selected ? t.accent : t.pin, 20);
  }
  ImFont* f = t.fonts.small;
  float m = 4 * t.scale;  // label padding
  for (const auto& pin : pins) {
    std::string label = pin.home ? std::string(word(Word::you_are_here, v.lang())) + ": " + pin.place->name.get(v.lang())
                                 : pin.place->name.get(v.lang());
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
  const Theme& t = v.theme;
  const MapCamera& cam = v.state.camera;
  if (cam.viewport_x != pos.x || cam.viewport_y != pos.y || cam.viewport_w != size.x || cam.viewport_h != size.y)
    v.emit(MapViewportChanged{pos.x, pos.y, size.x, size.y});

  if (interactive) handle_touch(v, pos, size);

  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->PushClipRect(pos, ImVec2(pos.x + size.x, pos.y + size.y), true);
  dl->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), t.sea);
  const content::MapAsset& asset = cam.scale_px > cam.min_scale_px() * 4 ? v.map.fine : v.map.coarse;
  Highlights h = highlights(v);
  ImDrawListFlags saved = dl->Flags;
  dl->Flags &= ~ImDrawListFlags_AntiAliasedLines;  // thin borders need no AA; saves vertices
  for (const auto& country : asset.countries) {
    if (country.is_antarctica || !on_screen(cam, country.bbox)) continue;
    ImU32 colour = h.selected.count(country.code)        ? t.selected_land
                   : h.partner.count(country.code)       ? t.partner_land
                   : h.organisations.count(country.code) ? t.organisation_land
                                                         : t.land;
    fill_country(dl, cam, country, colour);
  }
  for (const auto& country : asset.countries) {
    if (country.is_antarctica || !on_screen(cam, country.bbox)) continue;
    outline_country(dl, cam, country, t.border, 1.0f * t.scale);
  }
  dl->Flags = saved;
  draw_pins(v, dl);
  dl->PopClipRect();
}

}  // namespace kiosk
