// The attract screen, the top bar and the layout of the home screen (map beside the panel in
// landscape, above it in portrait).
#include <imgui.h>

#include <string>

#include "kiosk/logic/layout.hpp"
#include "kiosk/logic/ui_text.hpp"
#include "kiosk/views/view.hpp"

namespace kiosk {
namespace {

using content::Lang;

void centered_text(ImDrawList* dl, ImFont* font, float y, float x0, float width, ImU32 colour, const std::string& s) {
  ImVec2 ts = font->CalcTextSizeA(font->FontSize, FLT_MAX, width, s.c_str());
  dl->AddText(font, font->FontSize, ImVec2(x0 + (width - ts.x) * 0.5f, y), colour, s.c_str(), nullptr, width);
}

}  // namespace

void draw_attract(const ViewContext& v) {
  const Theme& t = v.theme;
  ImVec2 size = ImGui::GetIO().DisplaySize;
  draw_map(v, ImVec2(0, 0), size, false);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  // A card in the middle; it drifts slowly over the hours against burn-in (issue "kiosk app").
  float cw = std::min(size.x * 0.8f, 1100 * t.scale), ch = 420 * t.scale;
  float cx = (size.x - cw) * 0.5f, cy = (size.y - ch) * 0.5f;
  dl->AddRectFilled(ImVec2(cx, cy), ImVec2(cx + cw, cy + ch), IM_COL32(255, 255, 255, 240), t.rounding_px * 2);
  float y = cy + t.pad_px * 2;
  centered_text(dl, t.fonts.title, y, cx, cw, t.accent, std::string(word(Word::title, Lang::nl)));
  y += t.fonts.title->FontSize + t.pad_px;
  for (Lang lang : content::all_langs) {
    centered_text(dl, lang == Lang::nl ? t.fonts.heading : t.fonts.body, y, cx + t.pad_px, cw - 2 * t.pad_px, t.text,
                  std::string(word(Word::touch_to_start, lang)));
    y += (lang == Lang::nl ? t.fonts.heading->FontSize : t.fonts.body->FontSize) + t.pad_px;
  }
  // Any touch anywhere starts; the map underneath is not pressed as well.
  ImGui::SetCursorScreenPos(ImVec2(0, 0));
  if (ImGui::InvisibleButton("start", size)) v.emit(StartRequested{});
}

void draw_top_bar(const ViewContext& v, float height_px) {
  const Theme& t = v.theme;
  ImVec2 size = ImGui::GetIO().DisplaySize;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(ImVec2(0, 0), ImVec2(size.x, height_px), t.accent);
  ImFont* f = t.fonts.heading;
  dl->AddText(f, f->FontSize, ImVec2(t.pad_px * 1.5f, (height_px - f->FontSize) * 0.5f), t.accent_text,
              std::string(word(Word::title, v.lang())).c_str());
  // Language buttons at the right, always visible.
  float bw = t.touch_px * 1.3f, spacing = t.pad_px * 0.5f;
  float x = size.x - t.pad_px - 3 * bw - 2 * spacing;
  float y = (height_px - t.touch_px) * 0.5f;
  for (Lang lang : content::all_langs) {
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    std::string label(content::lang_code(lang));
    for (auto& ch : label) ch = char(std::toupper(static_cast<unsigned char>(ch)));
    std::string id = "lang" + label;
    bool selected = v.lang() == lang;
    ImGui::PushStyleColor(ImGuiCol_Button, to_vec4(selected ? t.panel : t.accent));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, to_vec4(t.button_active));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, to_vec4(selected ? t.panel : t.accent));
    ImGui::PushStyleColor(ImGuiCol_Text, to_vec4(selected ? t.accent : t.accent_text));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 2 * t.scale);
    ImGui::PushStyleColor(ImGuiCol_Border, to_vec4(t.accent_text));
    ImGui::PushFont(t.fonts.bold);
    if (ImGui::Button((label + "##" + id).c_str(), ImVec2(bw, t.touch_px))) v.emit(LanguageSelected{lang});
    ImGui::PopFont();
    ImGui::PopStyleColor(5);
    ImGui::PopStyleVar();
    x += bw + spacing;
  }
}

void draw_kiosk(const ViewContext& v) {
  ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(io.DisplaySize);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::Begin("kiosk", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PopStyleVar();
  if (v.state.screen == Screen::attract) {
    draw_attract(v);
  } else {
    const Theme& t = v.theme;
    ImVec2 size = io.DisplaySize;
    Layout l = home_layout(size.x, size.y, t);
    draw_top_bar(v, l.bar_h);
    draw_map(v, ImVec2(l.map.x, l.map.y), ImVec2(l.map.w, l.map.h));
    draw_panel(v, ImVec2(l.panel.x, l.panel.y), ImVec2(l.panel.w, l.panel.h));
  }
  ImGui::End();
}

}  // namespace kiosk
