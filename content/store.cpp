// Schema, migrations and the apply transaction.
#include "content/store.hpp"

#include <ctime>

#include "content/fold.hpp"
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

// Item kind + id → search text per language (texts of that language, plus proper names).
Status index_for_search(Database& db, const Content& c) {
  auto st = db.prepare("INSERT INTO search(kind, id, lang, body) VALUES (?1, ?2, ?3, ?4)");
  if (!st) return st.error();
  struct Doc {
    std::string kind, id, body[3];
  };
  std::vector<Doc> docs;
  auto doc_for = [&docs](std::string_view kind, std::string_view id) -> Doc& {
    if (docs.empty() || docs.back().kind != kind || docs.back().id != id) docs.push_back({std::string(kind), std::string(id), {}});
    return docs.back();
  };
  for_each_text(c, [&](std::string_view kind, std::string_view id, std::string_view, const Text& t) {
    if (kind == "meta") return;
    Doc& d = doc_for(kind, id);
    for (Lang l : all_langs) d.body[int(l)] += t.get(l) + "\n";
  });
  auto add_names = [&](std::string_view kind, std::string_view id, const std::string& names) {
    Doc& d = doc_for(kind, id);
    for (auto& b : d.body) b += names + "\n";
  };
  for (const auto& o : c.organisations) add_names("organisation", o.id, o.name);
  for (const auto& p : c.programmes)
    for (const auto& m : p.members) add_names("programme", p.id, m.name);
  for (const auto& d : docs) {
    for (Lang l : all_langs) {
      st->bind(1, d.kind).bind(2, d.id).bind(3, lang_code(l)).bind(4, fold_for_search(d.body[int(l)]));
      if (auto s = st->run(); !s) return s;
    }
  }
  return Ok{};
}

Status apply_in_transaction(Database& db, const Content& c, const ContentState& state) {
  if (auto s = db.exec("DELETE FROM item; DELETE FROM search;"); !s) return s;
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
  return Store(std::move(*db));
}

Status Store::apply(const Content& content, const ContentState& state) {
  if (auto s = db_.exec("BEGIN IMMEDIATE"); !s) return Error{ErrorCode::database, "cannot start: " + s.error().message};
  auto s = apply_in_transaction(db_, content, state);
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

}  // namespace content
