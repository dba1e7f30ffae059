// Touch-sized buttons, item rows, goal chips and drag scrolling.
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "kiosk/logic/palette.hpp"
#include "kiosk/logic/ui_text.hpp"
#include "kiosk/views/view.hpp"

namespace kiosk {

std::string item_title(const content::Snapshot& snap, const content::ItemRef& item, content::Lang lang) {
  using content::ItemKind;
  switch (item.kind) {
    case ItemKind::goal:
      if (auto* g = snap.goal(std::atoi(item.id.c_str()))) return std::to_string(g->number) + ". " + g->name.get(lang);
      break;
    case ItemKind::country:
      if (auto* c = snap.country(item.id)) return c->name.get(lang);
      break;
    case ItemKind::place:
      if (auto* p = snap.place(item.id)) return p->name.get(lang);
      break;
    case ItemKind::organisation:
      if (auto* o = snap.organisation(item.id)) return o->name;
      break;
    case ItemKind::network:
      if (auto* n = snap.network(item.id)) return n->name.get(lang);
      break;
    case ItemKind::programme:
      if (auto* p = snap.programme(item.id)) return p->name.get(lang);
      break;
    case ItemKind::event:
      if (auto* e = snap.event(item.id)) return e->title.get(lang);
      break;
  }
  return item.id;
}

void ViewContext::open(const content::ItemRef& item) const {
  using content::ItemKind;
  std::optional<content::MapRect> focus;
  auto country_area = [this](const std::string& code) -> std::optional<content::MapRect> {
    const content::MapCountry* c = map.coarse.find(code);
    if (!c) return std::nullopt;
    content::MapRect r = c->bbox;
    float mx = (r.max_x - r.min_x) * 0.15f, my = (r.max_y - r.min_y) * 0.15f;  // a margin around it
    return content::MapRect{r.min_x - mx, r.min_y - my, r.max_x + mx, r.max_y + my};
  };
  const content::Place* place = nullptr;
  if (item.kind == ItemKind::place) place = snap.place(item.id);
  if (item.kind == ItemKind::event)
    if (const auto* e = snap.event(item.id)) place = snap.place(e->place);
  if (place) {
    // About 8 degrees around a city: its region and neighbours stay in view.
    content::MapPoint p = content::project_equal_earth(place->lat, place->lon);
    constexpr float r = 0.07f;
    focus = content::MapRect{p.x - r, p.y - r, p.x + r, p.y + r};
  }
  if (item.kind == ItemKind::country) focus = country_area(item.id);
  if (item.kind == ItemKind::organisation)
    if (const auto* o = snap.organisation(item.id); o && o->countries.size() == 1) focus = country_area(o->countries[0]);
  emit(ItemOpened{item, focus});
}

void ViewContext::target(std::string id) const {
  if (!targets) return;
  ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImVec2 c0 = dl->GetClipRectMin(), c1 = dl->GetClipRectMax();
  targets->push_back({std::move(id), a.x, a.y, b.x - a.x, b.y - a.y, c0.x, c0.y, c1.x, c1.y});
}

bool big_button(const ViewContext& v, const char* id, std::string_view label, bool selected, float width_px) {
  const Theme& t = v.theme;
  ImGui::PushID(id);
  if (selected) {
    ImGui::PushStyleColor(ImGuiCol_Button, to_vec4(t.accent));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, to_vec4(t.accent));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, to_vec4(t.accent));
    ImGui::PushStyleColor(ImGuiCol_Text, to_vec4(t.accent_text));
  }
  std::string text(label);
  text += "##b";
  bool pressed = ImGui::Button(text.c_str(), ImVec2(width_px, t.touch_px));
  v.target(id);
  if (selected) ImGui::PopStyleColor(4);
  ImGui::PopID();
  return pressed;
}

bool item_row(const ViewContext& v, const content::ItemRef& item, std::string_view title, std::string_view subtitle) {
  const Theme& t = v.theme;
  ImGui::PushID(int(item.kind));
  ImGui::PushID(item.id.c_str());
  float width = ImGui::GetContentRegionAvail().x;
  float wrap = width - 2 * t.pad_px;
  std::string title_s(title), sub_s(subtitle);
  ImVec2 title_size = t.fonts.bold->CalcTextSizeA(t.fonts.bold->FontSize, FLT_MAX, wrap, title_s.c_str());
  ImVec2 sub_size = sub_s.empty() ? ImVec2(0, 0)
                                  : t.fonts.small->CalcTextSizeA(t.fonts.small->FontSize, FLT_MAX, wrap, sub_s.c_str());
  float height = std::max(t.touch_px, title_size.y + sub_size.y + 2 * t.pad_px * 0.7f);
  ImVec2 pos = ImGui::GetCursorScreenPos();
  bool pressed = ImGui::InvisibleButton("row", ImVec2(width, height));
  v.target("item/" + std::string(content::kind_name(item.kind)) + "/" + item.id);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height), ImGui::IsItemActive() ? t.button_active : t.button,
                    t.rounding_px);
  float y = pos.y + (height - title_size.y - sub_size.y) * 0.5f;
  dl->AddText(t.fonts.bold, t.fonts.bold->FontSize, ImVec2(pos.x + t.pad_px, y), t.text, title_s.c_str(), nullptr, wrap);
  if (!sub_s.empty())
    dl->AddText(t.fonts.small, t.fonts.small->FontSize, ImVec2(pos.x + t.pad_px, y + title_size.y), t.text_muted,
                sub_s.c_str(), nullptr, wrap);
  ImGui::PopID();
  ImGui::PopID();
  if (pressed) v.open(item);
  return pressed;
}

void goal_chips(const ViewContext& v, const content::GoalLinks& goals) {
  if (goals.goals.empty()) return;
  const Theme& t = v.theme;
  section_heading(v, word(Word::serves_goals, v.lang()));
  float size = t.touch_px;
  float avail = ImGui::GetContentRegionAvail().x;
  float x = 0;
  for (int n : goals.goals) {
    const content::Goal* g = v.snap.goal(n);
    if (!g) continue;
    if (x > 0 && x + size > avail) {
      x = 0;
    } else if (x > 0) {
      ImGui::SameLine();
    }
    ImGui::PushID(n);
    ImVec2 pos = ImGui::GetCursorScreenPos();
    if (ImGui::InvisibleButton("goal", ImVec2(size, size))) v.open({content::ItemKind::goal, std::to_string(n)});
    v.target("goal/" + std::to_string(n));
    ImU32 colour = IM_COL32((g->colour_rgb >> 16) & 0xFF, (g->colour_rgb >> 8) & 0xFF, g->colour_rgb & 0xFF, 0xFF);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(pos, ImVec2(pos.x + size, pos.y + size), colour, t.rounding_px);
    std::string num = std::to_string(n);
    ImVec2 ts = t.fonts.heading->CalcTextSizeA(t.fonts.heading->FontSize, FLT_MAX, 0, num.c_str());
    dl->AddText(t.fonts.heading, t.fonts.heading->FontSize,
                ImVec2(pos.x + (size - ts.x) * 0.5f, pos.y + (size - ts.y) * 0.5f),
                [&] {
                  Rgb ink = readable_text_on(rgb(g->colour_rgb));
                  return IM_COL32(ink.r, ink.g, ink.b, 0xFF);
                }(),
                num.c_str());
    ImGui::PopID();
    x += size + ImGui::GetStyle().ItemSpacing.x;
  }
  if (goals.basis == "editorial") wrapped_text(v, t.fonts.small, word(Word::editorial_goals, v.lang()), t.text_muted);
}

void wrapped_text(const ViewContext& v, ImFont* font, std::string_view text, ImU32 colour) {
  ImGui::PushFont(font ? font : v.theme.fonts.body);
  ImGui::PushStyleColor(ImGuiCol_Text, to_vec4(colour ? colour : v.theme.text));
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  ImGui::PopFont();
}

void section_heading(const ViewContext& v, std::string_view text) {
  ImGui::Dummy(ImVec2(0, v.theme.pad_px * 0.5f));
  wrapped_text(v, v.theme.fonts.bold, text, v.theme.text_muted);
}

void drag_to_scroll(const ViewContext& v) {
  UiState* ui = v.ui;
  ImGuiIO& io = ImGui::GetIO();
  ImGuiID id = ImGui::GetID("##drag_to_scroll");
  if (ui && ui->visit != v.state.visit) {
    ui->visit = v.state.visit;  // a new visitor: nothing of the last one's scrolling stays
    ui->seen_windows.clear();
    ui->scroll_velocity_px_s = 0;
    ui->scroll_window = 0;
  }
  if (ui && std::find(ui->seen_windows.begin(), ui->seen_windows.end(), id) == ui->seen_windows.end()) {
    ui->seen_windows.push_back(id);
    ImGui::SetScrollY(0);
  }
  float dt = std::max(io.DeltaTime, 0.001f);
  bool hovered = ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem | ImGuiHoveredFlags_ChildWindows);
  if (hovered && ImGui::IsMouseDragging(ImGuiMouseButton_Left)) {
    ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
    if (ui) {
      ui->scroll_window = id;
      // Smoothed finger speed, so that letting go carries the list on (a fling).
      ui->scroll_velocity_px_s = 0.6f * ui->scroll_velocity_px_s + 0.4f * (-io.MouseDelta.y / dt);
    }
    return;
  }
  if (!ui || ui->scroll_window != id) return;
  if (io.MouseDown[0] && hovered) {
    ui->scroll_velocity_px_s = 0;  // a finger on a moving list stops it
    return;
  }
  if (io.MouseDown[0] || ui->scroll_velocity_px_s == 0) return;
  float speed = ui->scroll_velocity_px_s;
  float y = ImGui::GetScrollY() + speed * dt;
  if (std::abs(speed) < 30 || y < 0 || y > ImGui::GetScrollMaxY()) {
    ui->scroll_velocity_px_s = 0;
    y = std::clamp(y, 0.0f, ImGui::GetScrollMaxY());
  } else {
    ui->scroll_velocity_px_s = speed * std::exp(-dt / 0.325f);
  }
  ImGui::SetScrollY(y);
}

}  // namespace kiosk
