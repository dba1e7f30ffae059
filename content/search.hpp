// Full-text search over the applied content, on its own read-only connection so that the
// kiosk can search while kiosk-sync writes. Results are item references; the kiosk resolves
// them against its current snapshot and skips any it does not know (yet).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "content/result.hpp"
#include "content/sqlite.hpp"

namespace content {

struct SearchHit {
  std::string kind;  // goal, country, place, organisation, network, programme, event
  std::string id;
  bool operator==(const SearchHit&) const = default;
};

class Search {
 public:
  static Result<Search> open(const std::filesystem::path& db_path);
  // Every word a prefix, any language, best first, each item once.
  Result<std::vector<SearchHit>> query(std::string_view typed, size_t limit = 50);

 private:
  Search(Database db, Statement st) : db_(std::move(db)), st_(std::move(st)) {}
  Database db_;
  Statement st_;
};

}  // namespace content
