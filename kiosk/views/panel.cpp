// The side panel: tabs, then either the tab's list or the open item's detail.
#include <imgui.h>

#include <algorithm>
#include <string>

#include "kiosk/logic/palette.hpp"
#include "kiosk/logic/ui_text.hpp"
#include "kiosk/views/view.hpp"

namespace kiosk {
namespace {

using content::ItemKind;


void list_places(const ViewContext& v) {
  const auto& c = v.snap.content();
  for (const auto& p : c.places) {
    std::string sub;
    for (const auto& r : p.relations) sub += (sub.empty() ? "" : " · ") + std::string(relation_word(r.type, v.lang()));
    if (const auto* country = v.snap.country(p.country)) sub = country->name.get(v.lang()) + (sub.empty() ? "" : " · " + sub);
    item_row(v, {ItemKind::place, p.id}, p.name.get(v.lang()), sub);
  }
  section_heading(v, word(Word::countries, v.lang()));
  std::vector<const content::Country*> countries;
  for (const auto& x : c.countries) countries.push_back(&x);
  std::sort(countries.begin(), countries.end(),
            [&](auto* a, auto* b) { return a->name.get(v.lang()) < b->name.get(v.lang()); });
  for (const auto* x : countries) item_row(v, {ItemKind::country, x->id}, x->name.get(v.lang()), "");
}

void list_organisations(const ViewContext& v) {
  const auto& c = v.snap.content();
  for (const auto& p : c.programmes) item_row(v, {ItemKind::programme, p.id}, p.name.get(v.lang()), word(Word::programme, v.lang()));
  for (const auto& n : c.networks) item_row(v, {ItemKind::network, n.id}, n.name.get(v.lang()), word(Word::network, v.lang()));
  section_heading(v, word(Word::organisations, v.lang()));
  std::vector<const content::Organisation*> orgs;
  for (const auto& o : c.organisations) orgs.push_back(&o);
  std::sort(orgs.begin(), orgs.end(), [](auto* a, auto* b) { return a->name < b->name; });
  for (const auto* o : orgs) {
    std::string sub;
    for (const auto& code : o->countries)
      if (const auto* country = v.snap.country(code)) sub += (sub.empty() ? "" : ", ") + country->name.get(v.lang());
    item_row(v, {ItemKind::organisation, o->id}, o->name, sub);
  }
}

void list_events(const ViewContext& v) {
  std::vector<const content::Event*> events;
  for (const auto& e : v.snap.content().events) events.push_back(&e);
  // Newest first: the note's events all lie in the past or recur yearly.
  std::sort(events.begin(), events.end(), [](auto* a, auto* b) { return a->start.first_day() > b->start.first_day(); });
  for (const auto* e : events) item_row(v, {ItemKind::event, e->id}, e->title.get(v.lang()), event_when(*e, v.lang()));
}

void list_goals(const ViewContext& v) {
  for (const auto& g : v.snap.content().goals) {
    ImGui::PushID(g.number);
    const Theme& t = v.theme;
    ImVec2 pos = ImGui::GetCursorScreenPos();
    float w = ImGui::GetContentRegionAvail().x;
    bool pressed = ImGui::InvisibleButton("goal", ImVec2(w, t.touch_px));
    v.target("item/goal/" + std::to_string(g.number));
    ImU32 colour = IM_COL32((g.colour_rgb >> 16) & 0xFF, (g.colour_rgb >> 8) & 0xFF, g.colour_rgb & 0xFF, 0xFF);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(pos, ImVec2(pos.x + w, pos.y + t.touch_px), colour, t.rounding_px);
    std::string label = std::to_string(g.number) + "  " + g.name.get(v.lang());
    ImVec2 ts = t.fonts.bold->CalcTextSizeA(t.fonts.bold->FontSize, FLT_MAX, 0, label.c_str());
    // Black or white, whichever reads better on the goal's colour (WCAG AA on all 17).
    Rgb ink_rgb = readable_text_on(rgb(g.colour_rgb));
    ImU32 ink = IM_COL32(ink_rgb.r, ink_rgb.g, ink_rgb.b, 0xFF);
    dl->AddText(t.fonts.bold, t.fonts.bold->FontSize, ImVec2(pos.x + t.pad_px, pos.y + (t.touch_px - ts.y) * 0.5f), ink,
                label.c_str());
    if (pressed) v.open({ItemKind::goal, std::to_string(g.number)});
    ImGui::PopID();
  }
}

void about(const ViewContext& v) {
  const auto& m = v.snap.content().meta;
  const Theme& t = v.theme;
  wrapped_text(v, t.fonts.heading, m.title.get(v.lang()));
  wrapped_text(v, t.fonts.body, m.about.get(v.lang()));
  section_heading(v, word(Word::content_as_of, v.lang()));
  wrapped_text(v, t.fonts.body, m.as_of.display(v.lang()) + " — " + m.source.get(v.lang()));
  ImGui::Dummy(ImVec2(0, t.pad_px));
  wrapped_text(v, t.fonts.body, word(Word::privacy, v.lang()));
  wrapped_text(v, t.fonts.small, word(Word::map_credit, v.lang()), t.text_muted);
}

}  // namespace

void draw_list(const ViewContext& v) {
  switch (v.state.tab) {
    case Tab::places: list_places(v); break;
    case Tab::organisations: list_organisations(v); break;
    case Tab::events: list_events(v); break;
    case Tab::goals: list_goals(v); break;
    case Tab::about: about(v); break;
  }
}

void draw_panel(const ViewContext& v, ImVec2 pos, ImVec2 size) {
  const Theme& t = v.theme;
  ImGui::SetCursorScreenPos(pos);
  ImGui::BeginChild("panel", size, false, ImGuiWindowFlags_NoScrollbar);
  // Search takes the whole panel (the keyboard needs the room); an item opened from it wins.
  if (v.state.search_open && !v.state.open) {
    draw_search(v);
    ImGui::EndChild();
    return;
  }
  // Tabs: two rows of touch-sized buttons when the panel is narrow.
  float avail = ImGui::GetContentRegionAvail().x;
  float spacing = ImGui::GetStyle().ItemSpacing.x;
  // As many tabs in a row as their labels allow (larger text needs more rows); measured in all
  // three languages, so switching language does not move the tabs.
  float widest = 0;
  for (Tab tab : all_tabs)
    for (content::Lang lang : content::all_langs) {
      std::string label(tab_word(tab, lang));
      widest = std::max(widest, ImGui::CalcTextSize(label.c_str()).x);
    }
  float min_w = widest + 2 * ImGui::GetStyle().FramePadding.x;
  int per_row = std::clamp(int((avail + spacing) / (min_w + spacing)), 2, 5);
  if (per_row == 4) per_row = 3;  // 3 + 2 reads better than 4 + 1
  float w = (avail - spacing * float(per_row - 1)) / float(per_row);
  int i = 0;
  for (Tab tab : all_tabs) {
    if (i % per_row) ImGui::SameLine();
    std::string id = std::string("tab/") + tab_key(tab);
    if (big_button(v, id.c_str(), tab_word(tab, v.lang()), v.state.tab == tab && !v.state.open, w))
      v.emit(TabSelected{tab});
    ++i;
  }
  ImGui::Dummy(ImVec2(0, t.pad_px * 0.3f));
  // One child per list or item, so each opens at its top and Back returns to where it was.
  std::string child = v.state.open ? "item/" + std::string(content::kind_name(v.state.open->kind)) + "/" + v.state.open->id
                                   : "tab/" + std::to_string(int(v.state.tab));
  if (v.state.open) draw_back_home(v);  // above the scrolling page: always in reach
  ImGui::BeginChild(child.c_str(), ImVec2(0, 0), false);
  drag_to_scroll(v);
  if (v.state.open) {
    draw_detail(v, *v.state.open);
  } else {
    draw_list(v);
  }
  ImGui::EndChild();
  ImGui::EndChild();
}

}  // namespace kiosk
