// First start: the bundled content is validated and applied once, then loaded as a snapshot.
#include <catch2/catch.hpp>

#include "content/store.hpp"
#include "content_fixture.hpp"
#include "kiosk/logic/content_setup.hpp"

TEST_CASE("an empty data directory gets the bundled content as sequence 0") {
  TempDir data;
  ContentFolderCopy bundled;
  auto snap = kiosk::open_content(data / "state", bundled.path());
  REQUIRE(snap);
  CHECK((*snap)->state().sequence == 0);
  CHECK((*snap)->state().feed_id == "bundled");
  CHECK((*snap)->content().places.size() == 3);
}

TEST_CASE("content already in the data directory is kept, not replaced by the bundled content") {
  TempDir data;
  ContentFolderCopy bundled;
  REQUIRE(kiosk::open_content(data.path, bundled.path()));
  {
    auto store = content::Store::open(data / kiosk::database_file_name);
    auto snap = kiosk::open_content(data.path, bundled.path());
    auto c = (*snap)->content();
    c.places[1].name.nl = "Sibiu uit een feed";
    REQUIRE(store->apply(c, {1234, "feed", "", ""}));
  }
  auto snap = kiosk::open_content(data.path, bundled.path());
  REQUIRE(snap);
  CHECK((*snap)->state().sequence == 1234);
  CHECK((*snap)->content().places[1].name.nl == "Sibiu uit een feed");
}

TEST_CASE("invalid bundled content is refused with file, field and reason, and nothing is applied") {
  TempDir data;
  ContentFolderCopy bundled;
  bundled.edit("places.json", "/places/1/lat", 123);
  auto snap = kiosk::open_content(data.path, bundled.path());
  REQUIRE_FALSE(snap);
  CHECK_THAT(snap.error().message, Catch::Contains("places.json: /places/1/lat: 123 is not a latitude"));
  auto store = content::Store::open(data / kiosk::database_file_name);
  CHECK(store->state()->sequence == -1);
}

TEST_CASE("a data directory that cannot be created is reported") {
  TempDir data;
  std::ofstream(data / "file") << "x";
  ContentFolderCopy bundled;
  auto snap = kiosk::open_content(data / "file" / "sub", bundled.path());
  REQUIRE_FALSE(snap);
  CHECK_THAT(snap.error().message, Catch::Contains("cannot create the data directory"));
}

TEST_CASE("a feed's images are found as blobs in the data folder, the bundled content's in its folder") {
  content::Content c;
  content::Snapshot bundled(c, {0, "bundled", "", ""});
  CHECK(kiosk::image_file(bundled, "/data", "/bundled", "images/logo.png") == "/bundled/images/logo.png");
  CHECK(kiosk::image_file(bundled, "/data", "/bundled", "../etc/passwd").empty());

  std::string sha(64, 'a');
  content::Snapshot from_feed(c, {5, "feed", "", ""}, {{"images/logo.png", sha, 10}});
  CHECK(kiosk::image_file(from_feed, "/data", "/bundled", "images/logo.png") == "/data/blobs/" + sha);
  // A path the feed does not list falls back to the folder (the validator never lets that happen).
  CHECK(kiosk::image_file(from_feed, "/data", "/bundled", "images/other.png") == "/bundled/images/other.png");
}
