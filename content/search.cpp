// FTS5 queries.
#include "content/search.hpp"

#include "content/fold.hpp"

namespace content {

Result<Search> Search::open(const std::filesystem::path& db_path) {
  auto db = Database::open(db_path.string(), Database::Mode::read_only);
  if (!db) return db.error();
  auto st = db->prepare(
      // Items whose name matches every word come first; then places, countries and organisations
      // before programmes, networks, goals and events (a visitor typing a city wants the city);
      // then bm25, a name match weighing ten times a match in the other texts. MATERIALIZED keeps
      // bm25() in the full-text query's own context (it cannot run inside the aggregate).
      "WITH hits AS MATERIALIZED ("
      "  SELECT kind, id, bm25(search, 0, 0, 0, 10.0, 1.0) AS score,"
      "         rowid IN (SELECT rowid FROM search WHERE search MATCH ?3) AS in_name"
      "  FROM search WHERE search MATCH ?1) "
      "SELECT kind, id FROM hits GROUP BY kind, id ORDER BY max(in_name) DESC, "
      "  CASE kind WHEN 'place' THEN 0 WHEN 'country' THEN 1 WHEN 'organisation' THEN 2 WHEN 'programme' THEN 3 "
      "  WHEN 'network' THEN 4 WHEN 'goal' THEN 5 ELSE 6 END, min(score), kind, id LIMIT ?2");
  if (!st) return Error{ErrorCode::database, db_path.string() + ": cannot prepare search: " + st.error().message};
  return Search(std::move(*db), std::move(*st));
}

Result<std::vector<SearchHit>> Search::query(std::string_view typed, size_t limit) {
  std::vector<SearchHit> hits;
  std::string match = build_match_query(typed);
  if (match.empty()) return hits;
  st_.bind(1, match).bind(2, int64_t(limit)).bind(3, "name : (" + match + ")");
  for (;;) {
    auto row = st_.step();
    if (!row) {
      st_.reset();
      return Error{ErrorCode::database, "search for \"" + std::string(typed) + "\": " + row.error().message};
    }
    if (!*row) break;
    hits.push_back({st_.text(0), st_.text(1)});
  }
  st_.reset();
  return hits;
}

}  // namespace content
