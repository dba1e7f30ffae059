// The SQLite store: schema and migrations, the all-or-nothing apply, snapshots that round-trip
// the content exactly, and data_version noticing another connection's commit.
#include <catch2/catch.hpp>

#include "content/folder.hpp"
#include "content/snapshot.hpp"
#include "content/sqlite.hpp"
#include "content/store.hpp"
#include "content_fixture.hpp"

using content::ContentState;
using content::Database;

namespace {

content::Content minimal_content() {
  ContentFolderCopy folder;
  auto loaded = content::load_folder(folder.path());
  REQUIRE_FALSE(loaded.issues.has_errors());
  return loaded.content;
}

ContentState state(int64_t sequence) { return {sequence, "test-feed", "2021-04-01T00:00:00Z", "2021-04-02T00:00:00Z"}; }

}  // namespace

TEST_CASE("a new database is created at the current schema version in WAL mode") {
  TempDir dir;
  auto store = content::Store::open(dir / "kiosk.db");
  REQUIRE(store);
  CHECK(*store->database().query_int("PRAGMA user_version") == content::schema_version);
  auto mode = store->database().prepare("PRAGMA journal_mode");
  REQUIRE(mode);
  REQUIRE(*mode->step());
  CHECK(mode->text(0) == "wal");
  CHECK(*store->database().query_int("PRAGMA synchronous") == 2);  // FULL
  CHECK(store->state()->sequence == -1);
}

TEST_CASE("opening an existing database keeps its content and does not migrate twice") {
  TempDir dir;
  {
    auto store = content::Store::open(dir / "kiosk.db");
    REQUIRE(store->apply(minimal_content(), state(7)));
  }
  auto store = content::Store::open(dir / "kiosk.db");
  REQUIRE(store);
  CHECK(store->state()->sequence == 7);
}

TEST_CASE("a database from a newer kiosk is refused with a clear reason") {
  TempDir dir;
  {
    auto db = Database::open((dir / "kiosk.db").string(), Database::Mode::read_write);
    REQUIRE(db->exec("PRAGMA user_version = 99"));
  }
  auto store = content::Store::open(dir / "kiosk.db");
  REQUIRE_FALSE(store);
  CHECK_THAT(store.error().message, Catch::Contains("schema version 99 is newer than this kiosk understands"));
}

TEST_CASE("a file that is not a database is refused with its path") {
  TempDir dir;
  std::ofstream(dir / "kiosk.db") << "this is not sqlite, just text that is long enough to be a header....";
  auto store = content::Store::open(dir / "kiosk.db");
  REQUIRE_FALSE(store);
  CHECK_THAT(store.error().message, Catch::Contains("kiosk.db"));
}

TEST_CASE("a snapshot holds exactly the content that was applied") {
  TempDir dir;
  auto c = minimal_content();
  auto store = content::Store::open(dir / "kiosk.db");
  REQUIRE(store->apply(c, state(42)));
  auto snap = content::load_snapshot(dir / "kiosk.db");
  REQUIRE(snap);
  CHECK((*snap)->content() == c);
  CHECK((*snap)->state() == state(42));
}

TEST_CASE("loading a snapshot before any content is applied says so") {
  TempDir dir;
  REQUIRE(content::Store::open(dir / "kiosk.db"));
  auto snap = content::load_snapshot(dir / "kiosk.db");
  REQUIRE_FALSE(snap);
  CHECK(snap.error().code == content::ErrorCode::not_found);
  CHECK_THAT(snap.error().message, Catch::EndsWith("no content applied yet"));
}

TEST_CASE("applying new content replaces the old content completely") {
  TempDir dir;
  auto c = minimal_content();
  auto store = content::Store::open(dir / "kiosk.db");
  REQUIRE(store->apply(c, state(1)));
  auto smaller = c;
  smaller.organisations.pop_back();
  smaller.places[1].name.nl = "Sibiu (nieuw)";
  REQUIRE(store->apply(smaller, state(2)));
  auto snap = content::load_snapshot(dir / "kiosk.db");
  REQUIRE(snap);
  CHECK((*snap)->content() == smaller);
  CHECK((*snap)->state().sequence == 2);
}

TEST_CASE("a failure inside the apply transaction leaves the previous content untouched") {
  TempDir dir;
  auto c = minimal_content();
  auto store = content::Store::open(dir / "kiosk.db");
  REQUIRE(store->apply(c, state(1)));
  // Two items with one id violate the primary key half-way through the apply.
  auto broken = c;
  broken.places.push_back(broken.places[0]);
  broken.organisations[0].name = "Changed before the failure";
  auto applied = store->apply(broken, state(2));
  REQUIRE_FALSE(applied);
  CHECK_THAT(applied.error().message, Catch::StartsWith("content not applied, previous content kept: place \"deventer\""));
  auto snap = content::load_snapshot(dir / "kiosk.db");
  REQUIRE(snap);
  CHECK((*snap)->content() == c);
  CHECK((*snap)->state().sequence == 1);
  CHECK(*store->database().query_int("PRAGMA integrity_check = 1") == 0);  // "ok" reads as 0
}

TEST_CASE("data_version tells a reader that another connection committed") {
  TempDir dir;
  auto store = content::Store::open(dir / "kiosk.db");
  REQUIRE(store->apply(minimal_content(), state(1)));
  auto reader = Database::open((dir / "kiosk.db").string(), Database::Mode::read_only);
  REQUIRE(reader);
  int64_t before = reader->data_version();
  CHECK(reader->data_version() == before);
  REQUIRE(store->apply(minimal_content(), state(2)));
  CHECK(reader->data_version() != before);
}

TEST_CASE("a snapshot answers lookups and reverse links") {
  content::Snapshot snap(minimal_content(), state(1));
  REQUIRE(snap.place("sibiu"));
  CHECK(snap.place("sibiu")->name.de == "Hermannstadt");
  CHECK(snap.organisation("nope") == nullptr);
  CHECK(snap.goal(17)->name.en == "Goal 17");
  using content::ItemKind;
  using content::ItemRef;
  CHECK(snap.serving_goal(8) == std::vector<ItemRef>{{ItemKind::programme, "trade-office"}});
  CHECK(snap.in_country("RO") == std::vector<ItemRef>{{ItemKind::place, "sibiu"},
                                                      {ItemKind::organisation, "st-voorbeeld"},
                                                      {ItemKind::network, "platform-test"},
                                                      {ItemKind::programme, "trade-office"},
                                                      {ItemKind::event, "handelsreis"}});
  CHECK(snap.contains({ItemKind::goal, "3"}));
  CHECK_FALSE(snap.contains({ItemKind::goal, "18"}));
}

TEST_CASE("a feed's images and manifests are applied with its content and the previous feed is kept") {
  TempDir dir;
  auto store = content::Store::open(dir / "kiosk.db");
  REQUIRE(store);
  auto c = minimal_content();
  std::vector<content::ImageBlob> images{{"images/a.png", std::string(64, 'a'), 10}};
  content::FeedRecord first{100, "{\"sequence\": 100}\n", "sig-100"};
  REQUIRE(store->apply(c, state(100), images, first));
  auto records = content::read_feed_records(store->database());
  REQUIRE(records);
  CHECK(records->current == first);
  CHECK_FALSE(records->previous);

  content::FeedRecord second{200, "{\"sequence\": 200}\n", "sig-200"};
  images = {{"images/b.png", std::string(64, 'b'), 20}};
  REQUIRE(store->apply(c, state(200), images, second));
  records = content::read_feed_records(store->database());
  CHECK(records->current == second);
  CHECK(records->previous == first);
  CHECK(*content::read_images(store->database()) == images);

  auto snap = content::load_snapshot(dir / "kiosk.db");
  REQUIRE(snap);
  REQUIRE((*snap)->image_blob("images/b.png"));
  CHECK((*snap)->image_blob("images/b.png")->sha256 == std::string(64, 'b'));
  CHECK_FALSE((*snap)->image_blob("images/a.png"));

  // Content from a folder (the bundled default) has no blobs and no feed.
  REQUIRE(store->apply(c, state(0)));
  records = content::read_feed_records(store->database());
  CHECK_FALSE(records->current);
  CHECK_FALSE(records->previous);
  CHECK(content::read_images(store->database())->empty());
}

TEST_CASE("a database of schema 2 gains the feed tables and keeps its content") {
  TempDir dir;
  {
    auto db = Database::open((dir / "kiosk.db").string(), Database::Mode::read_write);
    REQUIRE(db);
    // Schema 2 as it shipped, with content in it.
    REQUIRE(db->exec(R"sql(
      CREATE TABLE content_state(id INTEGER PRIMARY KEY CHECK (id = 1), sequence INTEGER NOT NULL,
        feed_id TEXT NOT NULL, created TEXT NOT NULL, applied_at TEXT NOT NULL);
      CREATE TABLE item(kind TEXT NOT NULL, id TEXT NOT NULL, ord INTEGER NOT NULL, body TEXT NOT NULL,
        PRIMARY KEY (kind, id)) WITHOUT ROWID;
      CREATE VIRTUAL TABLE search USING fts5(kind UNINDEXED, id UNINDEXED, lang UNINDEXED, name, body,
        tokenize = "unicode61 remove_diacritics 2", prefix = '1 2 3');
      INSERT INTO content_state VALUES (1, 7, "old-feed", "2021-01-01T00:00:00Z", "2021-01-02T00:00:00Z");
      PRAGMA user_version = 2;)sql"));
  }
  auto store = content::Store::open(dir / "kiosk.db");
  REQUIRE(store);
  CHECK(*store->database().query_int("PRAGMA user_version") == content::schema_version);
  CHECK(store->state()->sequence == 7);
  CHECK(content::read_images(store->database())->empty());
  CHECK_FALSE(content::read_feed_records(store->database())->current);
}
