// Snapshot indexes and loading from the store.
#include "content/snapshot.hpp"

#include <algorithm>


namespace content {
namespace {

constexpr const char* kind_names[] = {"goal", "country", "place", "organisation", "network", "programme", "event"};

template <class T>
void index_ids(const std::vector<T>& items, std::unordered_map<std::string, size_t>& index) {
  for (size_t i = 0; i < items.size(); ++i) index.emplace(items[i].id, i);
}

template <class T>
const T* find(const std::vector<T>& items, const std::unordered_map<std::string, size_t>& index, std::string_view id) {
  auto it = index.find(std::string(id));
  return it == index.end() ? nullptr : &items[it->second];
}

}  // namespace

std::string_view kind_name(ItemKind kind) { return kind_names[int(kind)]; }

std::optional<ItemKind> kind_from_name(std::string_view name) {
  for (int i = 0; i < int(std::size(kind_names)); ++i)
    if (name == kind_names[i]) return ItemKind(i);
  return std::nullopt;
}

Snapshot::Snapshot(Content content, ContentState state, std::vector<ImageBlob> images)
    : content_(std::move(content)), state_(std::move(state)), by_goal_(goal_count + 1) {
  for (auto& i : images) images_.emplace(i.path, std::move(i));
  const Content& c = content_;
  index_ids(c.countries, countries_);
  index_ids(c.places, places_);
  index_ids(c.organisations, organisations_);
  index_ids(c.networks, networks_);
  index_ids(c.programmes, programmes_);
  index_ids(c.events, events_);
  auto link = [this](ItemKind kind, const std::string& id, const GoalLinks& goals, const std::vector<std::string>& countries) {
    for (int g : goals.goals)
      if (g >= 1 && g <= goal_count) by_goal_[g].push_back({kind, id});
    for (const auto& country : countries) by_country_[country].push_back({kind, id});
    countries_of_[std::string(kind_name(kind)) + "/" + id] = countries;
  };
  for (const auto& p : c.places) link(ItemKind::place, p.id, p.goals, {p.country});
  for (const auto& o : c.organisations) link(ItemKind::organisation, o.id, o.goals, o.countries);
  for (const auto& n : c.networks) link(ItemKind::network, n.id, n.goals, n.countries);
  for (const auto& p : c.programmes) {
    std::vector<std::string> countries = p.countries;
    for (const auto& pl : p.places)
      if (const Place* place = this->place(pl)) countries.push_back(place->country);
    std::sort(countries.begin(), countries.end());
    countries.erase(std::unique(countries.begin(), countries.end()), countries.end());
    link(ItemKind::programme, p.id, p.goals, countries);
  }
  for (const auto& e : c.events) {
    std::vector<std::string> countries;
    if (const Place* place = this->place(e.place)) countries.push_back(place->country);
    link(ItemKind::event, e.id, e.goals, countries);
  }
}

const Goal* Snapshot::goal(int number) const {
  for (const auto& g : content_.goals)
    if (g.number == number) return &g;
  return nullptr;
}
const Country* Snapshot::country(std::string_view id) const { return find(content_.countries, countries_, id); }
const Place* Snapshot::place(std::string_view id) const { return find(content_.places, places_, id); }
const Organisation* Snapshot::organisation(std::string_view id) const {
  return find(content_.organisations, organisations_, id);
}
const Network* Snapshot::network(std::string_view id) const { return find(content_.networks, networks_, id); }
const Programme* Snapshot::programme(std::string_view id) const { return find(content_.programmes, programmes_, id); }
const Event* Snapshot::event(std::string_view id) const { return find(content_.events, events_, id); }

bool Snapshot::contains(const ItemRef& ref) const {
  switch (ref.kind) {
    case ItemKind::goal: return goal(std::atoi(ref.id.c_str())) != nullptr;
    case ItemKind::country: return country(ref.id) != nullptr;
    case ItemKind::place: return place(ref.id) != nullptr;
    case ItemKind::organisation: return organisation(ref.id) != nullptr;
    case ItemKind::network: return network(ref.id) != nullptr;
    case ItemKind::programme: return programme(ref.id) != nullptr;
    case ItemKind::event: return event(ref.id) != nullptr;
  }
  return false;
}

const std::vector<ItemRef>& Snapshot::serving_goal(int number) const {
  static const std::vector<ItemRef> none;
  return number >= 1 && number <= goal_count ? by_goal_[number] : none;
}

const std::vector<ItemRef>& Snapshot::in_country(std::string_view id) const {
  static const std::vector<ItemRef> none;
  auto it = by_country_.find(std::string(id));
  return it == by_country_.end() ? none : it->second;
}

const std::vector<std::string>& Snapshot::countries_of(const ItemRef& item) const {
  static const std::vector<std::string> none;
  auto it = countries_of_.find(std::string(kind_name(item.kind)) + "/" + item.id);
  return it == countries_of_.end() ? none : it->second;
}

const ImageBlob* Snapshot::image_blob(std::string_view path) const {
  auto it = images_.find(std::string(path));
  return it == images_.end() ? nullptr : &it->second;
}

Result<std::shared_ptr<const Snapshot>> load_snapshot(const std::filesystem::path& db_path) {
  auto db = Database::open(db_path.string(), Database::Mode::read_only);
  if (!db) return db.error();
  auto fail = [&](const std::string& why) { return Error{ErrorCode::corrupt, db_path.string() + ": " + why}; };
  if (auto s = db->exec("BEGIN"); !s) return fail(s.error().message);
  auto state = read_state(*db);
  if (!state) return fail(state.error().message);
  if (state->sequence < 0) return Error{ErrorCode::not_found, db_path.string() + ": no content applied yet"};

  auto content = read_content(*db);
  if (!content) return fail(content.error().message);
  auto images = read_images(*db);
  if (!images) return fail(images.error().message);
  (void)db->exec("COMMIT");
  return std::make_shared<const Snapshot>(std::move(*content), std::move(*state), std::move(*images));
}

}  // namespace content
