// Theme colours from the palettes, fonts, the accessibility variants and the ImGui style.
#include "kiosk/views/theme.hpp"

#include <filesystem>

namespace kiosk {
namespace {

void set_palette(Theme& t, const Palette& p) {
  t.background = to_u32(p.background);
  t.panel = to_u32(p.panel);
  t.text = to_u32(p.text);
  t.text_muted = to_u32(p.text_muted);
  t.accent = to_u32(p.accent);
  t.accent_text = to_u32(p.accent_text);
  t.button = to_u32(p.button);
  t.button_active = to_u32(p.button_active);
  t.outline = to_u32(p.outline);
  t.sea = to_u32(p.sea);
  t.land = to_u32(p.land);
  t.border = to_u32(p.border);
  t.partner_land = to_u32(p.partner_land);
  t.organisation_land = to_u32(p.organisation_land);
  t.selected_land = to_u32(p.selected_land);
  t.highlight_outline = to_u32(p.highlight_outline);
  t.pin = to_u32(p.pin);
  t.map_label = to_u32(p.map_label);
  t.framed = p.framed;
}

}  // namespace

ImU32 to_u32(Rgb c, uint8_t alpha) { return IM_COL32(c.r, c.g, c.b, alpha); }

Theme make_theme(float short_side_px, float px_per_mm) {
  Theme t;
  static_cast<Metrics&>(t) = metrics_for(short_side_px, px_per_mm);
  set_palette(t, everyday_palette);
  return t;
}

Theme theme_for(const Theme& loaded, const Accessibility& a) {
  Theme t = loaded;
  if (a.high_contrast) set_palette(t, high_contrast_palette);
  if (a.large_text && loaded.large_fonts.body) t.fonts = loaded.large_fonts;
  return t;
}

namespace {

// Only what the content and UI use: the atlas is the largest allocation (kept as RGBA).
const ImWchar glyph_ranges[] = {
    0x0020, 0x024F,  // Basic Latin, Latin-1, Latin Extended-A and -B (ș ț ķ ļ ņ ő ű ...)
    0x2010, 0x2027,  // dashes, quotes, bullet, ellipsis
    0x20AC, 0x20AC,  // €
    0x2039, 0x203A,  // ‹ ›
    0,
};

ImFont* add_font(ImGuiIO& io, const std::string& path, float size_px) {
  ImFontConfig cfg;
  cfg.OversampleH = 1;  // large sizes do not need horizontal oversampling; halves the atlas
  cfg.OversampleV = 1;
  cfg.PixelSnapH = true;
  return io.Fonts->AddFontFromFileTTF(path.c_str(), size_px, &cfg, glyph_ranges);
}

}  // namespace

bool load_fonts(ImGuiIO& io, const std::string& regular_ttf, const std::string& bold_ttf, Theme& t, std::string& why) {
  for (const auto& path : {regular_ttf, bold_ttf}) {
    if (!std::filesystem::exists(path)) {
      why = "font not found: " + path + " (install the Debian package fonts-noto-core; see fonts/README.md)";
      ImFont* f = io.Fonts->AddFontDefault();
      t.fonts = t.everyday_fonts = t.large_fonts = Fonts{f, f, f, f, f};
      return false;
    }
  }
  // A texture just as tall as the glyphs need: rounding up to a power of two would double it
  // (the everyday set fills 1024×1090 at 1080 px, 4.5 MB as RGBA).
  io.Fonts->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
  io.Fonts->TexGlyphPadding = 2;  // SDL's software triangles can sample a texel past a glyph's edge
  Fonts& e = t.everyday_fonts;
  e.body = add_font(io, regular_ttf, 28 * t.scale);
  e.small = add_font(io, regular_ttf, 22 * t.scale);
  e.bold = add_font(io, bold_ttf, 28 * t.scale);
  e.heading = add_font(io, bold_ttf, 40 * t.scale);
  e.title = add_font(io, bold_ttf, 60 * t.scale);
  t.large_fonts = {};
  t.fonts = e;
  io.FontDefault = e.body;
  return e.body && e.small && e.bold && e.heading && e.title;
}

bool load_large_fonts(ImGuiIO& io, const std::string& regular_ttf, const std::string& bold_ttf, Theme& t) {
  if (t.large_fonts.body) return true;
  if (!t.everyday_fonts.body) return false;
  Fonts& l = t.large_fonts;
  l.body = add_font(io, regular_ttf, 28 * large_text_scale * t.scale);
  l.small = add_font(io, regular_ttf, 22 * large_text_scale * t.scale);
  l.bold = add_font(io, bold_ttf, 28 * large_text_scale * t.scale);
  l.heading = add_font(io, bold_ttf, 40 * large_text_scale * t.scale);
  l.title = t.everyday_fonts.title;  // only on the attract screen, which always shows the everyday look
  if (l.body && l.small && l.bold && l.heading) return true;
  l = {};
  return false;
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
  s.FrameBorderSize = t.framed ? 2 * t.scale : 0;
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
  c[ImGuiCol_Border] = to_vec4(t.outline);
  c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_ScrollbarGrab] = to_vec4(t.framed ? t.outline : t.button_active);
  c[ImGuiCol_Separator] = to_vec4(t.framed ? t.outline : t.button_active);
}

}  // namespace kiosk
