// The admin screen's test pattern, to check a panel on the spot: colour bars and a grey ramp
// (colours, gamma, dead pixels), a 10 mm grid (the configured size: squares should measure 10 mm
// with a ruler), corner markers and a 1 px frame at the very edge (overscan, rotation: the
// "TOP LEFT" marker must be at the top left). A touch anywhere leaves it.
#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "kiosk/logic/admin.hpp"
#include "kiosk/views/view.hpp"

namespace kiosk {

void draw_test_pattern(const ViewContext& v) {
  const Theme& t = v.theme;
  ImVec2 s = ImGui::GetIO().DisplaySize;
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(s);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::Begin("test pattern", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PopStyleVar();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImU32 white = IM_COL32(255, 255, 255, 255), black = IM_COL32(0, 0, 0, 255);
  dl->AddRectFilled(ImVec2(0, 0), s, black);

  // Colour bars in the middle third, a grey ramp below them.
  const ImU32 bars[] = {white,
                        IM_COL32(255, 255, 0, 255),
                        IM_COL32(0, 255, 255, 255),
                        IM_COL32(0, 255, 0, 255),
                        IM_COL32(255, 0, 255, 255),
                        IM_COL32(255, 0, 0, 255),
                        IM_COL32(0, 0, 255, 255),
                        black};
  float bar_w = s.x / 8, y0 = s.y / 3, y1 = s.y * 0.55f, y2 = s.y * 2 / 3;
  for (int i = 0; i < 8; ++i) dl->AddRectFilled(ImVec2(float(i) * bar_w, y0), ImVec2(float(i + 1) * bar_w, y1), bars[i]);
  constexpr int steps = 16;
  for (int i = 0; i < steps; ++i) {
    int g = i * 255 / (steps - 1);
    dl->AddRectFilled(ImVec2(float(i) * s.x / steps, y1), ImVec2(float(i + 1) * s.x / steps, y2), IM_COL32(g, g, g, 255));
  }

  // The 10 mm grid over everything, every fifth line brighter.
  float mm = v.state.admin.px_per_mm > 0 ? v.state.admin.px_per_mm : 3.6f;
  float step = 10 * mm;
  for (int i = 0; float(i) * step < s.x; ++i)
    dl->AddLine(ImVec2(float(i) * step + 0.5f, 0), ImVec2(float(i) * step + 0.5f, s.y),
                i % 5 ? IM_COL32(90, 90, 90, 255) : IM_COL32(170, 170, 170, 255));
  for (int i = 0; float(i) * step < s.y; ++i)
    dl->AddLine(ImVec2(0, float(i) * step + 0.5f), ImVec2(s.x, float(i) * step + 0.5f),
                i % 5 ? IM_COL32(90, 90, 90, 255) : IM_COL32(170, 170, 170, 255));

  // A 1 px frame at the edge and an L in each corner.
  dl->AddRect(ImVec2(0.5f, 0.5f), ImVec2(s.x - 0.5f, s.y - 0.5f), white, 0, 0, 1);
  float arm = 20 * mm, thick = std::max(4.0f, mm);
  ImU32 corner = IM_COL32(255, 64, 64, 255);
  const ImVec2 corners[] = {{0, 0}, {s.x, 0}, {0, s.y}, {s.x, s.y}};
  for (const ImVec2& c : corners) {
    float dx = c.x == 0 ? 1.0f : -1.0f, dy = c.y == 0 ? 1.0f : -1.0f;
    dl->AddRectFilled(ImVec2(std::min(c.x, c.x + dx * arm), std::min(c.y, c.y + dy * thick)),
                      ImVec2(std::max(c.x, c.x + dx * arm), std::max(c.y, c.y + dy * thick)), corner);
    dl->AddRectFilled(ImVec2(std::min(c.x, c.x + dx * thick), std::min(c.y, c.y + dy * arm)),
                      ImVec2(std::max(c.x, c.x + dx * thick), std::max(c.y, c.y + dy * arm)), corner);
  }
  ImFont* f = t.fonts.body;
  dl->AddText(f, f->FontSize, ImVec2(thick * 2, thick * 2), white, "TOP LEFT");
  char info[160];
  std::snprintf(info, sizeof info, "%.0f × %.0f px · grid 10 mm = %.1f px%s · touch anywhere to leave", s.x, s.y, step,
                v.state.admin.px_per_mm_assumed ? " (assumed 24\")" : "");
  ImVec2 is = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, info);
  dl->AddRectFilled(ImVec2((s.x - is.x) * 0.5f - 8, s.y * 0.2f - 8), ImVec2((s.x + is.x) * 0.5f + 8, s.y * 0.2f + is.y + 8),
                    black);
  dl->AddText(f, f->FontSize, ImVec2((s.x - is.x) * 0.5f, s.y * 0.2f), white, info);

  ImGui::SetCursorScreenPos(ImVec2(0, 0));
  if (ImGui::InvisibleButton("leave", s)) v.emit(AdminAction{TestPatternClosed{}});
  v.target("admin/test-pattern/leave");
  ImGui::End();
}

}  // namespace kiosk
