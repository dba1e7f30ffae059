// The bundled default content holds the whole policy note faithfully: every organisation,
// network, programme and place it names, the 17 goals, and every text in NL, EN and DE.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "content/folder.hpp"
#include "content/map_asset.hpp"
#include "content/snapshot.hpp"
#include "content/walk.hpp"

namespace {

const content::FolderContent& default_content() {
  static const content::FolderContent loaded = content::load_folder(KIOSK_SOURCE_CONTENT_DIR);
  return loaded;
}

const content::Snapshot& snapshot() {
  static const content::Snapshot snap(default_content().content, {0, "bundled", "", ""});
  return snap;
}

}  // namespace

TEST_CASE("the default content validates without errors or warnings") {
  const auto& loaded = default_content();
  std::string all;
  for (const auto& i : loaded.issues.list) all += i.to_string() + "\n";
  INFO(all);
  CHECK(loaded.issues.list.empty());
}

TEST_CASE("every visitor-facing text exists in Dutch, English and German") {
  for (content::Lang lang : content::all_langs) {
    INFO(content::lang_code(lang));
    CHECK(content::missing_texts(default_content().content, lang).empty());
  }
}

TEST_CASE("all 34 organisations of the note are there, spelled as the note spells them") {
  const std::vector<std::string> note = {
      "Amnesty International (Deventer)", "St. Bulungi", "St. Colmschate Ukraine Contact", "St. Deventer - Roemenië",
      "St. Diba", "St. Fafa", "St. Gered Gereedschap Deventer", "St. Initiat", "St. Joeboentoe",
      "St. Kinderen van Uganda", "St. Kisiwa", "Mineke Foundation", "Morkiswa Foundation", "St. Maanda",
      "NetSib Foundation", "Projectgroep Kenya", "St. Project Voice", "Sheroes Foundation", "St. Super Adelaar",
      "St. SOSOI", "St. ShouldersNL", "The Rob Foundation", "St. Twubake", "St. Tsjerkin", "St. Up4s",
      "St. Vrienden van Umthombo", "St. Veteranen voor Libanon", "Vereniging Bosna", "St. Vrienden van Mikondo",
      "St. Vietnam-Nederland", "St. Vrede voor Palestina", "W.L.P. Gambia", "Wereldwinkel Bathmen",
      "Wereldwinkel Deventer"};
  REQUIRE(note.size() == 34);
  std::vector<std::string> names;
  for (const auto& o : default_content().content.organisations) names.push_back(o.name);
  std::sort(names.begin(), names.end());
  auto expected = note;
  std::sort(expected.begin(), expected.end());
  CHECK(names == expected);
}

TEST_CASE("an organisation's country is given only where its name states it") {
  std::map<std::string, std::string> by_name;
  for (const auto& o : default_content().content.organisations)
    by_name[o.name] = o.countries.empty() ? "" : o.countries[0];
  CHECK(by_name["St. Kinderen van Uganda"] == "UG");
  CHECK(by_name["W.L.P. Gambia"] == "GM");
  CHECK(by_name["St. Deventer - Roemenië"] == "RO");
  CHECK(by_name["Projectgroep Kenya"] == "KE");
  CHECK(by_name["St. Bulungi"] == "");
  CHECK(by_name["Vereniging Bosna"] == "");
  CHECK(by_name["Wereldwinkel Deventer"] == "");
  for (const auto& o : default_content().content.organisations) CHECK(o.website.empty());  // the note gives none
}

TEST_CASE("the three networks and the programmes of the note are there") {
  const auto& s = snapshot();
  CHECK(default_content().content.networks.size() == 3);
  std::set<std::string> networks;
  for (const auto& n : default_content().content.networks) networks.insert(n.name.nl);
  CHECK(networks.count("Periodiek Overleg Internationale Samenwerking"));
  CHECK(networks.count("Platform Deventer-Oeganda"));
  CHECK(networks.count("International Office Deventer"));
  for (const char* id : {"mkb-trade-office", "hanze", "shelter-city", "deventer4globalgoals", "kleurrijk-deventer"})
    CHECK(s.programme(id));
  CHECK(s.programme("kleurrijk-deventer")->organisations.size() == 34);
}

TEST_CASE("the Deventer4GlobalGoals core group lists the note's members") {
  const auto* p = snapshot().programme("deventer4globalgoals");
  REQUIRE(p);
  std::set<std::string> members;
  for (const auto& m : p->members) members.insert(m.name);
  for (const char* name : {"Saxion", "DEP", "MKB", "SoVenture", "Jako AG", "Openbare Bibliotheek", "Kunstenlab",
                           "Kristinsson Architecten", "Duurzaamheidscentrum", "Dev&ter Jong",
                           "Periodiek Overleg Internationale Samenwerking"})
    CHECK(members.count(name));
}

TEST_CASE("the programmes carry the note's figures") {
  std::string all;
  for (const auto& p : default_content().content.programmes)
    for (const auto& f : p.figures) all += f.value.nl + "\n";
  for (const char* figure : {"10.000", "43.000", "5.400", "75%", "200", "16", "12"}) {
    INFO(figure);
    CHECK(all.find(figure) != std::string::npos);
  }
}

TEST_CASE("every place the note names is there with its relation") {
  const auto& s = snapshot();
  auto has_relation = [&](const char* id, const char* type) {
    const auto* p = s.place(id);
    if (!p) return false;
    return std::any_of(p->relations.begin(), p->relations.end(), [&](const auto& r) { return r.type == type; });
  };
  CHECK(has_relation("sibiu", "twin_town"));
  CHECK(has_relation("osnabrueck", "partner_city"));
  for (const char* trade : {"rostock", "sibiu", "osnabrueck", "malmo", "gothenburg"}) {
    INFO(trade);
    CHECK(has_relation(trade, "trade_partner"));
  }
  CHECK(has_relation("riga", "hanze_city"));
  CHECK(has_relation("cluj", "education_partner"));
  CHECK(has_relation("sibiu", "education_partner"));
  CHECK(has_relation("bukomansimbi", "project_site"));
  CHECK(has_relation("deventer", "home"));
  const auto* b = s.place("bukomansimbi");
  REQUIRE(b);
  CHECK(b->country == "UG");
  CHECK(b->relations[0].until.to_string() == "2021-late");
}

TEST_CASE("places lie where they are") {
  struct Where {
    const char* id;
    double lat, lon;
  };
  // Independent rough positions: each place must be within 0.2 degrees.
  for (auto w : {Where{"sibiu", 45.80, 24.15}, Where{"osnabrueck", 52.28, 8.05}, Where{"rostock", 54.09, 12.13},
                 Where{"malmo", 55.61, 13.00}, Where{"gothenburg", 57.71, 11.97}, Where{"riga", 56.95, 24.11},
                 Where{"cluj", 46.77, 23.59}, Where{"bukomansimbi", -0.16, 31.60}, Where{"deventer", 52.25, 6.16}}) {
    const auto* p = snapshot().place(w.id);
    REQUIRE(p);
    INFO(w.id);
    CHECK(std::abs(p->lat - w.lat) < 0.2);
    CHECK(std::abs(p->lon - w.lon) < 0.2);
  }
}

TEST_CASE("the 17 goals have their official numbers, colours and short names") {
  const auto& s = snapshot();
  const uint32_t official[] = {0xE5243B, 0xDDA63A, 0x4C9F38, 0xC5192D, 0xFF3A21, 0x26BDE2, 0xFCC30B, 0xA21942, 0xFD6925,
                               0xDD1367, 0xFD9D24, 0xBF8B2E, 0x3F7E44, 0x0A97D9, 0x56C02B, 0x00689D, 0x19486A};
  for (int n = 1; n <= 17; ++n) {
    INFO("goal " << n);
    REQUIRE(s.goal(n));
    CHECK(s.goal(n)->colour_rgb == official[n - 1]);
  }
  CHECK(s.goal(1)->name.nl == "Geen armoede");
  CHECK(s.goal(1)->name.en == "No Poverty");
  CHECK(s.goal(1)->name.de == "Keine Armut");
  CHECK(s.goal(13)->name.en == "Climate Action");
}

TEST_CASE("goal links chosen by editors are marked as editorial") {
  const auto& c = default_content().content;
  for (const auto& p : c.programmes)
    if (!p.goals.goals.empty()) CHECK(p.goals.basis == "editorial");
  CHECK_FALSE(snapshot().serving_goal(16).empty());  // Shelter City: human rights
}

TEST_CASE("the map has a shape for every country the content refers to") {
  auto map = content::load_map_asset(std::string(KIOSK_SOURCE_MAP_DIR) + "/world-110m.bin");
  REQUIRE(map.asset);
  for (const auto& country : default_content().content.countries) {
    INFO(country.id);
    CHECK(map.asset->find(country.id));
  }
}
