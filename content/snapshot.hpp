// An immutable, fully loaded copy of the applied content for the UI, with lookups by id and the
// reverse links (what serves goal N, what works in country X). Loaded on its own read-only
// connection inside one read transaction, so it is always one consistent content version.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "content/model.hpp"
#include "content/result.hpp"
#include "content/store.hpp"

namespace content {

enum class ItemKind { goal, country, place, organisation, network, programme, event };
std::string_view kind_name(ItemKind kind);
std::optional<ItemKind> kind_from_name(std::string_view name);

struct ItemRef {
  ItemKind kind;
  std::string id;
  bool operator==(const ItemRef&) const = default;
};

class Snapshot {
 public:
  Snapshot(Content content, ContentState state, std::vector<ImageBlob> images = {});

  const Content& content() const { return content_; }
  const ContentState& state() const { return state_; }

  const Goal* goal(int number) const;
  const Country* country(std::string_view id) const;
  const Place* place(std::string_view id) const;
  const Organisation* organisation(std::string_view id) const;
  const Network* network(std::string_view id) const;
  const Programme* programme(std::string_view id) const;
  const Event* event(std::string_view id) const;
  bool contains(const ItemRef& ref) const;
  // The blob holding an image of a feed's content; nullptr for content from a folder (the bundled
  // default), whose images are files in that folder.
  const ImageBlob* image_blob(std::string_view path) const;

  const std::vector<ItemRef>& serving_goal(int number) const;      // items that list the goal
  const std::vector<ItemRef>& in_country(std::string_view id) const;  // places, organisations, ...
  const std::vector<std::string>& countries_of(const ItemRef& item) const;  // where an item is or works

 private:
  using Index = std::unordered_map<std::string, size_t>;
  Content content_;
  ContentState state_;
  std::unordered_map<std::string, ImageBlob> images_;
  Index countries_, places_, organisations_, networks_, programmes_, events_;
  std::vector<std::vector<ItemRef>> by_goal_;
  std::unordered_map<std::string, std::vector<ItemRef>> by_country_;
  std::unordered_map<std::string, std::vector<std::string>> countries_of_;  // key: "kind/id"
};

// Loads the current content from the database at db_path (read-only).
Result<std::shared_ptr<const Snapshot>> load_snapshot(const std::filesystem::path& db_path);

}  // namespace content
