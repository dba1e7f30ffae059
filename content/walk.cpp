// The text walker and the missing-translation list.
#include "content/walk.hpp"

namespace content {

void for_each_text(const Content& c, const TextVisitor& visit) {
  visit("meta", "meta", "title", c.meta.title);
  visit("meta", "meta", "source", c.meta.source);
  visit("meta", "meta", "about", c.meta.about);
  visit("meta", "meta", "home.name", c.meta.home_name);
  for (const auto& g : c.goals) {
    std::string id = std::to_string(g.number);
    visit("goal", id, "name", g.name);
    visit("goal", id, "description", g.description);
  }
  for (const auto& x : c.countries) visit("country", x.id, "name", x.name);
  for (const auto& p : c.places) {
    visit("place", p.id, "name", p.name);
    visit("place", p.id, "description", p.description);
    for (size_t i = 0; i < p.relations.size(); ++i)
      visit("place", p.id, "relations." + std::to_string(i), p.relations[i].text);
  }
  for (const auto& o : c.organisations) visit("organisation", o.id, "description", o.description);
  for (const auto& n : c.networks) {
    visit("network", n.id, "name", n.name);
    visit("network", n.id, "description", n.description);
  }
  for (const auto& p : c.programmes) {
    visit("programme", p.id, "name", p.name);
    visit("programme", p.id, "description", p.description);
    for (size_t i = 0; i < p.figures.size(); ++i) {
      visit("programme", p.id, "figures." + std::to_string(i) + ".label", p.figures[i].label);
      visit("programme", p.id, "figures." + std::to_string(i) + ".value", p.figures[i].value);
    }
  }
  for (const auto& e : c.events) {
    visit("event", e.id, "title", e.title);
    visit("event", e.id, "description", e.description);
  }
}

std::vector<std::string> missing_texts(const Content& content, Lang lang) {
  std::vector<std::string> out;
  for_each_text(content, [&](std::string_view kind, std::string_view id, std::string_view field, const Text& t) {
    if (!t.empty() && t.in(lang).empty()) out.push_back(std::string(kind) + "/" + std::string(id) + "/" + std::string(field));
  });
  return out;
}

}  // namespace content
