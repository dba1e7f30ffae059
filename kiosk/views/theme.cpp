// Theme sizes, fonts and the ImGui style.
#include "kiosk/views/theme.hpp"

#include <filesystem>

namespace kiosk {

Theme make_theme(float short_side_px) {
  Theme t;
  static_cast<Metrics&>(t) = metrics_for(short_side_px);
  return t;
}

bool load_fonts(ImGuiIO& io, const std::string& regular_ttf, const std::string& bold_ttf, Theme& t, std::string& why) {
  // Only what the content and UI use: the atlas is the largest allocation (kept as RGBA).
  static const ImWchar ranges[] = {
      0x0020, 0x024F,  // Basic Latin, Latin-1, Latin Extended-A and -B (ș ț ķ ļ ņ ő ű ...)
      0x2010, 0x2027,  // dashes, quotes, bullet, ellipsis
      0x20AC, 0x20AC,  // €
      0x2039, 0x203A,  // ‹ ›
      0,
  };
  for (const auto& path : {regular_ttf, bold_ttf}) {
    if (!std::filesystem::exists(path)) {
      why = "font not found: " + path + " (install the Debian package fonts-noto-core; see fonts/README.md)";
      t.fonts.body = t.fonts.bold = t.fonts.heading = t.fonts.title = t.fonts.small = io.Fonts->AddFontDefault();
      return false;
    }
  }
  ImFontConfig cfg;
  cfg.OversampleH = 1;  // large sizes do not need horizontal oversampling; halves the atlas
  cfg.OversampleV = 1;
  cfg.PixelSnapH = true;
  auto add = [&](const std::string& path, float size) {
    return io.Fonts->AddFontFromFileTTF(path.c_str(), size * t.scale, &cfg, ranges);
  };
  t.fonts.body = add(regular_ttf, 28);
  t.fonts.small = add(regular_ttf, 22);
  t.fonts.bold = add(bold_ttf, 28);
  t.fonts.heading = add(bold_ttf, 40);
  t.fonts.title = add(bold_ttf, 60);
  io.FontDefault = t.fonts.body;
  return t.fonts.body && t.fonts.small && t.fonts.bold && t.fonts.heading && t.fonts.title;
}

ImVec4 to_vec4(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }

void apply_style(const Theme& t) {
  ImGuiStyle& s = ImGui::GetStyle();
  s = ImGuiStyle();
  s.WindowPadding = ImVec2(t.pad_px, t.pad_px);
  s.FramePadding = ImVec2(t.pad_px, t.pad_px * 0.6f);
  s.ItemSpacing = ImVec2(t.pad_px * 0.6f, t.pad_px * 0.6f);
  s.WindowRounding = 0;
  s.ChildRounding = t.rounding_px;
  s.FrameRounding = t.rounding_px;
  s.WindowBorderSize = 0;
  s.ChildBorderSize = 0;
  s.ScrollbarSize = 10 * t.scale;  // a hint that there is more; visitors scroll by dragging
  s.ScrollbarRounding = t.rounding_px;
  s.TouchExtraPadding = ImVec2(4 * t.scale, 4 * t.scale);
  ImVec4* c = s.Colors;
  c[ImGuiCol_Text] = to_vec4(t.text);
  c[ImGuiCol_TextDisabled] = to_vec4(t.text_muted);
  c[ImGuiCol_WindowBg] = to_vec4(t.background);
  c[ImGuiCol_ChildBg] = to_vec4(t.panel);
  c[ImGuiCol_Button] = to_vec4(t.button);
  c[ImGuiCol_ButtonHovered] = to_vec4(t.button);  // touch has no hover
  c[ImGuiCol_ButtonActive] = to_vec4(t.button_active);
  c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_ScrollbarGrab] = to_vec4(t.button_active);
  c[ImGuiCol_Separator] = to_vec4(t.button_active);
}

}  // namespace kiosk
