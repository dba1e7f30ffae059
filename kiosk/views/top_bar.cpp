// The top bar: the title and the controls every screen has (language, search, accessibility).
#include <imgui.h>

#include <string>

#include "kiosk/logic/ui_text.hpp"
#include "kiosk/views/view.hpp"

namespace kiosk {

using content::Lang;

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
    v.target("lang/" + std::string(content::lang_code(lang)));
    ImGui::PopFont();
    ImGui::PopStyleColor(5);
    ImGui::PopStyleVar();
    x += bw + spacing;
  }
}

}  // namespace kiosk
