// Full-text search over the applied content, on its own read-only connection so that the
// kiosk can search while kiosk-sync writes. Results are item references; the kiosk resolves
// them against its current snapshot and skips any it does not know (yet).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "content/result.hpp"
#include "content/sqlite.hpp"
#include "content/text.hpp"

namespace content {

struct SearchHit {
  std::string kind;  // goal, country, place, organisation, network, programme, event
  std::string id;
  bool operator==(const SearchHit&) const = default;
};

class Search {
 public:
  static Result<Search> open(const std::filesystem::path& db_path);
  // Every word a prefix, any language, each item once, at most `limit`, best first: items whose
  // name matches every word, then items that mention them in another text. Within each, places,
  // countries and organisations before programmes, networks, goals and events (a visitor typing
  // a city wants the city), then bm25 (names: of the name; mentions: a name match weighing ten
  // times a match in the other texts), then id.
  Result<std::vector<SearchHit>> query(std::string_view typed, size_t limit = 50);

 private:
  Search(Database db, Statement names, Statement texts, Statement item)
      : db_(std::move(db)), names_(std::move(names)), texts_(std::move(texts)), item_(std::move(item)) {}
  Result<std::vector<SearchHit>> query_in_transaction(const std::string& match, size_t limit);
  Database db_;
  Statement names_, texts_, item_;
};

// How the store numbers the search index's rows, so that a search reads no stored column (on
// 10,000 items reading them cost ~100 ms a query): a row's id is its item's number times four
// plus its language, and an item's number is its kind's rank in the results above its place in
// its kind's id order. The index's rowid order is then the result order by kind, so a search
// stops reading once it has enough items of the better kinds; the search_item table maps the
// few items returned back to kind and id.
int search_kind_rank(std::string_view kind);  // 0 place, 1 country ... 6 event; -1 not searched
int64_t search_item_number(int kind_rank, int64_t index_in_kind);
int64_t search_row_id(int64_t item_number, Lang lang);

}  // namespace content
