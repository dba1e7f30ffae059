// The content watcher and its background load.
#include "kiosk/logic/snapshot_loader.hpp"

#include <cassert>
#include <utility>

namespace kiosk {

SnapshotLoader::SnapshotLoader(std::filesystem::path db_path, content::ContentState current, LoadFunction load)
    : db_path_(std::move(db_path)), load_(std::move(load)), known_(std::move(current)) {
  auto db = content::Database::open(db_path_.string(), content::Database::Mode::read_only);
  if (!db) {
    watch_error_ = db.error().message;
    return;
  }
  db_.emplace(std::move(*db));
  auto st = db_->prepare("PRAGMA data_version");
  if (!st) {
    watch_error_ = db_path_.string() + ": " + st.error().message;
    return;
  }
  data_version_.emplace(std::move(*st));
  database_changed();  // the baseline first: a commit after it is seen by the next poll
  // A commit between loading `current` and the baseline: the content state tells.
  auto state = content::read_state(*db_);
  changed_ = !state || !(*state == known_);
}

SnapshotLoader::~SnapshotLoader() = default;  // worker_ (the last member) joins first

bool SnapshotLoader::database_changed() {
  if (!data_version_) return false;
  auto row = data_version_->step();
  int64_t v = row && *row ? data_version_->integer(0) : version_;
  data_version_->reset();  // ends the read: the connection never pins the WAL
  if (v == version_) return false;
  version_ = v;
  return true;
}

std::optional<SnapshotLoader::Loaded> SnapshotLoader::poll() {
  if (database_changed()) changed_ = true;
  std::optional<Loaded> out;
  if (running_) {
    std::optional<Loaded> done;
    {
      std::lock_guard lock(mutex_);
      done = std::exchange(finished_, std::nullopt);
    }
    if (done) {
      worker_.join();  // it has handed over its result: returns at once
      running_ = false;
      if (!changed_) out = accept(std::move(*done));  // else superseded: load again below
    }
  }
  if (changed_ && !running_) start_load();
  return out;
}

void SnapshotLoader::start_load() {
  changed_ = false;
  running_ = true;
  ++loads_started_;
  worker_ = std::jthread([this] {
    Loaded loaded = load_(db_path_);
    std::lock_guard lock(mutex_);
    finished_.emplace(std::move(loaded));
  });
}

std::optional<SnapshotLoader::Loaded> SnapshotLoader::accept(Loaded loaded) {
  if (!loaded) return loaded;
  assert(*loaded && "a load hands back a snapshot or an error");
  if ((*loaded)->state() == known_) return std::nullopt;  // a commit that changed no content
  known_ = (*loaded)->state();
  return loaded;
}

}  // namespace kiosk
