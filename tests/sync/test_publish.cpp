// Publishing: blobs before the manifest, nothing published when a copy fails, no rollback.
#include "sync/feed_fixture.hpp"
#include "sync/publish.hpp"
#include "sync/verify.hpp"

TEST_CASE("publish copies every blob before manifest.sig, and manifest.json last") {
  BuiltFeed f;
  TempDir dest;
  std::vector<std::string> order;
  auto r = feed::publish_feed(f.out, dest.path, [&](const feed::ProgressEvent& e) {
    order.push_back(std::string(e.phase) + " " + std::string(e.name));
    if (e.phase == "copying") CHECK_FALSE(fs::exists(dest / "manifest.json"));
    if (e.name == "manifest.sig") CHECK_FALSE(fs::exists(dest / "manifest.json"));
  });
  INFO((r ? "" : r.error().message));
  REQUIRE(r);
  REQUIRE(order.size() == 4);  // content document, one image blob, signature, manifest
  CHECK(order[0].rfind("copying", 0) == 0);
  CHECK(order[1].rfind("copying", 0) == 0);
  CHECK(order[2] == "writing manifest.sig");
  CHECK(order[3] == "writing manifest.json");
  CHECK(r->blobs_copied == 2);
  CHECK(feed::verify_feed_dir(dest.path, f.trusted));
  for (auto& e : fs::directory_iterator(dest / "blobs")) CHECK(e.path().extension() != ".tmp");
}

TEST_CASE("a copy that fails midway publishes nothing: no manifest, no partial blob") {
  BuiltFeed f;
  TempDir dest;
  // The image blob in OUT is damaged after the build: the copy of the first blob succeeds, the
  // second fails its hash check.
  fs::path damaged = f.blob(f.manifest.images[0].blob);
  fs::resize_file(damaged, fs::file_size(damaged) - 5);
  auto r = feed::publish_feed(f.out, dest.path);
  REQUIRE_FALSE(r);
  CHECK(r.error().code == feed::ErrorCode::corrupt);
  CHECK_THAT(r.error().message, Catch::Contains("nothing was published"));
  CHECK_FALSE(fs::exists(dest / "manifest.json"));
  CHECK_FALSE(fs::exists(dest / "manifest.sig"));
  CHECK(fs::exists(dest / "blobs" / f.manifest.content.sha256));
  size_t files = 0;
  for ([[maybe_unused]] auto& e : fs::directory_iterator(dest / "blobs")) ++files;
  CHECK(files == 1);  // neither the damaged blob nor its temporary file
}

TEST_CASE("a failed publish over an older feed leaves the older feed intact and valid") {
  BuiltFeed f;
  TempDir dest;
  REQUIRE(feed::publish_feed(f.out, dest.path));
  std::string old_manifest = slurp(dest / "manifest.json");
  spit(f.content.path() / "images/logo.png", slurp(f.content.path() / "images/logo.png") + "extra");
  f.rebuild(1'700'000'500);
  fs::resize_file(f.blob(f.manifest.images[0].blob), 3);
  REQUIRE_FALSE(feed::publish_feed(f.out, dest.path));
  CHECK(slurp(dest / "manifest.json") == old_manifest);
  CHECK(feed::verify_feed_dir(dest.path, f.trusted));
}

TEST_CASE("publish never replaces a feed with a higher sequence or the same sequence with other bytes") {
  BuiltFeed older(1'700'000'000);
  BuiltFeed newer(1'800'000'000);
  TempDir dest;
  REQUIRE(feed::publish_feed(newer.out, dest.path));
  auto r = feed::publish_feed(older.out, dest.path);
  REQUIRE_FALSE(r);
  CHECK(r.error().code == feed::ErrorCode::rollback);
  CHECK_THAT(r.error().message, Catch::Contains("already has sequence 1800000000"));

  BuiltFeed same(1'800'000'000);  // another editor, same second, other bytes
  feed::Manifest m = same.manifest;
  m.created = feed::iso8601_utc(1'800'000'001);
  same.resign(feed::serialize_manifest(m));
  r = feed::publish_feed(same.out, dest.path);
  REQUIRE_FALSE(r);
  CHECK_THAT(r.error().message, Catch::Contains("with other bytes"));
  CHECK(feed::verify_feed_dir(dest.path, newer.trusted));
}

TEST_CASE("publishing the same feed again changes nothing") {
  BuiltFeed f;
  TempDir dest;
  REQUIRE(feed::publish_feed(f.out, dest.path));
  auto again = feed::publish_feed(f.out, dest.path);
  REQUIRE(again);
  CHECK(again->already_published);
  CHECK(again->blobs_copied == 0);
}

TEST_CASE("publish to a folder that does not exist says so") {
  BuiltFeed f;
  TempDir dir;
  auto r = feed::publish_feed(f.out, dir / "no-stick-mounted");
  REQUIRE_FALSE(r);
  CHECK_THAT(r.error().message, Catch::Contains("not a folder"));
}
