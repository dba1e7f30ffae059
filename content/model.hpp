// The content model: plain value types for everything the kiosk shows. The same types come out
// of an editor's content folder, a feed's content document and the SQLite store, so one
// validator and one renderer serve all three. See docs/formats/content.md for the file format.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "content/partial_date.hpp"
#include "content/text.hpp"

namespace content {

inline constexpr int goal_count = 17;

// Links to UN Global Goals, with where the link comes from.
struct GoalLinks {
  std::vector<int> goals;  // 1..17
  std::string basis;       // "note" (the source says so) or "editorial" (an editor chose it)
  bool operator==(const GoalLinks&) const = default;
};

struct Goal {
  int number = 0;
  uint32_t colour_rgb = 0;  // 0xRRGGBB
  Text name, description;
  bool operator==(const Goal&) const = default;
};

struct Country {
  std::string id;  // ISO 3166-1 alpha-2, upper case
  Text name;
  bool operator==(const Country&) const = default;
};

struct Relation {
  std::string type;  // home, twin_town, partner_city, trade_partner, hanze_city, project_site, education_partner
  Text text;
  PartialDate since, until;
  bool operator==(const Relation&) const = default;
};

struct Place {
  std::string id;
  Text name;
  std::string country;
  std::string kind;  // city, district, region
  double lat = 0, lon = 0;
  Text description;
  std::vector<Relation> relations;
  GoalLinks goals;
  bool operator==(const Place&) const = default;
};

struct Organisation {
  std::string id;
  std::string name;  // a proper name: not translated
  std::string kind;  // foundation, association, world_shop, local_group, project_group
  Text description;
  std::vector<std::string> countries;
  std::string website, image;
  GoalLinks goals;
  bool operator==(const Organisation&) const = default;
};

struct Network {
  std::string id;
  Text name, description;
  std::vector<std::string> countries, places;
  std::string website;
  GoalLinks goals;
  bool operator==(const Network&) const = default;
};

struct Figure {
  Text label, value;
  bool operator==(const Figure&) const = default;
};

struct Member {
  std::string name;
  std::string sector;  // education, business, culture, society, government
  bool operator==(const Member&) const = default;
};

struct Programme {
  std::string id;
  Text name, description;
  PartialDate since, until;
  std::vector<Figure> figures;
  std::vector<std::string> places, countries, organisations;
  std::vector<Member> members;
  std::string website, image;
  GoalLinks goals;
  bool operator==(const Programme&) const = default;
};

struct Event {
  std::string id;
  Text title, description;
  PartialDate start, end;
  std::string recurrence = "none";  // none, yearly
  std::string times_per_year;       // e.g. "2-3", as the source says it
  std::string place, programme, link;
  GoalLinks goals;
  bool operator==(const Event&) const = default;
};

struct Meta {
  Text title, source, about;
  PartialDate as_of;
  Text home_name;
  double home_lat = 0, home_lon = 0;
  bool operator==(const Meta&) const = default;
};

struct Content {
  Meta meta;
  std::vector<Goal> goals;
  std::vector<Country> countries;
  std::vector<Place> places;
  std::vector<Organisation> organisations;
  std::vector<Network> networks;
  std::vector<Programme> programmes;
  std::vector<Event> events;
  bool operator==(const Content&) const = default;
};

// The collections in file order; each is a file "<name>.json" in a content folder.
inline constexpr const char* collection_names[] = {"meta",          "goals",    "countries",  "places",
                                                   "organisations", "networks", "programmes", "events"};

}  // namespace content
