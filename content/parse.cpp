// Parsers for each kind of content item and for whole collections and documents.
#include "content/parse.hpp"

#include <cstdio>

#include "content/utf8.hpp"

namespace content {
namespace {

uint32_t parse_colour(ObjectReader& r) {
  std::string s = r.string("colour", true);
  unsigned v = 0;
  int used = 0;
  if (s.size() != 7 || s[0] != '#' || sscanf(s.c_str() + 1, "%6x%n", &v, &used) != 1 || used != 6) {
    if (!s.empty()) r.error("colour", "\"" + s + "\" is not a colour (#RRGGBB)");
    return 0;
  }
  return v;
}

template <class T, class F>
void parse_items(ObjectReader& top, std::string_view key, std::vector<T>& out, F parse_one) {
  top.array(key, true, [&](const Json& e, const std::string& path) {
    ObjectReader r(e, path, top.ctx());
    if (!r.ok()) return;
    out.push_back(parse_one(r));
    r.finish();
  });
}

}  // namespace

Goal parse_goal(ObjectReader& r) {
  Goal g;
  g.number = r.integer("number", 1, goal_count);
  g.colour_rgb = parse_colour(r);
  g.name = r.text("name", true);
  g.description = r.text("description", true);
  return g;
}

Country parse_country(ObjectReader& r) {
  Country c;
  c.id = r.string("id", true);
  if (!c.id.empty() && !is_country_code(c.id))
    r.error("id", "\"" + c.id + "\" is not an ISO 3166-1 alpha-2 country code (two capitals, e.g. RO)");
  c.name = r.text("name", true);
  return c;
}

Place parse_place(ObjectReader& r) {
  Place p;
  p.id = r.id("id");
  p.name = r.text("name", true);
  p.country = r.string("country", true);
  p.kind = r.choice("kind", {"city", "district", "region"}, true);
  p.lat = r.number("lat", -90, 90, "a latitude");
  p.lon = r.number("lon", -180, 180, "a longitude");
  p.description = r.text("description", true);
  r.array("relations", false, [&](const Json& e, const std::string& path) {
    ObjectReader rr(e, path, r.ctx());
    if (!rr.ok()) return;
    Relation rel;
    rel.type = rr.choice("type", {"home", "twin_town", "partner_city", "trade_partner", "hanze_city", "project_site",
                                  "education_partner"},
                         true);
    rel.text = rr.text("text", true);
    rel.since = rr.date("since", false);
    rel.until = rr.date("until", false);
    rr.finish();
    p.relations.push_back(std::move(rel));
  });
  p.goals = r.goals();
  return p;
}

Organisation parse_organisation(ObjectReader& r) {
  Organisation o;
  o.id = r.id("id");
  o.name = r.string("name", true);
  o.kind = r.choice("kind", {"foundation", "association", "world_shop", "local_group", "project_group"}, true);
  o.description = r.text("description", true);
  o.countries = r.strings("countries");
  o.website = r.url("website");
  o.image = r.string("image", false, 300);
  o.goals = r.goals();
  return o;
}

Network parse_network(ObjectReader& r) {
  Network n;
  n.id = r.id("id");
  n.name = r.text("name", true);
  n.description = r.text("description", true);
  n.countries = r.strings("countries");
  n.places = r.strings("places");
  n.website = r.url("website");
  n.goals = r.goals();
  return n;
}

Programme parse_programme(ObjectReader& r) {
  Programme p;
  p.id = r.id("id");
  p.name = r.text("name", true);
  p.description = r.text("description", true);
  p.since = r.date("since", false);
  p.until = r.date("until", false);
  r.array("figures", false, [&](const Json& e, const std::string& path) {
    ObjectReader fr(e, path, r.ctx());
    if (!fr.ok()) return;
    Figure f;
    f.label = fr.text("label", true);
    f.value = fr.text("value", true);
    fr.finish();
    p.figures.push_back(std::move(f));
  });
  p.places = r.strings("places");
  p.countries = r.strings("countries");
  p.organisations = r.strings("organisations");
  r.array("members", false, [&](const Json& e, const std::string& path) {
    ObjectReader mr(e, path, r.ctx());
    if (!mr.ok()) return;
    Member m;
    m.name = mr.string("name", true);
    m.sector = mr.choice("sector", {"education", "business", "culture", "society", "government"}, true);
    mr.finish();
    p.members.push_back(std::move(m));
  });
  p.website = r.url("website");
  p.image = r.string("image", false, 300);
  p.goals = r.goals();
  return p;
}

Event parse_event(ObjectReader& r) {
  Event e;
  e.id = r.id("id");
  e.title = r.text("title", true);
  e.description = r.text("description", true);
  e.start = r.date("start", true);
  e.end = r.date("end", false);
  e.recurrence = r.choice("recurrence", {"none", "yearly"}, false, "none");
  e.times_per_year = r.string("times_per_year", false, 20);
  e.place = r.string("place", false);
  e.programme = r.string("programme", false);
  e.link = r.url("link");
  e.goals = r.goals();
  return e;
}

Meta parse_meta(ObjectReader& r) {
  Meta m;
  m.title = r.text("title", true);
  m.source = r.text("source", true);
  m.as_of = r.date("as_of", true);
  m.about = r.text("about", true);
  const Json* home = r.get("home", true, Json::value_t::object, "an object {\"name\", \"lat\", \"lon\"}");
  if (home) {
    ObjectReader hr(*home, r.path() + "/home", r.ctx());
    m.home_name = hr.text("name", true);
    m.home_lat = hr.number("lat", -90, 90, "a latitude");
    m.home_lon = hr.number("lon", -180, 180, "a longitude");
    hr.finish();
  }
  return m;
}

void parse_collection(std::string_view name, const Json& value, std::string_view file, Content& out, Issues& issues) {
  ParseContext ctx{std::string(file), issues};
  // Wrap the value so the reader reports paths from the file's root, e.g. /places/3/lat.
  Json root = Json::object();
  root[std::string(name)] = value;
  ObjectReader top(root, "", ctx);
  if (name == "meta") {
    const Json* m = top.get("meta", true, Json::value_t::object, "an object");
    if (!m) return;
    ObjectReader r(*m, "/meta", ctx);
    out.meta = parse_meta(r);
    r.finish();
  } else if (name == "goals") {
    parse_items(top, name, out.goals, parse_goal);
  } else if (name == "countries") {
    parse_items(top, name, out.countries, parse_country);
  } else if (name == "places") {
    parse_items(top, name, out.places, parse_place);
  } else if (name == "organisations") {
    parse_items(top, name, out.organisations, parse_organisation);
  } else if (name == "networks") {
    parse_items(top, name, out.networks, parse_network);
  } else if (name == "programmes") {
    parse_items(top, name, out.programmes, parse_programme);
  } else if (name == "events") {
    parse_items(top, name, out.events, parse_event);
  }
}

Content parse_document(const Json& doc, std::string_view file, Issues& issues) {
  Content c;
  ParseContext ctx{std::string(file), issues};
  ObjectReader top(doc, "", ctx);
  if (!top.ok()) return c;
  const Json* format = top.get("format", true, Json::value_t::number_float, "a number");
  if (format && *format != document_format) {
    top.error("format", "format " + format->dump() + " is not supported (this kiosk reads format " +
                            std::to_string(document_format) + ")");
    return c;
  }
  for (const char* name : collection_names) {
    const Json* v = top.get(name, true, name == std::string_view("meta") ? Json::value_t::object : Json::value_t::array,
                            name == std::string_view("meta") ? "an object" : "an array");
    if (v) parse_collection(name, *v, file, c, issues);
  }
  top.finish();
  return c;
}

Json parse_json_text(std::string_view text, std::string_view file, Issues& issues) {
  Json j = Json::parse(text, nullptr, false);
  if (!j.is_discarded()) return j;
  // Re-parse to learn where it failed; the non-throwing parse does not say.
  try {
    Json again = Json::parse(text);
    (void)again;
  } catch (const Json::parse_error& e) {
    size_t line = 1, col = 1;
    for (size_t i = 0; i + 1 < e.byte && i < text.size(); ++i) {
      if (text[i] == '\n') {
        ++line;
        col = 1;
      } else {
        ++col;
      }
    }
    std::string why = e.what();
    auto pos = why.find("syntax error");
    if (pos != std::string::npos) why = why.substr(pos);
    why = valid_utf8(why);  // nlohmann quotes the bytes it choked on ("last read: ...")
    issues.error(std::string(file), "", "line " + std::to_string(line) + ", column " + std::to_string(col) +
                                            ": not valid JSON: " + why);
    return Json();
  } catch (const std::exception& e) {
    issues.error(std::string(file), "", std::string("not valid JSON: ") + e.what());
  }
  return Json();
}

}  // namespace content
