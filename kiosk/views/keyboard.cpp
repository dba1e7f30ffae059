// The on-screen keyboard: the rows of logic/keyboard.hpp as touch-sized keys, each row centred.
// A key sends the whole new search text (SearchTextChanged) that type_key() computes.
#include "kiosk/logic/keyboard.hpp"

#include <imgui.h>

#include <string>

#include "kiosk/logic/ui_text.hpp"
#include "kiosk/views/view.hpp"

namespace kiosk {
namespace {

float key_width(const Key& k, const KeySize& s) {
  return k.width_units * s.unit_px + (k.width_units - 1) * s.spacing_px;
}

// A backspace symbol drawn rather than typed: the theme's fonts carry no ⌫.
void backspace_icon(ImDrawList* dl, ImVec2 min, ImVec2 max, const Theme& t) {
  float cx = (min.x + max.x) * 0.5f, cy = (min.y + max.y) * 0.5f, s = (max.y - min.y) * 0.22f;
  float thick = 2.5f * t.scale;
  ImVec2 outline[] = {{cx - 1.6f * s, cy},
                      {cx - 0.7f * s, cy - s},
                      {cx + 1.4f * s, cy - s},
                      {cx + 1.4f * s, cy + s},
                      {cx - 0.7f * s, cy + s}};
  dl->AddPolyline(outline, 5, t.text, ImDrawFlags_Closed, thick);
  float x = cx + 0.35f * s, d = 0.45f * s;
  dl->AddLine(ImVec2(x - d, cy - d), ImVec2(x + d, cy + d), t.text, thick);
  dl->AddLine(ImVec2(x - d, cy + d), ImVec2(x + d, cy - d), t.text, thick);
}

std::string key_label(const ViewContext& v, const Key& k) {
  switch (k.kind) {
    case KeyKind::letter:
      return std::string(k.text);
    case KeyKind::space:
      return std::string(word(Word::key_space, v.lang()));
    case KeyKind::clear:
      return std::string(word(Word::key_clear, v.lang()));
    case KeyKind::backspace:
      return {};
  }
  return {};
}

}  // namespace

void draw_keyboard(const ViewContext& v) {
  const Theme& t = v.theme;
  float avail = ImGui::GetContentRegionAvail().x;
  KeySize size = key_size_for(avail, t.touch_px);
  ImVec2 origin = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(0, 0));  // labels may fill narrow keys
  float y = origin.y;
  for (KeyRow row : keyboard_rows()) {
    float row_w = -size.spacing_px;
    for (const Key& k : row) row_w += key_width(k, size) + size.spacing_px;
    float x = origin.x + std::max(0.0f, (avail - row_w) * 0.5f);
    for (const Key& k : row) {
      float w = key_width(k, size);
      std::string name(key_name(k));
      ImGui::SetCursorScreenPos(ImVec2(x, y));
      ImGui::PushID(name.c_str());
      ImGui::PushFont(k.kind == KeyKind::letter ? t.fonts.heading : t.fonts.bold);
      bool pressed = ImGui::Button((key_label(v, k) + "##key").c_str(), ImVec2(w, size.height_px));
      ImGui::PopFont();
      v.target("key/" + name);
      if (k.kind == KeyKind::backspace) backspace_icon(dl, ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), t);
      if (pressed) v.emit(SearchTextChanged{type_key(v.state.search_query, k)});
      ImGui::PopID();
      x += w + size.spacing_px;
    }
    y += size.height_px + size.spacing_px;
  }
  ImGui::PopStyleVar();
}

}  // namespace kiosk
