// Search over thousands of items: names fill the results before any mention in a text is read,
// and the kind order and the limit hold however many rows match (search.cpp stops reading early).
#include <catch2/catch.hpp>

#include <cstdio>
#include <set>

#include "content/folder.hpp"
#include "content/search.hpp"
#include "content/store.hpp"
#include "content_fixture.hpp"

namespace {

content::Text text(const std::string& s) { return {s, s, s}; }

std::string numbered(const char* prefix, int i) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s-%04d", prefix, i);
  return buf;
}

// The minimal fixture plus 3,000 events that mention the Zwaluwkade in their description,
// 2 places and 60 events named after swallows, 20 more events whose long titles mention a
// swallow feast (their ids come first, their bm25 after), and a place that only mentions the
// Zwaluwkade.
content::Content many_swallows() {
  ContentFolderCopy folder;
  auto loaded = content::load_folder(folder.path());
  REQUIRE_FALSE(loaded.issues.has_errors());
  content::Content c = loaded.content;
  for (int i = 0; i < 3000; ++i) {
    content::Event e;
    e.id = numbered("markt", i);
    e.title = text("Markt " + std::to_string(i));
    e.description = text("Op de Zwaluwkade in Deventer, elke week.");
    c.events.push_back(e);
  }
  for (int i = 0; i < 60; ++i) {
    content::Event e;
    e.id = numbered("zwaluwfeest", i);
    e.title = text("Zwaluwfeest " + std::to_string(i));
    c.events.push_back(e);
  }
  for (int i = 0; i < 20; ++i) {
    content::Event e;
    e.id = numbered("lang-zwaluwfeest", i);
    e.title = text("Een lange middag met het zwaluwfeest " + std::to_string(i) + " en nog veel meer");
    c.events.push_back(e);
  }
  for (const char* name : {"Zwaluwdorp", "Zwaluwstad"}) {
    content::Place p;
    p.id = name;
    p.name = text(name);
    c.places.push_back(p);
  }
  content::Place kade;
  kade.id = "kadestad";
  kade.name = text("Kadestad");
  kade.description = text("Aan de Zwaluwkade.");
  c.places.push_back(kade);
  return c;
}

struct ManyFixture {
  TempDir dir;
  ManyFixture() { REQUIRE(content::Store::open(dir / "kiosk.db")->apply(many_swallows(), {1, "test", "", ""})); }
  std::vector<std::string> find(std::string_view typed, size_t limit) {
    auto search = content::Search::open(dir / "kiosk.db");
    REQUIRE(search);
    auto hits = search->query(typed, limit);
    REQUIRE(hits);
    std::vector<std::string> out;
    for (const auto& h : *hits) out.push_back(h.kind + "/" + h.id);
    return out;
  }
};

size_t count_prefix(const std::vector<std::string>& hits, std::string_view prefix, size_t from, size_t to) {
  size_t n = 0;
  for (size_t i = from; i < to && i < hits.size(); ++i) n += hits[i].starts_with(prefix);
  return n;
}

}  // namespace

TEST_CASE("a query matching thousands of descriptions returns the name matches first and at most the limit") {
  ManyFixture f;
  auto hits = f.find("zwal", 40);
  REQUIRE(hits.size() == 40);
  CHECK(std::set<std::string>(hits.begin(), hits.end()).size() == 40);
  CHECK(hits[0] == "place/Zwaluwdorp");
  CHECK(hits[1] == "place/Zwaluwstad");
  // The best names of the last kind needed, not the first ones read: short names before long.
  CHECK(count_prefix(hits, "event/zwaluwfeest-", 2, 40) == 38);
  // Equally good names rank by id.
  CHECK(hits[2] == "event/zwaluwfeest-0000");
  CHECK(hits[39] == "event/zwaluwfeest-0037");
}

TEST_CASE("when the names do not fill the results, mentions follow, places before events") {
  ManyFixture f;
  auto hits = f.find("zwaluw", 100);
  REQUIRE(hits.size() == 100);
  CHECK(std::set<std::string>(hits.begin(), hits.end()).size() == 100);
  CHECK(count_prefix(hits, "place/Zwaluw", 0, 2) == 2);
  CHECK(count_prefix(hits, "event/zwaluwfeest-", 2, 62) == 60);
  CHECK(count_prefix(hits, "event/lang-zwaluwfeest-", 62, 82) == 20);
  CHECK(hits[82] == "place/kadestad");
  CHECK(count_prefix(hits, "event/markt-", 83, 100) == 17);
}

TEST_CASE("a word only in descriptions finds the places that mention it before the events") {
  ManyFixture f;
  auto hits = f.find("zwaluwk", 40);
  REQUIRE(hits.size() == 40);
  CHECK(hits[0] == "place/kadestad");
  CHECK(count_prefix(hits, "event/markt-", 1, 40) == 39);
}

TEST_CASE("every word must match in the same item, in names and in mentions") {
  ManyFixture f;
  CHECK(f.find("zwaluwfeest 17", 40) == std::vector<std::string>{"event/zwaluwfeest-0017", "event/lang-zwaluwfeest-0017"});
  CHECK(f.find("markt 2999 zwaluwkade", 40) == std::vector<std::string>{"event/markt-2999"});
  CHECK(f.find("zwaluwdorp kade", 40).empty());
}

TEST_CASE("a small limit is filled from the best kind alone") {
  ManyFixture f;
  CHECK(f.find("z", 1) == std::vector<std::string>{"place/Zwaluwdorp"});
  CHECK(f.find("zwaluwk", 1) == std::vector<std::string>{"place/kadestad"});
  CHECK(f.find("zwaluw", 0).empty());
}

TEST_CASE("applying other content replaces the search index") {
  ManyFixture f;
  REQUIRE_FALSE(f.find("zwaluw", 40).empty());
  ContentFolderCopy folder;
  REQUIRE(content::Store::open(f.dir / "kiosk.db")->apply(content::load_folder(folder.path()).content, {2, "test", "", ""}));
  CHECK(f.find("zwaluw", 40).empty());
  CHECK(f.find("markt", 40).empty());
  CHECK(f.find("osn", 40) == std::vector<std::string>{"place/osnabrueck"});
}
