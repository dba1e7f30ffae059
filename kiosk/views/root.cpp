// The whole screen for one frame: the attract screen, or the home screen laid out by
// home_layout() (map beside the panel in landscape, above it in portrait; everything to touch in
// the lower half in the low-reach layout); then what lies on top: the accessibility menu and the
// "still there?" countdown. The theme follows the visitor's accessibility choices.
#include <imgui.h>

#include <string>

#include "kiosk/logic/layout.hpp"
#include "kiosk/logic/ui_text.hpp"
#include "kiosk/logic/update.hpp"
#include "kiosk/views/view.hpp"

namespace kiosk {
namespace {

// In the low-reach landscape layout, the room above the panel: out of reach, so only to read.
void draw_aside(const ViewContext& v, const Rect& r) {
  const Theme& t = v.theme;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImVec2 a(r.x + t.pad_px, r.y + t.pad_px), b(r.x + r.w - t.pad_px, r.y + r.h - t.pad_px);
  dl->AddRectFilled(a, b, t.panel, t.rounding_px);
  if (t.framed) dl->AddRect(a, b, t.outline, t.rounding_px, 0, 2 * t.scale);
  float x = a.x + t.pad_px * 1.5f, wrap = b.x - x - t.pad_px * 1.5f, y = a.y + t.pad_px * 1.5f;
  std::string title(word(Word::title, v.lang()));
  ImFont* f = t.fonts.heading;
  dl->AddText(f, f->FontSize, ImVec2(x, y), t.accent, title.c_str(), nullptr, wrap);
  y += f->CalcTextSizeA(f->FontSize, FLT_MAX, wrap, title.c_str()).y + t.pad_px;
  // At the foot, what a visitor may want to know before touching anything.
  const auto& meta = v.snap.content().meta;
  std::string foot = std::string(word(Word::privacy, v.lang())) + "\n" + std::string(word(Word::content_as_of, v.lang())) +
                     " " + meta.as_of.display(v.lang());
  ImFont* sf = t.fonts.small;
  float foot_y = b.y - t.pad_px * 1.5f - sf->CalcTextSizeA(sf->FontSize, FLT_MAX, wrap, foot.c_str()).y;
  dl->AddText(sf, sf->FontSize, ImVec2(x, foot_y), t.text_muted, foot.c_str(), nullptr, wrap);
  dl->PushClipRect(a, ImVec2(b.x, foot_y - t.pad_px), true);
  dl->AddText(t.fonts.body, t.fonts.body->FontSize, ImVec2(x, y), t.text, meta.about.get(v.lang()).c_str(), nullptr, wrap);
  dl->PopClipRect();
}

void draw_home(const ViewContext& v) {
  ImVec2 size = ImGui::GetIO().DisplaySize;
  Layout l = home_layout(size.x, size.y, v.theme, v.state.accessibility.low_reach);
  draw_map(v, ImVec2(l.map.x, l.map.y), ImVec2(l.map.w, l.map.h));
  if (l.aside.w > 0) draw_aside(v, l.aside);
  draw_panel(v, ImVec2(l.panel.x, l.panel.y), ImVec2(l.panel.w, l.panel.h));
  Rect a11y_button = draw_top_bar(v, l);
  if (v.state.accessibility_menu_open) draw_accessibility_menu(v, a11y_button, l.bar_at_bottom);
}

}  // namespace

void draw_kiosk(const ViewContext& base) {
  // The attract screen always wears the everyday look: the idle reset has cleared the choices.
  bool home = base.state.screen != Screen::attract;
  Theme theme = theme_for(base.theme, home ? base.state.accessibility : Accessibility{});
  ViewContext v{base.state, base.snap, base.map, theme, base.search_results, base.out, base.ui, base.targets, base.map_cache, base.images};
  apply_style(theme);
  ImGui::PushFont(theme.fonts.body);

  if (v.state.admin.screen != AdminScreen::closed) {
    draw_admin(v);
    ImGui::PopFont();
    return;
  }
  ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(io.DisplaySize);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::Begin("kiosk", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PopStyleVar();
  if (home) draw_home(v);
  else draw_attract(v);
  ImGui::End();
  if (auto seconds = idle_countdown_s(v.state)) draw_idle_overlay(v, *seconds);

  ImGui::PopFont();
}

}  // namespace kiosk
