// kill -9 of kiosk-sync at every step of a sync over HTTP: downloading, staging, inside the
// transaction, after the commit. Every time, the database passes integrity_check and holds exactly
// the old or exactly the new content with all its blobs, and a later run finishes the job.
// KIOSK_KILL_RUNS sets the number of runs (the suite runs 56; the long run 210).
#include <csignal>
#include <random>
#include <thread>

#include "sync_http/nginx_server.hpp"
#include "sync_http/sync_run.hpp"

namespace {

// The steps kiosk-sync reports (its stderr lines start "kiosk-sync: <step>: ...").
const std::vector<std::string> steps = {
    "manifest: sequence", "downloading: blob 1/", "downloading: blob 2/", "staging:",
    "transaction: applying", "transaction: committing", "committed:", "cleanup:"};

int runs_wanted() {
  const char* s = std::getenv("KIOSK_KILL_RUNS");
  return s ? std::max(1, std::atoi(s)) : 56;
}

}  // namespace

TEST_CASE("kill -9 at any step of a sync leaves exactly the old or the new content, intact") {
  // Old content applied into a pristine data folder; the new feed has a new document and logo.
  std::string why;
  std::optional<NginxServer> nginx;
  KioskWithOldContent k([&](const BuiltFeed& f) {
    nginx = NginxServer::start(f.dir.path, why);
    INFO(why);
    REQUIRE(nginx);
    return nginx->url("feed/");
  });
  spit(k.f.content.path() / "images/logo.png", slurp(fixtures_dir / "images/red-8x8.png") + std::string(200'000, 'x'));
  k.f.rebuild(k.old_sequence + 2000);
  std::string new_text;
  {
    KioskData scratch;
    fs::copy(k.kiosk.path(), scratch.path(), fs::copy_options::recursive | fs::copy_options::overwrite_existing);
    REQUIRE(scratch.sync(nginx->url("feed/"), k.f.trusted).outcome == feed::Outcome::applied);
    new_text = scratch.content_text();
  }
  REQUIRE(new_text != k.old_text);
  TempDir work;
  fs::path config = write_sync_config(work.path, nginx->url("feed/"), k.f.trusted[0]);

  std::mt19937 rng(20261129);
  const int pause_ms = 40;
  std::vector<int> killed_at(steps.size(), 0);
  int old_seen = 0, new_seen = 0, retries = 0;
  const int runs = runs_wanted();
  for (int run = 0; run < runs; ++run) {
    size_t step = size_t(run) % steps.size();
    int delay_ms = std::uniform_int_distribution<int>(0, pause_ms - 1)(rng);
    fs::path data = work / ("run-" + std::to_string(run));
    fs::copy(k.kiosk.path(), data, fs::copy_options::recursive);

    ChildProcess p({kiosk_sync_binary, "--config", config.string(), "--data", data.string()},
                   {"KIOSK_SYNC_TEST_PAUSE_MS=" + std::to_string(pause_ms)});
    bool seen = false;
    while (auto line = p.read_line(30'000)) {
      if (line->find("kiosk-sync: " + steps[step]) != std::string::npos) {
        seen = true;
        break;
      }
    }
    INFO("run " << run << ", step \"" << steps[step] << "\" + " << delay_ms << " ms\n" << p.output());
    REQUIRE(seen);
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
    p.kill9();
    int status = p.wait();
    if (status == 0 && retries < 20) {  // a loaded machine read the line late and the step was over: again
      ++retries;
      fs::remove_all(data);
      --run;
      continue;
    }
    REQUIRE(status == -SIGKILL);
    ++killed_at[step];

    KioskData after;
    fs::remove_all(after.path());
    fs::rename(data, after.path());
    REQUIRE(after.integrity() == "ok");
    std::string text = after.content_text();
    bool is_old = text == k.old_text, is_new = text == new_text;
    REQUIRE((is_old || is_new));
    CHECK(after.sequence() == (is_new ? k.old_sequence + 2000 : k.old_sequence));
    after.require_blobs_complete();
    old_seen += is_old;
    new_seen += is_new;

    if (run % 4 == 0) {  // a later run finishes the job from whatever the kill left
      std::string log;
      REQUIRE(run_kiosk_sync(config, after.path(), log) == 0);
      INFO(log);
      CHECK(after.content_text() == new_text);
      after.require_blobs_complete();
      CHECK(fs::is_empty(after.path() / "partial"));
    }
  }
  for (size_t s = 0; s < steps.size(); ++s) {
    INFO(steps[s]);
    CHECK(killed_at[s] >= runs / int(steps.size()));
  }
  CHECK(old_seen > 0);
  CHECK(new_seen > 0);
  WARN("kill -9 runs: " << runs << ", old content " << old_seen << " times, new content " << new_seen << " times");
}
