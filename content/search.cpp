// FTS5 queries. A search reads rowids and bm25 only, in rowid order (which is kind order), and
// stops as soon as the rows left cannot make the results: on 10,000 items a one-letter prefix
// matches ~30,000 rows, and ranking them all took ~200 ms a keystroke.
#include "content/search.hpp"

#include <algorithm>
#include <cassert>

#include "content/fold.hpp"

namespace content {
namespace {

constexpr std::string_view kinds_by_rank[] = {"place", "country", "organisation", "programme", "network", "goal", "event"};
constexpr int item_bits = 24;  // up to 16 million items of a kind
constexpr int lang_bits = 2;
static_assert(std::size(all_langs) <= 1 << lang_bits);

int rank_of(int64_t item) { return int(item >> item_bits); }

struct Scored {
  int64_t item;
  double score;  // bm25: lower is better
};

bool by_item(const Scored& a, const Scored& b) { return a.item < b.item; }

// Steps (rowid, bm25) rows in rowid order into items, each with its best score, leaving out the
// items of `skip` (sorted). Stops once it has `wanted` items and reaches a later kind: no item
// from there on can rank above them.
Status collect(Statement& st, size_t wanted, const std::vector<Scored>& skip, std::vector<Scored>& out) {
  for (;;) {
    auto row = st.step();
    if (!row) return row.error();
    if (!*row) return Ok{};
    int64_t item = st.integer(0) >> lang_bits;
    if (out.size() >= wanted && rank_of(item) > rank_of(out.back().item)) return Ok{};
    if (std::binary_search(skip.begin(), skip.end(), Scored{item, 0}, by_item)) continue;
    double score = st.real(1);
    if (!out.empty() && out.back().item == item) out.back().score = std::min(out.back().score, score);
    else out.push_back({item, score});
  }
}

// Kind first, then bm25, then id (item numbers follow the ids within a kind).
void rank(std::vector<Scored>& items) {
  std::sort(items.begin(), items.end(), [](const Scored& a, const Scored& b) {
    if (rank_of(a.item) != rank_of(b.item)) return rank_of(a.item) < rank_of(b.item);
    if (a.score != b.score) return a.score < b.score;
    return a.item < b.item;
  });
}

}  // namespace

int search_kind_rank(std::string_view kind) {
  for (size_t r = 0; r < std::size(kinds_by_rank); ++r)
    if (kinds_by_rank[r] == kind) return int(r);
  return -1;
}

int64_t search_item_number(int kind_rank, int64_t index_in_kind) {
  assert(kind_rank >= 0 && index_in_kind >= 0 && index_in_kind < (int64_t(1) << item_bits));
  return int64_t(kind_rank) << item_bits | index_in_kind;
}

int64_t search_row_id(int64_t item_number, Lang lang) { return item_number << lang_bits | int64_t(lang); }

Result<Search> Search::open(const std::filesystem::path& db_path) {
  auto db = Database::open(db_path.string(), Database::Mode::read_only);
  if (!db) return db.error();
  // Names are ranked by how well the name matches; mentions by bm25 with a name match weighing
  // ten times a match in the other texts (a mention can match partly in the name).
  auto names = db->prepare("SELECT rowid, bm25(search) FROM search WHERE search MATCH ?1 ORDER BY rowid");
  auto texts = db->prepare("SELECT rowid, bm25(search, 10.0, 1.0) FROM search WHERE search MATCH ?1 ORDER BY rowid");
  auto item = db->prepare("SELECT kind, id FROM search_item WHERE item = ?1");
  for (auto* st : {&names, &texts, &item})
    if (!*st) return Error{ErrorCode::database, db_path.string() + ": cannot prepare search: " + st->error().message};
  return Search(std::move(*db), std::move(*names), std::move(*texts), std::move(*item));
}

Result<std::vector<SearchHit>> Search::query(std::string_view typed, size_t limit) {
  std::string match = build_match_query(typed);
  if (match.empty() || limit == 0) return std::vector<SearchHit>{};
  // One read transaction, so that the items found and their ids come from the same content.
  Result<std::vector<SearchHit>> hits = Error{};
  if (auto s = db_.exec("BEGIN"); !s) hits = s.error();
  else hits = query_in_transaction(match, limit);
  for (auto* st : {&names_, &texts_, &item_}) st->reset();
  if (auto s = db_.exec("COMMIT"); !s && hits) hits = s.error();
  if (!hits) {
    (void)db_.exec("ROLLBACK");
    return Error{ErrorCode::database, "search for \"" + std::string(typed) + "\": " + hits.error().message};
  }
  return hits;
}

Result<std::vector<SearchHit>> Search::query_in_transaction(const std::string& match, size_t limit) {
  std::vector<Scored> names, texts;
  names_.bind(1, "name : (" + match + ")");
  if (auto s = collect(names_, limit, {}, names); !s) return s.error();
  // Only when the names do not fill the results: mentions of the words in the other texts.
  // `names` is complete then, and sorted by item (collected in rowid order).
  if (names.size() < limit) {
    texts_.bind(1, match);
    if (auto s = collect(texts_, limit - names.size(), names, texts); !s) return s.error();
  }
  rank(names);
  rank(texts);
  names.insert(names.end(), texts.begin(), texts.end());
  std::vector<SearchHit> hits;
  for (const auto& n : names) {
    if (hits.size() == limit) break;
    item_.bind(1, n.item);
    auto row = item_.step();
    if (!row) return row.error();
    if (*row) hits.push_back({item_.text(0), item_.text(1)});  // none only if the index is damaged
    item_.reset();
  }
  return hits;
}

}  // namespace content
