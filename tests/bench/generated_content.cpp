// Generating the benchmark content; see generated_content.hpp.
#include "bench/generated_content.hpp"

#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "bench/name_pools.hpp"
#include "content/folder.hpp"

namespace bench {

namespace {

// splitmix64: the same numbers everywhere (std:: distributions differ between libraries).
struct Rng {
  uint64_t state;
  uint64_t next() {
    uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  size_t below(size_t n) { return size_t(next() % n); }
  template <class Span>
  const auto& pick(const Span& s) { return s[below(s.size())]; }
};

std::string fill(std::string_view pattern, std::string_view name) {
  std::string out(pattern);
  if (auto at = out.find("{}"); at != std::string::npos) out.replace(at, 2, name);
  return out;
}

content::Text fill(const Phrase& p, std::string_view name) { return {fill(p.nl, name), fill(p.en, name), fill(p.de, name)}; }

std::string numbered(const char* prefix, size_t i) {
  char id[32];
  std::snprintf(id, sizeof id, "%s-%05zu", prefix, i);
  return id;
}

content::GoalLinks some_goals(Rng& rng) {
  content::GoalLinks g;
  g.goals = {int(1 + rng.below(17))};
  g.basis = "editorial";
  return g;
}

// The bundled content plus every country a generated city lies in.
content::Content base_content() {
  auto loaded = content::load_folder(KIOSK_SOURCE_CONTENT_DIR);
  if (loaded.issues.has_errors()) {
    std::fprintf(stderr, "the bundled content does not load: %s\n", loaded.issues.errors_text().c_str());
    std::exit(1);
  }
  content::Content c = std::move(loaded.content);
  for (const auto& n : country_names()) {
    bool known = false;
    for (const auto& k : c.countries) known = known || k.id == n.id;
    if (!known) c.countries.push_back({std::string(n.id), {std::string(n.nl), std::string(n.en), std::string(n.de)}});
  }
  return c;
}

void add_places(content::Content& c, size_t total, Rng& rng) {
  for (size_t i = 1; c.places.size() < total; ++i) {
    const City& city = rng.pick(cities());
    std::string name = std::string(city.name) + " " + std::string(rng.pick(districts()));
    content::Place p;
    p.id = numbered("place", i);
    p.name = {name, name, name};
    p.country = std::string(city.country);
    p.kind = "district";
    p.lat = city.lat + double(rng.below(200)) / 1000.0 - 0.1;
    p.lon = city.lon + double(rng.below(200)) / 1000.0 - 0.1;
    p.description = fill(rng.pick(description_patterns()), name);
    p.goals = some_goals(rng);
    c.places.push_back(std::move(p));
  }
}

void add_organisations(content::Content& c, size_t total, size_t images, Rng& rng) {
  for (size_t i = 1; c.organisations.size() < total; ++i) {
    const City& city = rng.pick(cities());
    std::string where(city.name);
    if (rng.below(2) == 0) where += " " + std::string(rng.pick(districts()));
    content::Organisation o;
    o.id = numbered("org", i);
    o.name = fill(rng.pick(org_patterns()), where);
    static constexpr const char* kinds[] = {"foundation", "association", "world_shop", "local_group", "project_group"};
    o.kind = kinds[rng.below(std::size(kinds))];
    o.description = fill(rng.pick(description_patterns()), where);
    o.countries = {std::string(city.country)};
    o.website = "https://www.example.nl/" + o.id;
    if (i <= images) o.image = photo_path(i - 1);
    o.goals = some_goals(rng);
    c.organisations.push_back(std::move(o));
  }
}

void add_programmes(content::Content& c, size_t total, Rng& rng) {
  for (size_t i = 1; c.programmes.size() < total; ++i) {
    const City& city = rng.pick(cities());
    content::Programme p;
    p.id = numbered("programme", i);
    p.name = fill(rng.pick(programme_patterns()), city.name);
    p.description = fill(rng.pick(description_patterns()), city.name);
    p.since = {int(2010 + rng.below(12)), 0, 0, content::YearPart::none};
    p.countries = {std::string(city.country)};
    p.organisations = {rng.pick(c.organisations).id};
    p.members = {{"Saxion", "education"}, {fill("Gemeente {}", city.name), "government"}};
    p.goals = some_goals(rng);
    c.programmes.push_back(std::move(p));
  }
}

void add_events(content::Content& c, size_t total, Rng& rng) {
  for (size_t i = 1; c.events.size() < total; ++i) {
    const content::Place& place = rng.pick(c.places);
    const std::string& where = place.name.nl;
    content::Event e;
    e.id = numbered("event", i);
    e.title = fill(rng.pick(event_patterns()), where);
    e.description = fill(rng.pick(description_patterns()), where);
    e.start = {int(2019 + rng.below(8)), int(1 + rng.below(12)), int(1 + rng.below(28)), content::YearPart::none};
    e.place = place.id;
    e.link = "https://www.example.nl/" + e.id;
    e.goals = some_goals(rng);
    c.events.push_back(std::move(e));
  }
}

}  // namespace

content::Content generated_content(const ContentSize& size, uint64_t seed) {
  Rng rng{seed};
  content::Content c = base_content();
  add_places(c, size.places, rng);
  add_organisations(c, size.organisations, size.images, rng);
  add_programmes(c, size.programmes, rng);
  add_events(c, size.events, rng);
  return c;
}

std::string photo_path(size_t i) {
  char path[40];
  std::snprintf(path, sizeof path, "images/photo-%03zu.jpg", i + 1);
  return path;
}

size_t searchable_items(const content::Content& c) {
  return c.goals.size() + c.countries.size() + c.places.size() + c.organisations.size() + c.networks.size() +
         c.programmes.size() + c.events.size();
}

ContentSize size_for_searchable_items(size_t total) {
  content::Content base = base_content();
  ContentSize s;
  s.places = total * 12 / 100;
  s.organisations = total * 30 / 100;
  s.programmes = total * 6 / 100;
  size_t fixed = base.goals.size() + base.countries.size() + base.networks.size() + s.places + s.organisations +
                 s.programmes;
  s.events = total > fixed ? total - fixed : base.events.size();
  return s;
}

}  // namespace bench
