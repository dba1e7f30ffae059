// The accessibility menu the bar's Accessibility button opens: three big switches (larger text,
// high contrast, controls down low) and Done. It lies over everything; a touch outside it closes
// it and presses nothing underneath.
#include <imgui.h>

#include <algorithm>
#include <string>

#include "kiosk/logic/ui_text.hpp"
#include "kiosk/views/view.hpp"

namespace kiosk {
namespace {

bool inside(ImVec2 p, ImVec2 a, ImVec2 b) { return p.x >= a.x && p.x < b.x && p.y >= a.y && p.y < b.y; }

// One row: the words at the left, a switch at the right. Returns true when tapped.
bool switch_row(const ViewContext& v, const char* id, std::string_view label, bool on, float width) {
  const Theme& t = v.theme;
  float h = t.touch_px * 1.2f;
  ImVec2 pos = ImGui::GetCursorScreenPos();
  bool pressed = ImGui::InvisibleButton(id, ImVec2(width, h));
  v.target(id);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImVec2 end(pos.x + width, pos.y + h);
  dl->AddRectFilled(pos, end, ImGui::IsItemActive() ? t.button_active : t.button, t.rounding_px);
  if (t.framed) dl->AddRect(pos, end, t.outline, t.rounding_px, 0, 2 * t.scale);
  // The switch: a track, filled and with the knob at the right when on.
  float th = t.touch_px * 0.5f, tw = th * 1.9f;
  ImVec2 a(end.x - t.pad_px - tw, pos.y + (h - th) * 0.5f), b(end.x - t.pad_px, a.y + th);
  dl->AddRectFilled(a, b, on ? t.accent : t.panel, th * 0.5f);
  dl->AddRect(a, b, on ? t.accent : t.text_muted, th * 0.5f, 0, 2 * t.scale);
  float r = th * 0.5f - 4 * t.scale;
  dl->AddCircleFilled(ImVec2(on ? b.x - th * 0.5f : a.x + th * 0.5f, a.y + th * 0.5f), r,
                      on ? t.accent_text : t.text_muted, 24);
  ImFont* f = t.fonts.bold;
  std::string s(label);
  float wrap = a.x - pos.x - 2 * t.pad_px;
  ImVec2 ts = f->CalcTextSizeA(f->FontSize, FLT_MAX, wrap, s.c_str());
  dl->AddText(f, f->FontSize, ImVec2(pos.x + t.pad_px, pos.y + (h - ts.y) * 0.5f), t.text, s.c_str(), nullptr, wrap);
  return pressed;
}

}  // namespace

void draw_accessibility_menu(const ViewContext& v, const Rect& button, bool open_upwards) {
  const Theme& t = v.theme;
  const Accessibility& now = v.state.accessibility;
  ImVec2 screen = ImGui::GetIO().DisplaySize;
  float row_h = t.touch_px * 1.2f, gap = ImGui::GetStyle().ItemSpacing.y;
  float w = std::min(screen.x - 2 * t.pad_px, 640 * t.scale * (t.fonts.body->FontSize / (28 * t.scale)));
  float h = 2 * t.pad_px + t.fonts.heading->FontSize + gap + 3 * (row_h + gap) + t.touch_px;
  float x = std::clamp(button.x + button.w - w, t.pad_px, screen.x - w - t.pad_px);
  float y = open_upwards ? button.y - t.pad_px - h : button.bottom() + t.pad_px;
  ImVec2 a(x, y), b(x + w, y + h);

  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(screen);
  ImGui::SetNextWindowFocus();  // above the screen and its panel
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::Begin("accessibility menu", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PopStyleVar();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(ImVec2(0, 0), screen, IM_COL32(0, 0, 0, 60));  // the rest of the screen waits
  dl->AddRectFilled(a, b, t.panel, t.rounding_px * 1.5f);
  dl->AddRect(a, b, t.framed ? t.outline : t.button_active, t.rounding_px * 1.5f, 0, 2 * t.scale);
  // The caret pointing at the button the menu came from.
  float cx = button.x + button.w * 0.5f, s = t.pad_px;
  if (open_upwards) dl->AddTriangleFilled(ImVec2(cx - s, b.y), ImVec2(cx + s, b.y), ImVec2(cx, b.y + s), t.panel);
  else dl->AddTriangleFilled(ImVec2(cx - s, a.y), ImVec2(cx + s, a.y), ImVec2(cx, a.y - s), t.panel);

  float inner = w - 2 * t.pad_px;
  ImGui::SetCursorScreenPos(ImVec2(x + t.pad_px, y + t.pad_px));
  std::string heading(word(Word::accessibility, v.lang()));
  ImFont* hf = t.fonts.heading;
  dl->AddText(hf, hf->FontSize, ImGui::GetCursorScreenPos(), t.text, heading.c_str());
  ImGui::Dummy(ImVec2(inner, hf->FontSize));
  Accessibility next = now;
  auto at_left = [&] { ImGui::SetCursorScreenPos(ImVec2(x + t.pad_px, ImGui::GetCursorScreenPos().y)); };
  at_left();
  if (switch_row(v, "a11y/large_text", word(Word::large_text, v.lang()), now.large_text, inner)) {
    next.large_text = !now.large_text;
    v.emit(AccessibilityChanged{next});
  }
  at_left();
  if (switch_row(v, "a11y/high_contrast", word(Word::high_contrast, v.lang()), now.high_contrast, inner)) {
    next.high_contrast = !now.high_contrast;
    v.emit(AccessibilityChanged{next});
  }
  at_left();
  if (switch_row(v, "a11y/low_reach", word(Word::low_reach, v.lang()), now.low_reach, inner)) {
    next.low_reach = !now.low_reach;
    v.emit(AccessibilityChanged{next});
  }
  at_left();
  if (big_button(v, "a11y/done", word(Word::done, v.lang()), true, inner)) v.emit(AccessibilityMenuToggled{});

  // Last, so the menu's own controls win the touch: anywhere else closes the menu.
  ImGui::SetCursorScreenPos(ImVec2(0, 0));
  if (ImGui::InvisibleButton("outside", screen) && !inside(ImGui::GetIO().MouseClickedPos[0], a, b))
    v.emit(AccessibilityMenuToggled{});
  ImGui::End();
}

}  // namespace kiosk
