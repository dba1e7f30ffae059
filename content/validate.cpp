// Cross-reference checks over a parsed content model.
#include "content/validate.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace content {
namespace {

class Checker {
 public:
  Checker(const Content& c, const SourceNames& names, const ImageCheck& check_image, Issues& issues)
      : c_(c), names_(names), check_image_(check_image), issues_(issues) {
    for (const auto& x : c.countries) countries_.insert(x.id);
    for (const auto& x : c.places) places_.insert(x.id);
    for (const auto& x : c.organisations) organisations_.insert(x.id);
    for (const auto& x : c.programmes) programmes_.insert(x.id);
  }

  void run() {
    check_goals();
    unique_ids("countries", c_.countries);
    unique_ids("places", c_.places);
    unique_ids("organisations", c_.organisations);
    unique_ids("networks", c_.networks);
    unique_ids("programmes", c_.programmes);
    unique_ids("events", c_.events);
    for (size_t i = 0; i < c_.places.size(); ++i) check_place(i);
    for (size_t i = 0; i < c_.organisations.size(); ++i) {
      const auto& o = c_.organisations[i];
      std::string at = item_path("organisations", i);
      refs("organisations", at + "/countries", o.countries, countries_, "country", "countries.json");
      image("organisations", at + "/image", o.image);
    }
    for (size_t i = 0; i < c_.networks.size(); ++i) {
      const auto& n = c_.networks[i];
      std::string at = item_path("networks", i);
      refs("networks", at + "/countries", n.countries, countries_, "country", "countries.json");
      refs("networks", at + "/places", n.places, places_, "place", "places.json");
    }
    for (size_t i = 0; i < c_.programmes.size(); ++i) check_programme(i);
    for (size_t i = 0; i < c_.events.size(); ++i) check_event(i);
  }

 private:
  static std::string item_path(std::string_view collection, size_t i) {
    return "/" + std::string(collection) + "/" + std::to_string(i);
  }
  void error(std::string_view collection, std::string path, std::string message) {
    issues_.error(names_.file_for(collection), std::move(path), std::move(message));
  }

  void check_goals() {
    std::map<int, size_t> seen;
    for (size_t i = 0; i < c_.goals.size(); ++i) {
      int n = c_.goals[i].number;
      if (n == 0) continue;  // already reported while parsing
      auto [it, fresh] = seen.emplace(n, i);
      if (!fresh)
        error("goals", item_path("goals", i) + "/number",
              "goal " + std::to_string(n) + " is listed twice (also at /goals/" + std::to_string(it->second) + ")");
    }
    for (int n = 1; n <= goal_count; ++n)
      if (!seen.count(n)) error("goals", "/goals", "goal " + std::to_string(n) + " is missing (all 17 are required)");
  }

  template <class T>
  void unique_ids(std::string_view collection, const std::vector<T>& items) {
    std::map<std::string, size_t> seen;
    for (size_t i = 0; i < items.size(); ++i) {
      if (items[i].id.empty()) continue;
      auto [it, fresh] = seen.emplace(items[i].id, i);
      if (!fresh)
        error(collection, item_path(collection, i) + "/id",
              "duplicate id \"" + items[i].id + "\" (first used at /" + std::string(collection) + "/" +
                  std::to_string(it->second) + ")");
    }
  }

  void refs(std::string_view collection, const std::string& path, const std::vector<std::string>& ids,
            const std::set<std::string>& known, std::string_view what, std::string_view where) {
    for (size_t k = 0; k < ids.size(); ++k) ref(collection, path + "/" + std::to_string(k), ids[k], known, what, where);
  }

  void ref(std::string_view collection, const std::string& path, const std::string& id,
           const std::set<std::string>& known, std::string_view what, std::string_view where) {
    if (!id.empty() && !known.count(id))
      error(collection, path,
            "unknown " + std::string(what) + " \"" + id + "\" (not in " + std::string(where) + ")");
  }

  void dates_in_order(std::string_view collection, const std::string& path, const PartialDate& from,
                      const PartialDate& to, std::string_view to_key) {
    if (!from.empty() && !to.empty() && to.last_day() < from.first_day())
      error(collection, path + "/" + std::string(to_key),
            "\"" + to.to_string() + "\" lies before \"" + from.to_string() + "\"");
  }

  void image(std::string_view collection, const std::string& path, const std::string& image_path) {
    if (image_path.empty()) return;
    if (!is_safe_image_path(image_path)) {
      error(collection, path, "\"" + image_path + "\" is not a file under images/ (e.g. \"images/logo.png\")");
      return;
    }
    if (!check_image_) return;
    if (auto why = check_image_(image_path)) error(collection, path, "\"" + image_path + "\": " + *why);
  }

  void check_place(size_t i) {
    const auto& p = c_.places[i];
    std::string at = item_path("places", i);
    ref("places", at + "/country", p.country, countries_, "country", "countries.json");
    for (size_t k = 0; k < p.relations.size(); ++k)
      dates_in_order("places", at + "/relations/" + std::to_string(k), p.relations[k].since, p.relations[k].until,
                     "until");
  }

  void check_programme(size_t i) {
    const auto& p = c_.programmes[i];
    std::string at = item_path("programmes", i);
    refs("programmes", at + "/places", p.places, places_, "place", "places.json");
    refs("programmes", at + "/countries", p.countries, countries_, "country", "countries.json");
    refs("programmes", at + "/organisations", p.organisations, organisations_, "organisation", "organisations.json");
    dates_in_order("programmes", at, p.since, p.until, "until");
    image("programmes", at + "/image", p.image);
  }

  void check_event(size_t i) {
    const auto& e = c_.events[i];
    std::string at = item_path("events", i);
    ref("events", at + "/place", e.place, places_, "place", "places.json");
    ref("events", at + "/programme", e.programme, programmes_, "programme", "programmes.json");
    dates_in_order("events", at, e.start, e.end, "end");
  }

  const Content& c_;
  const SourceNames& names_;
  const ImageCheck& check_image_;
  Issues& issues_;
  std::set<std::string> countries_, places_, organisations_, programmes_;
};

}  // namespace

bool is_safe_image_path(std::string_view path) {
  if (!path.starts_with("images/") || path.size() > 200) return false;
  std::string_view name = path.substr(7);
  if (name.empty() || name[0] == '.') return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
           c == '.';
  }) && name.find("..") == std::string_view::npos;
}

void validate(const Content& content, const SourceNames& names, const ImageCheck& check_image, Issues& issues) {
  Checker(content, names, check_image, issues).run();
}

}  // namespace content
