// Full-text search: prefixes as the visitor types, diacritics folded both ways, ß as ss, and
// nothing a visitor can type breaks the query.
#include <catch2/catch.hpp>

#include "content/fold.hpp"
#include "content/folder.hpp"
#include "content/search.hpp"
#include "content/store.hpp"
#include "content_fixture.hpp"

namespace {

struct SearchFixture {
  TempDir dir;
  SearchFixture() {
    ContentFolderCopy folder;
    auto loaded = content::load_folder(folder.path());
    REQUIRE_FALSE(loaded.issues.has_errors());
    auto store = content::Store::open(dir / "kiosk.db");
    REQUIRE(store->apply(loaded.content, {1, "test", "", ""}));
  }
  std::vector<std::string> find(std::string_view typed) {
    auto search = content::Search::open(dir / "kiosk.db");
    REQUIRE(search);
    auto hits = search->query(typed);
    REQUIRE(hits);
    std::vector<std::string> out;
    for (const auto& h : *hits) out.push_back(h.kind + "/" + h.id);
    return out;
  }
};

}  // namespace

TEST_CASE("typing without diacritics finds names with them") {
  SearchFixture f;
  CHECK(f.find("osnabruck") == std::vector<std::string>{"place/osnabrueck"});
  CHECK(f.find("roemenie") == std::vector<std::string>{"country/RO", "organisation/st-voorbeeld"});
  CHECK(f.find("rumanien") == std::vector<std::string>{"country/RO"});
}

TEST_CASE("typing with diacritics finds the same") {
  SearchFixture f;
  CHECK(f.find("Osnabrück") == std::vector<std::string>{"place/osnabrueck"});
  CHECK(f.find("ROEMENIË") == f.find("roemenie"));
}

TEST_CASE("strasse finds Straße and the other way round") {
  SearchFixture f;
  CHECK(f.find("strasse") == std::vector<std::string>{"place/osnabrueck"});
  CHECK(f.find("straße") == std::vector<std::string>{"place/osnabrueck"});
}

TEST_CASE("Romanian and Polish letters fold too") {
  SearchFixture f;
  CHECK(f.find("brasov") == std::vector<std::string>{"programme/trade-office"});
  CHECK(f.find("Brașov") == std::vector<std::string>{"programme/trade-office"});
  CHECK(f.find("lodz") == std::vector<std::string>{"programme/trade-office"});
}

TEST_CASE("every word is a prefix, all words must match") {
  SearchFixture f;
  CHECK(f.find("osn") == std::vector<std::string>{"place/osnabrueck"});
  CHECK(f.find("sax") == std::vector<std::string>{"programme/trade-office"});  // a core group member's name
  CHECK(f.find("wereldwinkel te") == std::vector<std::string>{"organisation/wereldwinkel-test"});
  CHECK(f.find("wereldwinkel zzz").empty());
}

TEST_CASE("search syntax characters are taken as plain text") {
  SearchFixture f;
  for (const char* typed : {"\"", "*", "osn*", "(", "a OR", "NEAR(", "^", ":", "-", "   ", "", "\"\"\"*"}) {
    INFO(typed);
    auto search = content::Search::open(f.dir / "kiosk.db");
    CHECK(search->query(typed));
  }
  CHECK(f.find("\"osn*") == std::vector<std::string>{"place/osnabrueck"});
}

TEST_CASE("the match expression quotes every word as a prefix") {
  CHECK(content::build_match_query("Straße 12") == "\"Strasse\"* \"12\"*");
  CHECK(content::build_match_query("  ") == "");
  CHECK(content::build_match_query("a\"b") == "\"a\"* \"b\"*");
}

TEST_CASE("a match in a name ranks above a mention in a text") {
  TempDir dir;
  auto loaded = content::load_folder(KIOSK_SOURCE_CONTENT_DIR);
  REQUIRE_FALSE(loaded.issues.has_errors());
  REQUIRE(content::Store::open(dir / "kiosk.db")->apply(loaded.content, {1, "test", "", ""}));
  auto search = content::Search::open(dir / "kiosk.db");
  REQUIRE(search);
  auto first = [&](std::string_view typed) {
    auto hits = search->query(typed);
    REQUIRE(hits);
    REQUIRE_FALSE(hits->empty());
    return (*hits)[0].kind + "/" + (*hits)[0].id;
  };
  CHECK(first("osn") == "place/osnabrueck");
  CHECK(first("mkb trade") == "programme/mkb-trade-office");
  CHECK(first("sibiu") == "place/sibiu");
}

namespace {

// The default content applied, then the database put back as an older schema left it (`sql`);
// opened again by the store, which must migrate it: its search, on the rebuilt index.
content::Search reopened_after(const TempDir& dir, const std::string& sql) {
  {
    ContentFolderCopy folder;
    auto store = content::Store::open(dir / "kiosk.db");
    REQUIRE(store->apply(content::load_folder(folder.path()).content, {1, "test", "", ""}));
    REQUIRE(store->database().exec(sql));
  }
  auto store = content::Store::open(dir / "kiosk.db");
  REQUIRE(store);
  CHECK(*store->database().query_int("PRAGMA user_version") == content::schema_version);
  auto search = content::Search::open(dir / "kiosk.db");
  REQUIRE(search);
  return std::move(*search);
}

}  // namespace

TEST_CASE("a database from schema 1 gets the new search index, rebuilt from its items") {
  TempDir dir;
  // Schema 1: the old search table, filled, without the image and feed tables.
  auto search = reopened_after(
      dir,
      "DROP TABLE image; DROP TABLE feed; DROP TABLE search; DROP TABLE search_item; CREATE VIRTUAL TABLE search USING "
      "fts5(kind UNINDEXED, id UNINDEXED, lang UNINDEXED, body, tokenize = \"unicode61 remove_diacritics 2\", "
      "prefix = '1 2 3'); INSERT INTO search VALUES ('place', 'osnabrueck', 'nl', 'osnabruck'); PRAGMA user_version = 1;");
  auto hits = search.query("sibiu");  // not in the old index: found only if it was rebuilt
  REQUIRE(hits);
  REQUIRE_FALSE(hits->empty());
  CHECK((*hits)[0].id == "sibiu");
}

TEST_CASE("a database from schema 3 gets the index without stored texts, rebuilt from its items") {
  TempDir dir;
  // Schema 3: the search table with kind, id and texts stored, filled.
  auto search = reopened_after(
      dir,
      "DROP TABLE search; DROP TABLE search_item; CREATE VIRTUAL TABLE search USING fts5(kind UNINDEXED, id UNINDEXED, "
      "lang UNINDEXED, name, body, tokenize = \"unicode61 remove_diacritics 2\", prefix = '1 2 3');"
      "INSERT INTO search VALUES ('place', 'osnabrueck', 'nl', 'osnabruck', ''); PRAGMA user_version = 3;");
  auto hits = search.query("sibiu");  // not in the old index: found only if it was rebuilt
  REQUIRE(hits);
  REQUIRE_FALSE(hits->empty());
  CHECK((*hits)[0] == content::SearchHit{"place", "sibiu"});
  CHECK(*search.query("osn") == std::vector<content::SearchHit>{{"place", "osnabrueck"}});
}
