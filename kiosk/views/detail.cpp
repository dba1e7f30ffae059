// Detail of one item, with cross-links: a country shows its places, organisations and events;
// a goal shows everything that serves it; every linked item is one tap away.
#include <imgui.h>

#include <algorithm>
#include <string>

#include "kiosk/logic/ui_text.hpp"
#include "kiosk/views/view.hpp"

namespace kiosk {
namespace {

using content::ItemKind;
using content::ItemRef;

void header(const ViewContext& v, ItemKind kind, std::string_view title) {
  const Theme& t = v.theme;
  wrapped_text(v, t.fonts.small, kind_word(kind, v.lang()), t.text_muted);
  wrapped_text(v, t.fonts.heading, title);
}

// An item's logo or photo, as wide as the panel allows and at most about 6 cm high.
void item_image(const ViewContext& v, const std::string& path) {
  if (path.empty() || !v.images) return;
  auto img = v.images->image(path);
  if (!img || img->width_px <= 0 || img->height_px <= 0) return;
  float max_w = ImGui::GetContentRegionAvail().x, max_h = 240 * v.theme.scale;
  float k = std::min({max_w / float(img->width_px), max_h / float(img->height_px), 2.0f * v.theme.scale});
  ImGui::Image(img->texture, ImVec2(float(img->width_px) * k, float(img->height_px) * k));
}

void links(const ViewContext& v, std::string_view heading, const std::vector<ItemRef>& items) {
  if (items.empty()) return;
  section_heading(v, heading);
  for (const auto& ref : items)
    if (v.snap.contains(ref)) item_row(v, ref, item_title(v.snap, ref, v.lang()), kind_word(ref.kind, v.lang()));
}

std::vector<ItemRef> refs(ItemKind kind, const std::vector<std::string>& ids) {
  std::vector<ItemRef> out;
  for (const auto& id : ids) out.push_back({kind, id});
  return out;
}

void website(const ViewContext& v, const std::string& url) {
  if (url.empty()) return;
  section_heading(v, word(Word::website, v.lang()));
  wrapped_text(v, v.theme.fonts.body, url);
  qr_code(v, url);
}

std::string span(const content::PartialDate& since, const content::PartialDate& until, content::Lang lang) {
  std::string s;
  if (!since.empty()) s += std::string(word(Word::since, lang)) + " " + since.display(lang);
  if (!until.empty()) s += (s.empty() ? "" : " ") + std::string(word(Word::until, lang)) + " " + until.display(lang);
  return s;
}

// Items that link to a place: programmes, networks, events.
std::vector<ItemRef> linking_place(const content::Snapshot& snap, const std::string& place) {
  std::vector<ItemRef> out;
  const auto& c = snap.content();
  for (const auto& p : c.programmes)
    if (std::find(p.places.begin(), p.places.end(), place) != p.places.end()) out.push_back({ItemKind::programme, p.id});
  for (const auto& n : c.networks)
    if (std::find(n.places.begin(), n.places.end(), place) != n.places.end()) out.push_back({ItemKind::network, n.id});
  for (const auto& e : c.events)
    if (e.place == place) out.push_back({ItemKind::event, e.id});
  return out;
}

std::vector<ItemRef> programmes_with(const content::Snapshot& snap, const std::string& organisation) {
  std::vector<ItemRef> out;
  for (const auto& p : snap.content().programmes)
    if (std::find(p.organisations.begin(), p.organisations.end(), organisation) != p.organisations.end())
      out.push_back({ItemKind::programme, p.id});
  return out;
}

void place(const ViewContext& v, const content::Place& p) {
  const auto lang = v.lang();
  header(v, ItemKind::place, p.name.get(lang));
  for (const auto& r : p.relations) {
    std::string when = span(r.since, r.until, lang);
    section_heading(v, std::string(relation_word(r.type, lang)) + (when.empty() ? "" : " (" + when + ")"));
    wrapped_text(v, v.theme.fonts.body, r.text.get(lang));
  }
  ImGui::Dummy(ImVec2(0, v.theme.pad_px * 0.5f));
  wrapped_text(v, v.theme.fonts.body, p.description.get(lang));
  goal_chips(v, p.goals);
  links(v, word(Word::country, lang), {{ItemKind::country, p.country}});
  links(v, word(Word::related, lang), linking_place(v.snap, p.id));
}

void country(const ViewContext& v, const content::Country& c) {
  header(v, ItemKind::country, c.name.get(v.lang()));
  const auto& items = v.snap.in_country(c.id);
  if (items.empty()) wrapped_text(v, v.theme.fonts.body, word(Word::no_items, v.lang()), v.theme.text_muted);
  links(v, word(Word::related, v.lang()), items);
}

void organisation(const ViewContext& v, const content::Organisation& o) {
  header(v, ItemKind::organisation, o.name);
  item_image(v, o.image);
  wrapped_text(v, v.theme.fonts.body, o.description.get(v.lang()));
  goal_chips(v, o.goals);
  links(v, word(Word::works_in, v.lang()), refs(ItemKind::country, o.countries));
  website(v, o.website);
  links(v, word(Word::related, v.lang()), programmes_with(v.snap, o.id));
}

void network(const ViewContext& v, const content::Network& n) {
  header(v, ItemKind::network, n.name.get(v.lang()));
  wrapped_text(v, v.theme.fonts.body, n.description.get(v.lang()));
  goal_chips(v, n.goals);
  links(v, word(Word::works_in, v.lang()), refs(ItemKind::country, n.countries));
  links(v, word(Word::places, v.lang()), refs(ItemKind::place, n.places));
  website(v, n.website);
}

void programme(const ViewContext& v, const content::Programme& p) {
  const auto lang = v.lang();
  header(v, ItemKind::programme, p.name.get(lang));
  item_image(v, p.image);
  std::string when = span(p.since, p.until, lang);
  if (!when.empty()) wrapped_text(v, v.theme.fonts.small, when, v.theme.text_muted);
  wrapped_text(v, v.theme.fonts.body, p.description.get(lang));
  if (!p.figures.empty()) {
    section_heading(v, word(Word::figures, lang));
    for (const auto& f : p.figures) {
      wrapped_text(v, v.theme.fonts.bold, f.value.get(lang));
      wrapped_text(v, v.theme.fonts.small, f.label.get(lang), v.theme.text_muted);
    }
  }
  goal_chips(v, p.goals);
  links(v, word(Word::places, lang), refs(ItemKind::place, p.places));
  links(v, word(Word::countries, lang), refs(ItemKind::country, p.countries));
  if (!p.members.empty()) {
    section_heading(v, word(Word::members, lang));
    std::string names;
    for (const auto& m : p.members) names += (names.empty() ? "" : ", ") + m.name;
    wrapped_text(v, v.theme.fonts.body, names);
  }
  website(v, p.website);
  links(v, word(Word::organisations, lang), refs(ItemKind::organisation, p.organisations));
  std::vector<ItemRef> events;
  for (const auto& e : v.snap.content().events)
    if (e.programme == p.id) events.push_back({ItemKind::event, e.id});
  links(v, word(Word::events, lang), events);
}

void event(const ViewContext& v, const content::Event& e) {
  const auto lang = v.lang();
  header(v, ItemKind::event, e.title.get(lang));
  wrapped_text(v, v.theme.fonts.bold, event_when(e, lang));
  if (!v.state.wall.trusted)  // the clock cannot tell whether it is to come: say how old the content is
    wrapped_text(v, v.theme.fonts.small,
                 std::string(word(Word::as_of, lang)) + ": " + v.snap.content().meta.as_of.display(lang), v.theme.text_muted);
  wrapped_text(v, v.theme.fonts.body, e.description.get(lang));
  goal_chips(v, e.goals);
  std::vector<ItemRef> related;
  if (!e.place.empty()) related.push_back({ItemKind::place, e.place});
  if (!e.programme.empty()) related.push_back({ItemKind::programme, e.programme});
  links(v, word(Word::related, lang), related);
  website(v, e.link);
}

void goal(const ViewContext& v, const content::Goal& g) {
  header(v, ItemKind::goal, std::to_string(g.number) + ". " + g.name.get(v.lang()));
  ImVec2 pos = ImGui::GetCursorScreenPos();
  float w = ImGui::GetContentRegionAvail().x;
  ImGui::GetWindowDrawList()->AddRectFilled(
      pos, ImVec2(pos.x + w, pos.y + 12 * v.theme.scale),
      IM_COL32((g.colour_rgb >> 16) & 0xFF, (g.colour_rgb >> 8) & 0xFF, g.colour_rgb & 0xFF, 0xFF), 4 * v.theme.scale);
  ImGui::Dummy(ImVec2(w, 12 * v.theme.scale));
  wrapped_text(v, v.theme.fonts.body, g.description.get(v.lang()));
  const auto& serving = v.snap.serving_goal(g.number);
  if (serving.empty()) wrapped_text(v, v.theme.fonts.body, word(Word::no_items, v.lang()), v.theme.text_muted);
  links(v, word(Word::related, v.lang()), serving);
}

}  // namespace

void draw_back_home(const ViewContext& v) {
  float w = ImGui::GetContentRegionAvail().x;
  float half = (w - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
  if (big_button(v, "back", std::string("‹ ") + std::string(word(Word::back, v.lang())), false, half))
    v.emit(BackRequested{});
  ImGui::SameLine();
  if (big_button(v, "home", word(Word::home, v.lang()), false, half)) v.emit(HomeRequested{});
}

void draw_detail(const ViewContext& v, const ItemRef& item) {
  const auto& s = v.snap;
  switch (item.kind) {
    case ItemKind::place:
      if (auto* p = s.place(item.id)) return place(v, *p);
      break;
    case ItemKind::country:
      if (auto* c = s.country(item.id)) return country(v, *c);
      break;
    case ItemKind::organisation:
      if (auto* o = s.organisation(item.id)) return organisation(v, *o);
      break;
    case ItemKind::network:
      if (auto* n = s.network(item.id)) return network(v, *n);
      break;
    case ItemKind::programme:
      if (auto* p = s.programme(item.id)) return programme(v, *p);
      break;
    case ItemKind::event:
      if (auto* e = s.event(item.id)) return event(v, *e);
      break;
    case ItemKind::goal:
      if (auto* g = s.goal(std::atoi(item.id.c_str()))) return goal(v, *g);
      break;
  }
  // The item vanished with a content update: show the list instead of nothing.
  header(v, item.kind, word(Word::no_items, v.lang()));
}

}  // namespace kiosk
