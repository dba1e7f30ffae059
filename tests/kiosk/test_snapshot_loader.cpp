// New content committed by another connection (as kiosk-sync does) is noticed with PRAGMA
// data_version and loaded on a worker; the main thread's poll() never waits for it.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <future>
#include <thread>

#include "content/folder.hpp"
#include "content/store.hpp"
#include "content_fixture.hpp"
#include "kiosk/logic/snapshot_loader.hpp"

using kiosk::SnapshotLoader;
using namespace std::chrono_literals;

namespace {

// A kiosk database with the minimal fixture applied as the bundled content (sequence 0).
struct KioskDatabase {
  TempDir dir;
  std::filesystem::path path = dir / "kiosk.db";
  content::Content content;

  KioskDatabase() {
    auto folder = content::load_folder(fixtures_dir / "content/minimal");
    REQUIRE_FALSE(folder.issues.has_errors());
    content = folder.content;
    auto store = content::Store::open(path);
    REQUIRE(store);
    REQUIRE(store->apply(content, {0, "bundled", "", content::utc_now_iso8601()}));
  }
  // Applies content from a second connection, with the first organisation renamed.
  void apply(int64_t sequence, const std::string& organisation_name) const {
    auto store = content::Store::open(path);
    REQUIRE(store);
    auto c = content;
    c.organisations[0].name = organisation_name;
    REQUIRE(store->apply(c, {sequence, "feed", "", "applied " + std::to_string(sequence)}));
  }
  std::shared_ptr<const content::Snapshot> load() const {
    auto snap = content::load_snapshot(path);
    REQUIRE(snap);
    return *snap;
  }
};

// Polls like the frame loop until a load is handed back; gives up only after 5 s (a slow machine).
std::optional<SnapshotLoader::Loaded> poll_until_loaded(SnapshotLoader& loader) {
  auto deadline = std::chrono::steady_clock::now() + 5s;
  while (std::chrono::steady_clock::now() < deadline) {
    if (auto loaded = loader.poll()) return loaded;
    std::this_thread::sleep_for(2ms);
  }
  return std::nullopt;
}

// Polls until no load runs; returns what was handed back on the way.
std::vector<SnapshotLoader::Loaded> poll_until_settled(SnapshotLoader& loader) {
  std::vector<SnapshotLoader::Loaded> out;
  auto deadline = std::chrono::steady_clock::now() + 5s;
  do {
    if (auto loaded = loader.poll()) out.push_back(std::move(*loaded));
    if (!loader.loading()) break;
    std::this_thread::sleep_for(2ms);
  } while (std::chrono::steady_clock::now() < deadline);
  return out;
}

// A load that waits for the test to open its gate (the first one only), then loads for real.
struct GatedLoad {
  std::promise<void> gate;
  std::shared_future<void> opened = gate.get_future().share();
  std::shared_ptr<std::atomic<int>> calls = std::make_shared<std::atomic<int>>(0);
  std::shared_ptr<std::atomic<bool>> first_done = std::make_shared<std::atomic<bool>>(false);

  SnapshotLoader::LoadFunction function() {
    return [opened = opened, calls = calls, first_done = first_done](const std::filesystem::path& p) {
      bool first = calls->fetch_add(1) == 0;
      if (first) opened.wait_for(10s);  // bounded only so that a failed test cannot hang
      auto loaded = content::load_snapshot(p);
      if (first) *first_done = true;
      return loaded;
    };
  }
  void open() { gate.set_value(); }
};

}  // namespace

TEST_CASE("new content from another connection is loaded in the background and handed back once") {
  KioskDatabase db;
  auto current = db.load();
  GatedLoad gated;
  SnapshotLoader loader(db.path, current->state(), gated.function());
  CHECK_FALSE(loader.poll());

  db.apply(7, "St. Nieuwe Naam");
  CHECK_FALSE(loader.poll());      // starts the load and returns without waiting for it:
  CHECK_FALSE(*gated.first_done);  // only this thread opens the gate
  CHECK(loader.loading());
  for (int i = 0; i < 10; ++i) CHECK_FALSE(loader.poll());
  // The snapshot in use is untouched meanwhile.
  CHECK(current->state().sequence == 0);
  CHECK(current->content().organisations[0].name == db.content.organisations[0].name);

  gated.open();
  auto loaded = poll_until_loaded(loader);
  REQUIRE(loaded);
  REQUIRE(*loaded);
  CHECK((**loaded)->state().sequence == 7);
  CHECK((**loaded)->content().organisations[0].name == "St. Nieuwe Naam");
  CHECK(current->state().sequence == 0);
  CHECK(current->content().organisations[0].name == db.content.organisations[0].name);

  CHECK_FALSE(loader.loading());
  CHECK_FALSE(loader.poll());
  CHECK(loader.loads_started() == 1);
}

TEST_CASE("polling while nothing changed starts no load") {
  KioskDatabase db;
  SnapshotLoader loader(db.path, db.load()->state());
  REQUIRE(loader.watch_error().empty());
  for (int i = 0; i < 100; ++i) CHECK_FALSE(loader.poll());
  CHECK(loader.loads_started() == 0);
  CHECK_FALSE(loader.loading());

  db.apply(1, "Een");
  REQUIRE(poll_until_loaded(loader));
  for (int i = 0; i < 100; ++i) CHECK_FALSE(loader.poll());
  CHECK(loader.loads_started() == 1);
}

TEST_CASE("content committed during a load is loaded again afterwards, and the last one wins") {
  KioskDatabase db;
  GatedLoad gated;
  SnapshotLoader loader(db.path, db.load()->state(), gated.function());
  db.apply(1, "Een");
  CHECK_FALSE(loader.poll());  // the first load starts and waits at the gate
  REQUIRE(loader.loading());
  db.apply(2, "Twee");
  CHECK_FALSE(loader.poll());  // noticed while loading
  gated.open();

  auto handed_back = poll_until_settled(loader);
  REQUIRE(*gated.first_done);
  REQUIRE(handed_back.size() == 1);  // the superseded load is dropped, not swapped in first
  REQUIRE(handed_back[0]);
  CHECK(handed_back[0].value()->state().sequence == 2);
  CHECK(handed_back[0].value()->content().organisations[0].name == "Twee");
  CHECK(loader.loads_started() == 2);
  CHECK_FALSE(loader.poll());
}

TEST_CASE("two quick applies end with the last one") {
  KioskDatabase db;
  SnapshotLoader loader(db.path, db.load()->state());
  db.apply(1, "Een");
  CHECK_FALSE(loader.poll());
  db.apply(2, "Twee");
  std::vector<SnapshotLoader::Loaded> handed_back;
  auto deadline = std::chrono::steady_clock::now() + 5s;
  while (std::chrono::steady_clock::now() < deadline &&
         (handed_back.empty() || !handed_back.back() || handed_back.back().value()->state().sequence != 2)) {
    if (auto loaded = loader.poll()) handed_back.push_back(std::move(*loaded));
    std::this_thread::sleep_for(2ms);
  }
  for (auto& more : poll_until_settled(loader)) handed_back.push_back(std::move(more));
  REQUIRE_FALSE(handed_back.empty());
  REQUIRE(handed_back.back());
  CHECK(handed_back.back().value()->state().sequence == 2);
  CHECK(handed_back.back().value()->content().organisations[0].name == "Twee");
  CHECK_FALSE(loader.poll());
}

TEST_CASE("content committed before the watch began is still noticed") {
  KioskDatabase db;
  auto current = db.load();
  db.apply(3, "Drie");  // between the kiosk's first load and its watcher
  SnapshotLoader loader(db.path, current->state());
  auto loaded = poll_until_loaded(loader);
  REQUIRE(loaded);
  REQUIRE(*loaded);
  CHECK((**loaded)->state().sequence == 3);
}

TEST_CASE("a commit that leaves the content as it was is not handed back as new content") {
  KioskDatabase db;
  SnapshotLoader loader(db.path, db.load()->state());
  {
    auto other = content::Database::open(db.path.string(), content::Database::Mode::read_write);
    REQUIRE(other);
    REQUIRE(other->exec("CREATE TABLE unrelated (x); INSERT INTO unrelated VALUES (1)"));
  }
  auto handed_back = poll_until_settled(loader);
  CHECK(loader.loads_started() == 1);  // the commit was noticed and loaded ...
  CHECK(handed_back.empty());          // ... but it holds no new content
}

TEST_CASE("a failed load is reported once, and the next change loads again") {
  KioskDatabase db;
  auto fail = std::make_shared<std::atomic<bool>>(true);
  SnapshotLoader loader(db.path, db.load()->state(), [fail](const std::filesystem::path& p) -> SnapshotLoader::Loaded {
    if (*fail) return content::Error{content::ErrorCode::corrupt, p.string() + ": disk on fire"};
    return content::load_snapshot(p);
  });
  db.apply(1, "Een");
  auto loaded = poll_until_loaded(loader);
  REQUIRE(loaded);
  REQUIRE_FALSE(*loaded);
  CHECK_THAT(loaded->error().message, Catch::EndsWith(": disk on fire"));
  for (int i = 0; i < 50; ++i) CHECK_FALSE(loader.poll());  // once, and no retry without a change
  CHECK(loader.loads_started() == 1);

  *fail = false;
  db.apply(2, "Twee");
  loaded = poll_until_loaded(loader);
  REQUIRE(loaded);
  REQUIRE(*loaded);
  CHECK((**loaded)->state().sequence == 2);
}

TEST_CASE("destroying the loader waits for a load under way") {
  KioskDatabase db;
  GatedLoad gated;
  std::thread opener;
  {
    SnapshotLoader loader(db.path, db.load()->state(), gated.function());
    db.apply(1, "Een");
    CHECK_FALSE(loader.poll());
    CHECK(loader.loading());
    opener = std::thread([&gated] {
      std::this_thread::sleep_for(20ms);
      gated.open();
    });
  }
  CHECK(*gated.first_done);
  opener.join();
}

TEST_CASE("a database that cannot be opened is reported and not watched") {
  TempDir dir;
  SnapshotLoader loader(dir / "missing.db", {});
  CHECK_THAT(loader.watch_error(), Catch::Contains("missing.db"));
  CHECK_FALSE(loader.poll());
  CHECK(loader.loads_started() == 0);
}
