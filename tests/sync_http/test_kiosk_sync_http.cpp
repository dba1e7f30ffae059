// kiosk-sync against a real nginx on 127.0.0.1: the fixture set over HTTP, a server error, a
// connection cut in the middle of a blob and resumed with Range, and an unchanged feed costing one
// 304 request of under 2 KB, with the kiosk's User-Agent in the server's log.
#include "sync_http/cutting_proxy.hpp"
#include "sync_http/nginx_server.hpp"
#include "sync_http/sync_run.hpp"

namespace {

// nginx serving the parent of the feed folder: the feed is at /feed/.
struct ServedFeed {
  std::optional<NginxServer> nginx;
  explicit ServedFeed(const fs::path& root) {
    std::string why;
    nginx = NginxServer::start(root, why);
    INFO(why);
    REQUIRE(nginx);
  }
};

}  // namespace

TEST_CASE("over HTTP, every bad feed of the fixture set is refused with its reason, and the old content stays") {
  for (const auto& bad : bad_feeds()) {
    DYNAMIC_SECTION(bad.name) {
      std::optional<ServedFeed> served;
      KioskWithOldContent k([&](const BuiltFeed& f) {
        served.emplace(f.dir.path);
        return served->nginx->url("feed/");
      });
      bad.damage(k.f);
      auto r = k.kiosk.sync(served->nginx->url("feed/"), k.f.trusted);
      REQUIRE(r.error);
      INFO(r.error->message);
      CHECK(r.outcome == feed::Outcome::rejected);
      CHECK(r.error->code == bad.code);
      CHECK_THAT(r.error->message, Catch::Contains(bad.says));
      k.require_old_content();
    }
  }
}

TEST_CASE("a server error fails the sync with the HTTP status, and the old content stays") {
  std::optional<ServedFeed> served;
  KioskWithOldContent k([&](const BuiltFeed& f) {
    served.emplace(f.dir.path);
    return served->nginx->url("feed/");
  });
  auto r = k.kiosk.sync(served->nginx->url("fail500/feed/"), k.f.trusted);
  CHECK(r.outcome == feed::Outcome::failed);
  REQUIRE(r.error);
  CHECK(r.error->code == feed::ErrorCode::network);
  CHECK_THAT(r.error->message, Catch::Contains("HTTP 500"));
  k.require_old_content();
}

TEST_CASE("a connection cut in the middle of a blob fails cleanly, and the next attempt resumes it with Range") {
  std::optional<ServedFeed> served;
  KioskWithOldContent k([&](const BuiltFeed& f) {
    served.emplace(f.dir.path);
    return served->nginx->url("feed/");
  });
  // A big new logo, so the cut falls well inside it.
  spit(k.f.content.path() / "images/logo.png", slurp(fixtures_dir / "images/red-8x8.png") + std::string(300'000, 'x'));
  k.f.rebuild(k.old_sequence + 2000);
  const auto& logo = k.f.manifest.images[0].blob;
  CuttingProxy proxy(served->nginx->port());
  proxy.cut_once("/blobs/" + logo.sha256, 100'000);

  auto first = k.kiosk.sync(proxy.url("feed/"), k.f.trusted);
  REQUIRE(first.error);
  INFO(first.error->message);
  CHECK(first.outcome == feed::Outcome::failed);
  CHECK(first.error->code == feed::ErrorCode::network);
  CHECK(proxy.cuts_fired() == 1);
  k.require_old_content();
  CHECK(fs::file_size(k.kiosk.path() / "partial" / logo.sha256) == 100'000);

  auto second = k.kiosk.sync(proxy.url("feed/"), k.f.trusted);
  INFO((second.error ? second.error->message : ""));
  REQUIRE(second.outcome == feed::Outcome::applied);
  CHECK_THAT(proxy.request_heads().back(), Catch::Contains("Range: bytes=100000-"));
  CHECK(second.bytes_downloaded == logo.size);  // resumed: counted as the whole file, fetched as the rest
  auto log = served->nginx->access_log();
  CHECK(log.back().status == 206);
  CHECK(log.back().body_bytes_sent == logo.size - 100'000);
  CHECK_THAT(k.kiosk.content_text(), Catch::Contains("Renamed Organisation"));
  k.kiosk.require_blobs_complete();
  CHECK(fs::is_empty(k.kiosk.path() / "partial"));
}

TEST_CASE("kiosk-sync: an unchanged feed costs one 304 request under 2 KB, and every request names the kiosk") {
  BuiltFeed f;
  ServedFeed served(f.dir.path);
  KioskData kiosk;
  fs::path config = write_sync_config(kiosk.path(), served.nginx->url("feed/"), f.trusted[0]);
  fs::path data = kiosk.path() / "data";
  std::string log;
  REQUIRE(run_kiosk_sync(config, data, log) == 0);
  INFO(log);
  CHECK_THAT(log, Catch::Contains("applied sequence " + std::to_string(f.manifest.sequence)));
  size_t first_run = served.nginx->access_log().size();
  CHECK(first_run == 4);  // manifest.json, manifest.sig, the content document, one image blob

  REQUIRE(run_kiosk_sync(config, data, log) == 0);
  CHECK_THAT(log, Catch::Contains("up to date"));
  auto entries = served.nginx->access_log();
  REQUIRE(entries.size() == first_run + 1);
  const auto& poll = entries.back();
  CHECK(poll.request == "GET /feed/manifest.json HTTP/1.1");
  CHECK(poll.status == 304);
  CHECK(poll.bytes_sent + poll.request_length <= 2048);
  WARN("unchanged poll: request " << poll.request_length << " bytes, response " << poll.bytes_sent << " bytes");
  CHECK_THAT(poll.user_agent, Catch::StartsWith("deventer-kiosk-sync/") &&
                                  Catch::Contains("kiosk=test-kiosk; sequence=" + std::to_string(f.manifest.sequence)));
  CHECK_THAT(entries.front().user_agent, Catch::Contains("sequence=-1"));  // nothing applied yet then

  std::string status;
  {
    ChildProcess p({kiosk_sync_binary, "status", "--config", config.string(), "--data", data.string()});
    p.wait();
  }
  auto s = feed::read_status(data);
  CHECK(s.result == "up-to-date");
  CHECK(s.applied_sequence == int64_t(f.manifest.sequence));
  CHECK_FALSE(s.validators.etag.empty());
}

TEST_CASE("kiosk-sync retries a failing server with back-off, then reports the failure and exits 3") {
  BuiltFeed f;
  ServedFeed served(f.dir.path);
  KioskData kiosk;
  fs::path config = write_sync_config(kiosk.path(), served.nginx->url("fail500/feed/"), f.trusted[0], 2);
  std::string log;
  CHECK(run_kiosk_sync(config, kiosk.path() / "data", log) == 3);
  INFO(log);
  CHECK(served.nginx->access_log().size() == 3);  // the first attempt and two retries
  CHECK_THAT(log, Catch::Contains("trying again in"));
  CHECK_THAT(log, Catch::Contains("failed, the current content stays"));
  auto s = feed::read_status(kiosk.path() / "data");
  CHECK(s.result == "failed");
  CHECK_THAT(s.error, Catch::Contains("HTTP 500"));
  CHECK(s.consecutive_failures == 1);
}
