// "Still there?": over everything once the visitor has been idle a while, in Dutch, English and
// German at once (whoever stands there may not read the chosen language), with the seconds left
// before the kiosk starts over, big. The button or a touch anywhere keeps the visit going, and
// that touch presses nothing underneath.
#include <imgui.h>

#include <algorithm>
#include <numbers>
#include <string>

#include "kiosk/logic/ui_text.hpp"
#include "kiosk/views/view.hpp"

namespace kiosk {
namespace {

using content::Lang;

float centered(ImDrawList* dl, ImFont* f, float cx, float y, ImU32 colour, const std::string& s) {
  ImVec2 ts = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, s.c_str());
  dl->AddText(f, f->FontSize, ImVec2(cx - ts.x * 0.5f, y), colour, s.c_str());
  return ts.y;
}

std::string three(Word w, const char* between = " / ") {
  return std::string(word(w, Lang::nl)) + between + std::string(word(w, Lang::en)) + between +
         std::string(word(w, Lang::de));
}

}  // namespace

void draw_idle_overlay(const ViewContext& v, int seconds_left) {
  const Theme& t = v.theme;
  ImVec2 screen = ImGui::GetIO().DisplaySize;
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(screen);
  ImGui::SetNextWindowFocus();  // above everything, the accessibility menu too
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::Begin("still there", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PopStyleVar();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(ImVec2(0, 0), screen, IM_COL32(0, 0, 0, 150));

  ImFont *heading = t.fonts.heading, *body = t.fonts.body, *big = t.fonts.title;
  float w = std::min(screen.x - 4 * t.pad_px, 960 * t.scale);
  float button_h = t.touch_px * 1.4f;
  float line = t.pad_px * 0.5f;
  ImFont* small = t.fonts.small;
  float h = 3 * t.pad_px + heading->FontSize + 2 * (body->FontSize + line) + line + big->FontSize * 2 + line +
            small->FontSize + line + body->FontSize + line + small->FontSize + t.pad_px * 1.5f + button_h + 3 * t.pad_px;
  ImVec2 a((screen.x - w) * 0.5f, (screen.y - h) * 0.5f), b(a.x + w, a.y + h);
  dl->AddRectFilled(a, b, t.panel, t.rounding_px * 2);
  if (t.framed) dl->AddRect(a, b, t.outline, t.rounding_px * 2, 0, 3 * t.scale);
  float cx = screen.x * 0.5f, y = a.y + 3 * t.pad_px;

  y += centered(dl, heading, cx, y, t.text, std::string(word(Word::still_there, Lang::nl))) + line;
  y += centered(dl, body, cx, y, t.text, std::string(word(Word::still_there, Lang::en))) + line;
  y += centered(dl, body, cx, y, t.text, std::string(word(Word::still_there, Lang::de))) + line * 2;
  // The seconds: the title font drawn twice its size would blur, so it is drawn at its size in a
  // ring that empties as time runs out.
  float r = big->FontSize;
  ImVec2 c(cx, y + r);
  dl->AddCircleFilled(c, r, t.button, 48);
  float left = float(seconds_left) / float(std::max<int64_t>(1, v.state.timing.idle_countdown_ms / 1000));
  dl->PathArcTo(c, r - 4 * t.scale, -std::numbers::pi_v<float> * 0.5f, -std::numbers::pi_v<float> * 0.5f + 2 * std::numbers::pi_v<float> * std::clamp(left, 0.0f, 1.0f), 48);
  dl->PathStroke(t.accent, 0, 8 * t.scale);
  std::string n = std::to_string(seconds_left);
  ImVec2 ns = big->CalcTextSizeA(big->FontSize, FLT_MAX, 0, n.c_str());
  dl->AddText(big, big->FontSize, ImVec2(cx - ns.x * 0.5f, c.y - ns.y * 0.5f), t.text, n.c_str());
  y += 2 * r + line;
  y += centered(dl, small, cx, y, t.text_muted, three(Word::seconds)) + line;
  y += centered(dl, body, cx, y, t.text, std::string(word(Word::then_start_over, Lang::nl))) + line;
  y += centered(dl, small, cx, y, t.text_muted,
                std::string(word(Word::then_start_over, Lang::en)) + "  ·  " +
                    std::string(word(Word::then_start_over, Lang::de))) +
       t.pad_px * 1.5f;

  // The button first, so it wins the touch over the catch-all behind it; both mean the same.
  float bw = w - 4 * t.pad_px;
  ImGui::SetCursorScreenPos(ImVec2(a.x + 2 * t.pad_px, y));
  ImGui::PushStyleColor(ImGuiCol_Button, to_vec4(t.accent));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, to_vec4(t.accent));
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, to_vec4(t.accent));
  ImGui::PushStyleColor(ImGuiCol_Text, to_vec4(t.accent_text));
  ImGui::PushFont(t.fonts.bold);
  std::string label = three(Word::yes_continue) + "##continue";
  if (ImGui::Button(label.c_str(), ImVec2(bw, button_h))) v.emit(StillHere{});
  v.target("idle/continue");
  ImGui::PopFont();
  ImGui::PopStyleColor(4);

  ImGui::SetCursorScreenPos(ImVec2(0, 0));
  if (ImGui::InvisibleButton("anywhere", screen)) v.emit(StillHere{});
  v.target("idle/anywhere");
  ImGui::End();
}

}  // namespace kiosk
