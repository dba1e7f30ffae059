// The kiosk's sync client on feeds in a folder (file://, as from a USB stick): applying, staying
// up to date, keeping the previous feed's blobs, and every bad feed of the fixture set refused
// with the old content intact.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>

#include "sync/client_fixture.hpp"

namespace {

std::string file_url(const BuiltFeed& f) { return "file://" + f.out.string(); }

size_t file_count(const fs::path& dir) {
  size_t n = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++n;
  return n;
}

}  // namespace

TEST_CASE("a signed feed from a folder is applied with its images, and then is up to date") {
  BuiltFeed f;
  KioskData kiosk;
  auto r = kiosk.sync(file_url(f), f.trusted);
  INFO((r.error ? r.error->message : ""));
  REQUIRE(r.outcome == feed::Outcome::applied);
  CHECK(r.sequence == int64_t(f.manifest.sequence));
  CHECK(kiosk.sequence() == int64_t(f.manifest.sequence));
  CHECK(r.blobs_downloaded == 2);  // the content document and one image blob for two paths
  kiosk.require_blobs_complete();
  auto snap = content::load_snapshot(kiosk.path() / "kiosk.db");
  REQUIRE(snap);
  REQUIRE((*snap)->image_blob("images/logo.png"));
  CHECK((*snap)->image_blob("images/logo.png")->sha256 == f.manifest.images[0].blob.sha256);
  CHECK(file_count(kiosk.path() / "partial") == 0);

  auto again = kiosk.sync(file_url(f), f.trusted);
  CHECK(again.outcome == feed::Outcome::up_to_date);
  CHECK(again.blobs_downloaded == 0);
}

TEST_CASE("a newer feed replaces the content; blobs of the current and the previous feed are kept, older ones go") {
  BuiltFeed f;
  KioskData kiosk;
  REQUIRE(kiosk.sync(file_url(f), f.trusted).outcome == feed::Outcome::applied);
  auto first_document = f.manifest.content.sha256;

  f.content.edit("organisations.json", "/organisations/0/name", "Second Name");
  spit(f.content.path() / "images/logo.png", slurp(fixtures_dir / "images/red-8x8.png") + std::string(8, '\0'));
  f.rebuild(1'700'000'100);
  auto r = kiosk.sync(file_url(f), f.trusted);
  REQUIRE(r.outcome == feed::Outcome::applied);
  CHECK(r.blobs_downloaded == 2);  // a new content document and the new logo; programme.png is unchanged
  CHECK_THAT(kiosk.content_text(), Catch::Contains("Second Name"));
  CHECK(fs::exists(kiosk.path() / "blobs" / first_document));  // the previous feed still uses it

  spit(f.content.path() / "images/logo.png", slurp(fixtures_dir / "images/red-8x8.png") + std::string(4, '\0'));
  f.rebuild(1'700'000'200);
  r = kiosk.sync(file_url(f), f.trusted);
  REQUIRE(r.outcome == feed::Outcome::applied);
  CHECK(r.blobs_removed == 1);  // the first content document; the first logo is still programme.png
  CHECK_FALSE(fs::exists(kiosk.path() / "blobs" / first_document));
  CHECK(file_count(kiosk.path() / "blobs") == 4);  // one document (unchanged), programme.png, 2 logos
  kiosk.require_blobs_complete();
  auto db = content::Database::open((kiosk.path() / "kiosk.db").string(), content::Database::Mode::read_only);
  auto records = content::read_feed_records(*db);
  REQUIRE(records->previous);
  CHECK(records->previous->sequence == 1'700'000'100);
}

TEST_CASE("every bad feed of the fixture set is refused with its reason, and the old content stays") {
  for (const auto& bad : bad_feeds()) {
    DYNAMIC_SECTION(bad.name) {
      KioskWithOldContent k(file_url);
      bad.damage(k.f);
      auto r = k.kiosk.sync(file_url(k.f), k.f.trusted);
      REQUIRE(r.error);
      INFO(r.error->message);
      CHECK(r.outcome == feed::Outcome::rejected);
      CHECK(r.error->code == bad.code);
      CHECK_THAT(r.error->message, Catch::Contains(bad.says));
      CHECK(r.sequence == k.old_sequence);
      k.require_old_content();
    }
  }
}

TEST_CASE("the same sequence with other manifest bytes is refused; with the same bytes it is up to date") {
  KioskWithOldContent k(file_url);
  feed::Manifest m = k.f.manifest;
  m.sequence = uint64_t(k.old_sequence);
  k.f.resign(feed::serialize_manifest(m));
  auto r = k.kiosk.sync(file_url(k.f), k.f.trusted);
  REQUIRE(r.error);
  CHECK(r.error->code == feed::ErrorCode::rollback);
  CHECK_THAT(r.error->message, Catch::Contains("other contents"));
  k.require_old_content();
}

TEST_CASE("a feed with another id than the kiosk takes, or over the download limit, is refused") {
  KioskWithOldContent k(file_url);
  auto source = feed::open_source(file_url(k.f), {});
  auto o = k.kiosk.options(k.f.trusted);
  o.feed_id = "another-city";
  auto r = feed::sync_once(**source, o, {}, -1);
  CHECK(r.outcome == feed::Outcome::rejected);
  CHECK_THAT(r.error->message, Catch::Contains("this kiosk takes \"another-city\""));
  o.feed_id.clear();
  o.max_download_bytes = 100;
  r = feed::sync_once(**source, o, {}, -1);
  CHECK(r.error->code == feed::ErrorCode::too_large);
  k.require_old_content();
}

TEST_CASE("a feed folder that does not exist fails as missing, and the old content stays") {
  KioskWithOldContent k(file_url);
  auto r = k.kiosk.sync("file:///nonexistent/kiosk-feed", k.f.trusted);
  CHECK(r.outcome == feed::Outcome::rejected);
  CHECK(r.error->code == feed::ErrorCode::missing);
  CHECK_THAT(r.error->message, Catch::Contains("/nonexistent/kiosk-feed/manifest.json"));
  k.require_old_content();
}

// Runs one sync in a child process whose files may not grow beyond `limit` bytes (a full disk,
// as far as this process can tell: writes fail with EFBIG). Returns the outcome and message.
std::pair<feed::Outcome, std::string> sync_with_file_size_limit(const KioskWithOldContent& k, rlim_t limit) {
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    close(fds[0]);
    signal(SIGXFSZ, SIG_IGN);
    rlimit rl{limit, limit};
    setrlimit(RLIMIT_FSIZE, &rl);
    auto source = feed::open_source(file_url(k.f), {});
    auto r = feed::sync_once(**source, k.kiosk.options(k.f.trusted), {}, -1);
    std::string msg = std::to_string(int(r.outcome)) + " " + (r.error ? r.error->message : "");
    (void)!write(fds[1], msg.data(), msg.size());
    _exit(0);
  }
  close(fds[1]);
  std::string out;
  char buf[4096];
  for (ssize_t n; (n = read(fds[0], buf, sizeof buf)) > 0;) out.append(buf, size_t(n));
  close(fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  REQUIRE(WIFEXITED(status));
  REQUIRE(out.size() >= 1);
  return {feed::Outcome(out[0] - '0'), out.substr(2)};
}

TEST_CASE("a full disk while downloading or applying fails cleanly; the old content stays, and the next run applies") {
  KioskWithOldContent k(file_url);
  // Limits stay above SQLite's 32 KiB shared-memory file, which it needs just to open the store.
  SECTION("the disk fills while a blob is written") {
    spit(k.f.content.path() / "images/logo.png", slurp(fixtures_dir / "images/red-8x8.png") + std::string(100'000, '\0'));
    k.f.rebuild(k.old_sequence + 2000);
    auto [outcome, message] = sync_with_file_size_limit(k, 48 * 1024);
    INFO(message);
    CHECK(outcome == feed::Outcome::failed);
    CHECK_THAT(message, Catch::Contains("File too large"));
  }
  SECTION("the disk fills while the database grows") {
    // Room for every blob (the largest is the 10 KB content document), not for the ~70 KB
    // write-ahead log of the new content.
    REQUIRE(k.f.manifest.content.size < 20 * 1024);
    auto [outcome, message] = sync_with_file_size_limit(k, 40 * 1024);
    INFO(message);
    CHECK(outcome == feed::Outcome::failed);
    CHECK_THAT(message, Catch::Contains("previous content kept"));
  }
  k.require_old_content();
  auto r = k.kiosk.sync(file_url(k.f), k.f.trusted);
  REQUIRE(r.outcome == feed::Outcome::applied);
  CHECK_THAT(k.kiosk.content_text(), Catch::Contains("Renamed Organisation"));
  k.kiosk.require_blobs_complete();
}

TEST_CASE("retry delays grow exponentially with jitter and stay under the cap") {
  for (int n = 0; n < 6; ++n) {
    double d = feed::backoff_delay_s(n, 2.0, 60.0);
    double nominal = std::min(60.0, 2.0 * double(1 << n));
    CHECK(d >= 0.5 * nominal);
    CHECK(d < 1.5 * nominal);
  }
  CHECK(feed::backoff_delay_s(40, 2.0, 60.0) < 90.0);
}

TEST_CASE("rollback shows the previous feed again; polling keeps it until a newer feed is published") {
  KioskWithOldContent k(file_url);  // old content applied; the feed now holds a newer build
  auto r = k.kiosk.sync(file_url(k.f), k.f.trusted);
  REQUIRE(r.outcome == feed::Outcome::applied);
  std::string newer_text = k.kiosk.content_text();
  int64_t newer = k.kiosk.sequence();

  auto back = feed::roll_back(k.kiosk.options(k.f.trusted));
  INFO((back ? "" : back.error().message));
  REQUIRE(back);
  CHECK(*back == k.old_sequence);
  k.require_old_content();  // content, images and blobs of the old feed, exactly

  // The withdrawn feed is still what the server has: up to date, nothing applied.
  auto poll = k.kiosk.sync(file_url(k.f), k.f.trusted);
  CHECK(poll.outcome == feed::Outcome::up_to_date);
  k.require_old_content();
  // Nothing further back to go to.
  auto again = feed::roll_back(k.kiosk.options(k.f.trusted));
  REQUIRE_FALSE(again);
  CHECK_THAT(again.error().message, Catch::Contains("no previous feed"));

  // The editors publish a fix: it replaces the old content.
  k.f.content.edit("organisations.json", "/organisations/0/name", "Fixed Name");
  k.f.rebuild(newer + 10);
  auto fixed = k.kiosk.sync(file_url(k.f), k.f.trusted);
  REQUIRE(fixed.outcome == feed::Outcome::applied);
  CHECK_THAT(k.kiosk.content_text(), Catch::Contains("Fixed Name"));
  CHECK(k.kiosk.content_text() != newer_text);
}

TEST_CASE("rollback refuses a previous feed whose key is no longer trusted or whose blob is damaged") {
  KioskWithOldContent k(file_url);
  REQUIRE(k.kiosk.sync(file_url(k.f), k.f.trusted).outcome == feed::Outcome::applied);
  std::string newer_text = k.kiosk.content_text();
  SECTION("key removed from the trusted keys") {
    auto other = feed::public_key_of(feed::SecretKey::generate());
    auto back = feed::roll_back(k.kiosk.options({other}));
    REQUIRE_FALSE(back);
    CHECK(back.error().code == feed::ErrorCode::unknown_key);
  }
  SECTION("a blob of the previous feed damaged on disk") {
    auto db = content::Database::open((k.kiosk.path() / "kiosk.db").string(), content::Database::Mode::read_only);
    auto previous = feed::parse_manifest(content::read_feed_records(*db)->previous->manifest);
    REQUIRE(previous);
    fs::path blob = k.kiosk.path() / "blobs" / previous->content.sha256;
    spit(blob, with_byte_flipped(slurp(blob), 10));
    auto back = feed::roll_back(k.kiosk.options(k.f.trusted));
    REQUIRE_FALSE(back);
    CHECK(back.error().code == feed::ErrorCode::corrupt);
  }
  CHECK(k.kiosk.content_text() == newer_text);
}
