// Serialisers for each kind of item; empty optional fields are left out.
#include "content/serialize.hpp"

#include <cstdio>

#include "content/parse.hpp"

namespace content {
namespace {

void put(Json& j, const char* key, const std::string& s) {
  if (!s.empty()) j[key] = s;
}
void put(Json& j, const char* key, const PartialDate& d) {
  if (!d.empty()) j[key] = d.to_string();
}
void put(Json& j, const char* key, const std::vector<std::string>& v) {
  if (!v.empty()) j[key] = v;
}
void put(Json& j, const GoalLinks& g) {
  if (!g.goals.empty()) j["goals"] = g.goals;
  if (!g.basis.empty()) j["goals_basis"] = g.basis;
}

template <class T>
Json array_of(const std::vector<T>& items) {
  Json a = Json::array();
  for (const auto& i : items) a.push_back(to_json(i));
  return a;
}

}  // namespace

Json to_json(const Text& t) {
  Json j = Json::object();
  for (Lang l : all_langs)
    if (!t.in(l).empty()) j[std::string(lang_code(l))] = t.in(l);
  return j;
}

Json to_json(const Goal& g) {
  char colour[8];
  snprintf(colour, sizeof colour, "#%06X", unsigned(g.colour_rgb & 0xFFFFFF));
  return {{"number", g.number}, {"colour", colour}, {"name", to_json(g.name)}, {"description", to_json(g.description)}};
}

Json to_json(const Country& c) { return {{"id", c.id}, {"name", to_json(c.name)}}; }

Json to_json(const Place& p) {
  Json j = {{"id", p.id},   {"name", to_json(p.name)}, {"country", p.country}, {"kind", p.kind},
            {"lat", p.lat}, {"lon", p.lon},            {"description", to_json(p.description)}};
  if (!p.relations.empty()) {
    Json rels = Json::array();
    for (const auto& r : p.relations) {
      Json rj = {{"type", r.type}, {"text", to_json(r.text)}};
      put(rj, "since", r.since);
      put(rj, "until", r.until);
      rels.push_back(std::move(rj));
    }
    j["relations"] = std::move(rels);
  }
  put(j, p.goals);
  return j;
}

Json to_json(const Organisation& o) {
  Json j = {{"id", o.id}, {"name", o.name}, {"kind", o.kind}, {"description", to_json(o.description)}};
  put(j, "countries", o.countries);
  put(j, "website", o.website);
  put(j, "image", o.image);
  put(j, o.goals);
  return j;
}

Json to_json(const Network& n) {
  Json j = {{"id", n.id}, {"name", to_json(n.name)}, {"description", to_json(n.description)}};
  put(j, "countries", n.countries);
  put(j, "places", n.places);
  put(j, "website", n.website);
  put(j, n.goals);
  return j;
}

Json to_json(const Programme& p) {
  Json j = {{"id", p.id}, {"name", to_json(p.name)}, {"description", to_json(p.description)}};
  put(j, "since", p.since);
  put(j, "until", p.until);
  if (!p.figures.empty()) {
    Json f = Json::array();
    for (const auto& x : p.figures) f.push_back({{"label", to_json(x.label)}, {"value", to_json(x.value)}});
    j["figures"] = std::move(f);
  }
  put(j, "places", p.places);
  put(j, "countries", p.countries);
  put(j, "organisations", p.organisations);
  if (!p.members.empty()) {
    Json m = Json::array();
    for (const auto& x : p.members) m.push_back({{"name", x.name}, {"sector", x.sector}});
    j["members"] = std::move(m);
  }
  put(j, "website", p.website);
  put(j, "image", p.image);
  put(j, p.goals);
  return j;
}

Json to_json(const Event& e) {
  Json j = {{"id", e.id}, {"title", to_json(e.title)}, {"description", to_json(e.description)}};
  put(j, "start", e.start);
  put(j, "end", e.end);
  if (e.recurrence != "none") j["recurrence"] = e.recurrence;
  put(j, "times_per_year", e.times_per_year);
  put(j, "place", e.place);
  put(j, "programme", e.programme);
  put(j, "link", e.link);
  put(j, e.goals);
  return j;
}

Json to_json(const Meta& m) {
  Json j = {{"title", to_json(m.title)}, {"source", to_json(m.source)}, {"about", to_json(m.about)}};
  put(j, "as_of", m.as_of);
  j["home"] = {{"name", to_json(m.home_name)}, {"lat", m.home_lat}, {"lon", m.home_lon}};
  return j;
}

Json to_document(const Content& c) {
  return {{"format", document_format},
          {"meta", to_json(c.meta)},
          {"goals", array_of(c.goals)},
          {"countries", array_of(c.countries)},
          {"places", array_of(c.places)},
          {"organisations", array_of(c.organisations)},
          {"networks", array_of(c.networks)},
          {"programmes", array_of(c.programmes)},
          {"events", array_of(c.events)}};
}

}  // namespace content
