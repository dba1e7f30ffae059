// FTS5 queries.
#include "content/search.hpp"

#include "content/fold.hpp"

namespace content {

Result<Search> Search::open(const std::filesystem::path& db_path) {
  auto db = Database::open(db_path.string(), Database::Mode::read_only);
  if (!db) return db.error();
  auto st = db->prepare(
      "SELECT kind, id FROM search WHERE search MATCH ?1 "
      "GROUP BY kind, id ORDER BY min(rank), kind, id LIMIT ?2");
  if (!st) return Error{ErrorCode::database, db_path.string() + ": cannot prepare search: " + st.error().message};
  return Search(std::move(*db), std::move(*st));
}

Result<std::vector<SearchHit>> Search::query(std::string_view typed, size_t limit) {
  std::vector<SearchHit> hits;
  std::string match = build_match_query(typed);
  if (match.empty()) return hits;
  st_.bind(1, match).bind(2, int64_t(limit));
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
