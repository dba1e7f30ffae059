// The whole screen for one frame: the attract screen, or the home screen laid out by
// home_layout() (map beside the panel in landscape, above it in portrait).
#include <imgui.h>

#include <string>

#include "kiosk/logic/layout.hpp"
#include "kiosk/views/view.hpp"

namespace kiosk {

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
