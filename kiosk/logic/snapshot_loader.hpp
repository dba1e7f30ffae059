// Notices content that another process (kiosk-sync) committed to the database and loads it as a
// new immutable snapshot on a worker thread, so the frame loop never waits for SQLite. The main
// thread calls poll() on every loop iteration: one prepared PRAGMA data_version on the loader's
// own read-only connection, and the hand-back of a finished load. The caller decides when to swap
// the new snapshot in; until then the current one stays in use, untouched.
//
// A commit during a load is loaded again afterwards, and the superseded result is dropped, so the
// last change is never lost. A commit that leaves the content state as it was (same sequence,
// feed, creation and apply time) is not new content. No thread runs while nothing changes.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "content/snapshot.hpp"
#include "content/sqlite.hpp"
#include "content/store.hpp"

namespace kiosk {

class SnapshotLoader {
 public:
  using Loaded = content::Result<std::shared_ptr<const content::Snapshot>>;
  using LoadFunction = std::function<Loaded(const std::filesystem::path& db_path)>;

  // Watches db_path. `current` is the state of the snapshot in use: content committed before the
  // watch began is noticed by comparing it with the database's. `load` runs on the worker (tests
  // replace it to count or fail loads).
  SnapshotLoader(std::filesystem::path db_path, content::ContentState current,
                 LoadFunction load = content::load_snapshot);
  ~SnapshotLoader();  // waits for a load under way
  SnapshotLoader(const SnapshotLoader&) = delete;
  SnapshotLoader& operator=(const SnapshotLoader&) = delete;

  // Main thread, every loop iteration. Starts a load when the database changed and none runs;
  // returns each finished load once: the new snapshot, or the error (the caller keeps its
  // current snapshot). Nothing while there is no new content.
  std::optional<Loaded> poll();

  bool loading() const { return running_; }
  uint64_t loads_started() const { return loads_started_; }
  // Why the database is not watched (its connection could not be opened), or empty.
  const std::string& watch_error() const { return watch_error_; }

 private:
  bool database_changed();
  void start_load();
  std::optional<Loaded> accept(Loaded loaded);

  std::filesystem::path db_path_;
  LoadFunction load_;
  content::ContentState known_;  // of the newest snapshot handed back (or in use at the start)
  std::optional<content::Database> db_;
  std::optional<content::Statement> data_version_;  // prepared once: a poll allocates nothing
  int64_t version_ = 0;
  bool changed_ = false;  // committed since the last load started
  bool running_ = false;  // a load was started and its result not yet taken
  uint64_t loads_started_ = 0;
  std::string watch_error_;

  std::mutex mutex_;
  std::optional<Loaded> finished_;  // the worker's result, under mutex_
  std::jthread worker_;             // last: joined before the members above go away
};

}  // namespace kiosk
