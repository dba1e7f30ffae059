// Schema, migrations and the apply transaction.
#include "content/store.hpp"

#include <ctime>

#include <map>

#include "content/fold.hpp"
#include "content/parse.hpp"
#include "content/search.hpp"
#include "content/serialize.hpp"
#include "content/walk.hpp"

namespace content {
namespace {

// migrations[i] brings user_version i to i + 1. Never edit one that has shipped; append.
constexpr const char* migrations[] = {
    R"sql(
    CREATE TABLE content_state(
      id INTEGER PRIMARY KEY CHECK (id = 1),
      sequence INTEGER NOT NULL,
      feed_id TEXT NOT NULL,
      created TEXT NOT NULL,
      applied_at TEXT NOT NULL);
    -- One row per content item; body is the item's JSON (docs/formats/content.md).
    CREATE TABLE item(
      kind TEXT NOT NULL,
      id TEXT NOT NULL,
      ord INTEGER NOT NULL,
      body TEXT NOT NULL,
      PRIMARY KEY (kind, id)) WITHOUT ROWID;
    -- Search: one row per item and language. Text is pre-folded (fold.hpp); unicode61 removes
    -- the remaining diacritics, so "osnabruck" finds Osnabrück and "strasse" finds Straße.
    CREATE VIRTUAL TABLE search USING fts5(
      kind UNINDEXED, id UNINDEXED, lang UNINDEXED, body,
      tokenize = "unicode61 remove_diacritics 2", prefix = '1 2 3');
    )sql",
    // 2: names in a column of their own, so that a name match ranks above a mention in a text.
    // The index is rebuilt from the items when the store opens (Store::open).
    R"sql(
    DROP TABLE search;
    CREATE VIRTUAL TABLE search USING fts5(
      kind UNINDEXED, id UNINDEXED, lang UNINDEXED, name, body,
      tokenize = "unicode61 remove_diacritics 2", prefix = '1 2 3');
    )sql",
    // 3: what a signed feed adds: where each image of the content is (a blob), and the exact
    // manifest and signature of the current and the previous feed, and of a feed withdrawn by a
    // rollback (so that polling does not apply it again).
    R"sql(
    CREATE TABLE image(
      path TEXT PRIMARY KEY,
      sha256 TEXT NOT NULL,
      size INTEGER NOT NULL) WITHOUT ROWID;
    CREATE TABLE feed(
      slot TEXT PRIMARY KEY CHECK (slot IN ('current', 'previous', 'withdrawn')),
      sequence INTEGER NOT NULL,
      manifest TEXT NOT NULL,
      signature TEXT NOT NULL) WITHOUT ROWID;
    )sql",
    // 4: a search that reads no stored column. The index keeps no copy of the texts, and its row
    // ids say which item and language (search_row_id in search.hpp); search_item maps an item's
    // number to its kind and id. Rebuilt from the items when the store opens (Store::open).
    R"sql(
    DROP TABLE search;
    CREATE VIRTUAL TABLE search USING fts5(
      name, body, content = '',
      tokenize = "unicode61 remove_diacritics 2", prefix = '1 2 3');
    CREATE TABLE search_item(
      item INTEGER PRIMARY KEY,
      kind TEXT NOT NULL,
      id TEXT NOT NULL);
    )sql",
};
constexpr int migration_count = int(std::size(migrations));
static_assert(migration_count == schema_version);

template <class T>
Status insert_items(Statement& st, std::string_view kind, const std::vector<T>& items) {
  for (size_t i = 0; i < items.size(); ++i) {
    st.bind(1, kind).bind(2, items[i].id).bind(3, int64_t(i)).bind(4, to_json(items[i]).dump());
    if (auto s = st.run(); !s) return Error{ErrorCode::database, std::string(kind) + " \"" + items[i].id + "\": " + s.error().message};
  }
  return Ok{};
}

// One row per item and language: the item's name (or title) and, apart, all its other texts and
// proper names (an organisation's name counts as its name in every language).
Status index_for_search(Database& db, const Content& c) {
  auto st = db.prepare("INSERT INTO search(rowid, name, body) VALUES (?1, ?2, ?3)");
  auto item = db.prepare("INSERT INTO search_item(item, kind, id) VALUES (?1, ?2, ?3)");
  if (!st || !item) return !st ? st.error() : item.error();
  struct Doc {
    std::string name[3], body[3];
  };
  std::map<std::pair<std::string, std::string>, Doc> docs;
  for_each_text(c, [&](std::string_view kind, std::string_view id, std::string_view field, const Text& t) {
    if (kind == "meta") return;
    Doc& d = docs[{std::string(kind), std::string(id)}];
    bool is_name = field == "name" || field == "title";
    for (Lang l : all_langs) (is_name ? d.name : d.body)[int(l)] += t.get(l) + "\n";
  });
  for (const auto& o : c.organisations)
    for (auto& n : docs[{"organisation", o.id}].name) n += o.name + "\n";
  for (const auto& p : c.programmes)
    for (const auto& m : p.members)
      for (auto& b : docs[{"programme", p.id}].body) b += m.name + "\n";
  // `docs` is in kind and id order, so numbering items as they come numbers them by id.
  std::string_view kind;
  int64_t index_in_kind = 0;
  for (const auto& [key, d] : docs) {
    index_in_kind = key.first == kind ? index_in_kind + 1 : 0;
    kind = key.first;
    int64_t number = search_item_number(search_kind_rank(kind), index_in_kind);
    if (auto s = item->bind(1, number).bind(2, key.first).bind(3, key.second).run(); !s) return s;
    for (Lang l : all_langs) {
      st->bind(1, search_row_id(number, l));
      st->bind(2, fold_for_search(d.name[int(l)])).bind(3, fold_for_search(d.body[int(l)]));
      if (auto s = st->run(); !s) return s;
    }
  }
  return Ok{};
}

// After a migration that recreated the search index, fill it again from the stored items.
Status reindex_if_empty(Database& db) {
  auto items = db.query_int("SELECT count(*) FROM item");
  auto indexed = db.query_int("SELECT count(*) FROM search_item");
  if (!items || !indexed) return !items ? items.error() : indexed.error();
  if (*items == 0 || *indexed > 0) return Ok{};
  if (auto s = db.exec("BEGIN IMMEDIATE"); !s) return s;
  auto content = read_content(db);
  Status s = content ? index_for_search(db, *content) : Status(content.error());
  if (s) s = db.exec("COMMIT");
  if (!s) (void)db.exec("ROLLBACK");
  return s;
}

Status record_feed(Database& db, const std::vector<ImageBlob>& images, const std::optional<FeedRecord>& feed) {
  if (auto s = db.exec("DELETE FROM image"); !s) return s;
  auto st = db.prepare("INSERT INTO image(path, sha256, size) VALUES (?1, ?2, ?3)");
  if (!st) return st.error();
  for (const auto& i : images)
    if (auto s = st->bind(1, i.path).bind(2, i.sha256).bind(3, i.size).run(); !s) return s;
  if (!feed) return db.exec("DELETE FROM feed");
  const char* sql =
      "DELETE FROM feed WHERE slot IN ('previous', 'withdrawn');"
      "UPDATE feed SET slot = 'previous' WHERE slot = 'current';";
  if (auto s = db.exec(sql); !s) return s;
  auto ins = db.prepare("INSERT INTO feed(slot, sequence, manifest, signature) VALUES ('current', ?1, ?2, ?3)");
  if (!ins) return ins.error();
  return ins->bind(1, feed->sequence).bind(2, feed->manifest).bind(3, feed->signature).run();
}

Status apply_in_transaction(Database& db, const Content& c, const ContentState& state) {
  // A contentless index is emptied with 'delete-all' (it cannot find the texts to delete row by row).
  if (auto s = db.exec("DELETE FROM item; INSERT INTO search(search) VALUES ('delete-all'); DELETE FROM search_item;"); !s)
    return s;
  auto st = db.prepare("INSERT INTO item(kind, id, ord, body) VALUES (?1, ?2, ?3, ?4)");
  if (!st) return st.error();
  st->bind(1, std::string_view("meta")).bind(2, std::string_view("meta")).bind(3, int64_t(0)).bind(4, to_json(c.meta).dump());
  if (auto s = st->run(); !s) return s;
  for (const auto& g : c.goals) {
    st->bind(1, std::string_view("goal")).bind(2, std::to_string(g.number)).bind(3, int64_t(g.number)).bind(4, to_json(g).dump());
    if (auto s = st->run(); !s) return s;
  }
  for (auto s : {insert_items(*st, "country", c.countries), insert_items(*st, "place", c.places),
                 insert_items(*st, "organisation", c.organisations), insert_items(*st, "network", c.networks),
                 insert_items(*st, "programme", c.programmes), insert_items(*st, "event", c.events)})
    if (!s) return s;
  if (auto s = index_for_search(db, c); !s) return s;
  auto up = db.prepare(
      "INSERT OR REPLACE INTO content_state(id, sequence, feed_id, created, applied_at) VALUES (1, ?1, ?2, ?3, ?4)");
  if (!up) return up.error();
  up->bind(1, state.sequence).bind(2, state.feed_id).bind(3, state.created).bind(4, state.applied_at);
  return up->run();
}

}  // namespace

std::string utc_now_iso8601() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

Status migrate(Database& db) {
  auto version = db.query_int("PRAGMA user_version");
  if (!version) return version.error();
  if (*version > schema_version)
    return Error{ErrorCode::database, "database schema version " + std::to_string(*version) +
                                          " is newer than this kiosk understands (" + std::to_string(schema_version) +
                                          "); install the newer kiosk or remove the database"};
  for (int v = int(*version); v < migration_count; ++v) {
    std::string sql = std::string("BEGIN IMMEDIATE;") + migrations[v] + "PRAGMA user_version = " + std::to_string(v + 1) + "; COMMIT;";
    if (auto s = db.exec(sql); !s) {
      (void)db.exec("ROLLBACK");
      return Error{ErrorCode::database, "migration to schema " + std::to_string(v + 1) + " failed: " + s.error().message};
    }
  }
  return Ok{};
}

Result<ContentState> read_state(Database& db) {
  auto st = db.prepare("SELECT sequence, feed_id, created, applied_at FROM content_state WHERE id = 1");
  if (!st) return st.error();
  auto row = st->step();
  if (!row) return row.error();
  ContentState s;
  if (*row) s = {st->integer(0), st->text(1), st->text(2), st->text(3)};
  return s;
}

Result<Store> Store::open(const std::filesystem::path& db_path) {
  auto db = Database::open(db_path.string(), Database::Mode::read_write);
  if (!db) return db.error();
  for (const char* pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON"}) {
    if (auto s = db->exec(pragma); !s)
      return Error{ErrorCode::database, db_path.string() + ": " + pragma + ": " + s.error().message};
  }
  if (auto s = migrate(*db); !s) return Error{ErrorCode::database, db_path.string() + ": " + s.error().message};
  if (auto s = reindex_if_empty(*db); !s)
    return Error{ErrorCode::database, db_path.string() + ": rebuilding the search index: " + s.error().message};
  return Store(std::move(*db));
}

Status Store::roll_back(const Content& content, const ContentState& state, const std::vector<ImageBlob>& images) {
  if (auto s = db_.exec("BEGIN IMMEDIATE"); !s) return Error{ErrorCode::database, "cannot start: " + s.error().message};
  auto s = apply_in_transaction(db_, content, state);
  if (s) s = db_.exec(
             "DELETE FROM image;"
             "DELETE FROM feed WHERE slot = 'withdrawn';"
             "UPDATE feed SET slot = 'withdrawn' WHERE slot = 'current';"
             "UPDATE feed SET slot = 'current' WHERE slot = 'previous';");
  if (s) {
    auto st = db_.prepare("INSERT INTO image(path, sha256, size) VALUES (?1, ?2, ?3)");
    if (!st) s = st.error();
    for (const auto& i : images)
      if (s) s = st->bind(1, i.path).bind(2, i.sha256).bind(3, i.size).run();
  }
  if (s && before_commit_) before_commit_();
  if (s) s = db_.exec("COMMIT");
  if (!s) {
    (void)db_.exec("ROLLBACK");
    return Error{ErrorCode::database, "rollback not applied, the current content stays: " + s.error().message};
  }
  return Ok{};
}

Status Store::apply(const Content& content, const ContentState& state, const std::vector<ImageBlob>& images,
                    const std::optional<FeedRecord>& feed) {
  if (auto s = db_.exec("BEGIN IMMEDIATE"); !s) return Error{ErrorCode::database, "cannot start: " + s.error().message};
  auto s = apply_in_transaction(db_, content, state);
  if (s) s = record_feed(db_, images, feed);
  if (s && before_commit_) before_commit_();
  if (!s) {
    (void)db_.exec("ROLLBACK");
    return Error{ErrorCode::database, "content not applied, previous content kept: " + s.error().message};
  }
  if (auto c = db_.exec("COMMIT"); !c) {
    (void)db_.exec("ROLLBACK");
    return Error{ErrorCode::database, "content not applied, previous content kept: " + c.error().message};
  }
  return Ok{};
}

Result<ContentState> Store::state() { return read_state(db_); }

Result<std::vector<ImageBlob>> read_images(Database& db) {
  auto st = db.prepare("SELECT path, sha256, size FROM image ORDER BY path");
  if (!st) return st.error();
  std::vector<ImageBlob> images;
  for (;;) {
    auto row = st->step();
    if (!row) return row.error();
    if (!*row) return images;
    images.push_back({st->text(0), st->text(1), st->integer(2)});
  }
}

Result<FeedRecords> read_feed_records(Database& db) {
  auto st = db.prepare("SELECT slot, sequence, manifest, signature FROM feed");
  if (!st) return st.error();
  FeedRecords records;
  for (;;) {
    auto row = st->step();
    if (!row) return row.error();
    if (!*row) return records;
    FeedRecord r{st->integer(1), st->text(2), st->text(3)};
    std::string slot = st->text(0);
    (slot == "current" ? records.current : slot == "previous" ? records.previous : records.withdrawn) = std::move(r);
  }
}

Result<Content> read_content(Database& db) {
  auto st = db.prepare("SELECT kind, id, body FROM item ORDER BY kind, ord");
  if (!st) return st.error();
  Content c;
  Issues issues;
  for (;;) {
    auto row = st->step();
    if (!row) return row.error();
    if (!*row) break;
    std::string kind = st->text(0), id = st->text(1);
    ParseContext ctx{"item " + kind + "/" + id, issues};
    Json body = Json::parse(st->text(2), nullptr, false);
    ObjectReader r(body, "", ctx);
    if (!r.ok()) continue;
    if (kind == "meta") c.meta = parse_meta(r);
    else if (kind == "goal") c.goals.push_back(parse_goal(r));
    else if (kind == "country") c.countries.push_back(parse_country(r));
    else if (kind == "place") c.places.push_back(parse_place(r));
    else if (kind == "organisation") c.organisations.push_back(parse_organisation(r));
    else if (kind == "network") c.networks.push_back(parse_network(r));
    else if (kind == "programme") c.programmes.push_back(parse_programme(r));
    else if (kind == "event") c.events.push_back(parse_event(r));
    else issues.error(ctx.file, "", "unknown item kind");
    r.finish();
  }
  if (issues.has_errors()) return Error{ErrorCode::corrupt, "stored content is damaged: " + issues.errors_text(5)};
  return c;
}

}  // namespace content
