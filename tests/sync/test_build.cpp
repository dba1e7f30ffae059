// Building a feed: invalid content is refused with every error; sequences never go backwards.
#include "sync/feed_fixture.hpp"
#include "sync/verify.hpp"

TEST_CASE("build refuses invalid content, lists every error and writes nothing") {
  TempDir dir;
  auto key = feed::SecretKey::generate();
  feed::BuildOptions o;
  o.now_unix_s = 1'700'000'000;
  auto r = feed::build_feed(fixtures_dir / "content/broken", dir / "feed", key, o);
  REQUIRE_FALSE(r);
  CHECK(r.error().code == feed::ErrorCode::content);
  CHECK_THAT(r.error().message, Catch::Contains("2 errors") &&
                                    Catch::Contains("places.json: /places/1/lat: 95 is not a latitude") &&
                                    Catch::Contains("events.json: /events/0/place: unknown place \"atlantis\""));
  CHECK_FALSE(fs::exists(dir / "feed"));
}

TEST_CASE("the sequence is the build time, but always above the previous one") {
  CHECK(feed::next_sequence(1000, std::nullopt) == 1000);
  CHECK(feed::next_sequence(1000, 999) == 1000);
  CHECK(feed::next_sequence(1000, 1000) == 1001);
  CHECK(feed::next_sequence(500, 1000) == 1001);  // this PC's clock is behind another editor's
}

TEST_CASE("building again never lowers the sequence, even with the clock set back") {
  BuiltFeed f(2'000'000'000);
  CHECK(f.manifest.sequence == 2'000'000'000);
  f.rebuild(1'500'000'000);
  CHECK(f.manifest.sequence == 2'000'000'001);
  f.rebuild(1'500'000'000);
  CHECK(f.manifest.sequence == 2'000'000'002);
  f.rebuild(2'100'000'000);
  CHECK(f.manifest.sequence == 2'100'000'000);
  CHECK(feed::verify_feed_dir(f.out, f.trusted));
}

TEST_CASE("an unreadable manifest in the output folder stops the build") {
  BuiltFeed f;
  spit(f.out / "manifest.json", "not json");
  feed::BuildOptions o;
  o.now_unix_s = 1'800'000'000;
  auto r = feed::build_feed(f.content.path(), f.out, f.key, o);
  REQUIRE_FALSE(r);
  CHECK_THAT(r.error().message, Catch::Contains("exists but cannot be read"));
}

TEST_CASE("unchanged content builds to the same blobs, and a changed image adds a blob") {
  BuiltFeed f;
  auto first = f.manifest;
  f.rebuild(1'700'000'100);
  CHECK(f.manifest.content == first.content);
  CHECK(f.manifest.images == first.images);
  std::string png = slurp(f.content.path() / "images/logo.png");
  png += std::string(16, '\0');  // trailing bytes: still a valid PNG, other bytes
  spit(f.content.path() / "images/logo.png", png);
  f.rebuild(1'700'000'200);
  CHECK(f.manifest.images[0].blob != first.images[0].blob);
  CHECK(fs::exists(f.blob(first.images[0].blob)));  // old blobs stay for kiosks still on the old feed
  CHECK(feed::verify_feed_dir(f.out, f.trusted));
}
