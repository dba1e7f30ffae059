// Unsigned builds and signing later: `build --unsigned` leaves no signature (and removes a stale
// one), publish refuses such a feed, sign_feed checks everything before it writes manifest.sig,
// and a feed signed again with a new key reaches a destination as a new manifest.sig only.
#include "sync/feed_fixture.hpp"
#include "sync/publish.hpp"
#include "sync/verify.hpp"

namespace {

// A feed built from ContentWithImages without a signature.
struct UnsignedFeed {
  ContentWithImages content;
  TempDir dir;
  fs::path out = dir / "feed";
  feed::Manifest manifest;
  feed::BuildReport report;

  UnsignedFeed() {
    feed::BuildOptions o;
    o.now_unix_s = 1'700'000'000;
    auto r = feed::build_unsigned_feed(content.path(), out, o);
    INFO((r ? "" : r.error().message));
    REQUIRE(r);
    report = *r;
    manifest = r->manifest;
  }
  fs::path blob(const feed::BlobRef& b) const { return out / "blobs" / b.sha256; }
};

size_t files_in(const fs::path& dir) {
  size_t n = 0;
  for ([[maybe_unused]] auto& e : fs::recursive_directory_iterator(dir)) ++n;
  return n;
}

}  // namespace

TEST_CASE("an unsigned build writes the blobs and manifest.json but no manifest.sig") {
  UnsignedFeed f;
  CHECK(fs::exists(f.out / "manifest.json"));
  CHECK_FALSE(fs::exists(f.out / "manifest.sig"));
  CHECK(f.report.key_id.empty());
  for (const auto& b : feed::blobs_of(f.manifest)) CHECK(feed::check_blob_file(f.blob(b), b));
  auto key = feed::SecretKey::generate();
  std::vector<feed::PublicKey> trusted{feed::public_key_of(key)};
  auto v = feed::verify_feed_dir(f.out, trusted);
  REQUIRE_FALSE(v);
  CHECK(v.error().code == feed::ErrorCode::missing);
}

TEST_CASE("an unsigned build over a signed feed removes the old signature, which would not match") {
  BuiltFeed f;
  REQUIRE(fs::exists(f.out / "manifest.sig"));
  feed::BuildOptions o;
  o.now_unix_s = 1'700'000'100;
  auto r = feed::build_unsigned_feed(f.content.path(), f.out, o);
  REQUIRE(r);
  CHECK(r->manifest.sequence == 1'700'000'100);
  CHECK_FALSE(fs::exists(f.out / "manifest.sig"));
}

TEST_CASE("publish refuses an unsigned feed and writes nothing to the destination") {
  UnsignedFeed f;
  TempDir dest;
  auto r = feed::publish_feed(f.out, dest.path);
  REQUIRE_FALSE(r);
  CHECK(r.error().code == feed::ErrorCode::invalid);
  CHECK_THAT(r.error().message, Catch::Contains("is not signed") &&
                                    Catch::Contains("kiosk-feed sign " + f.out.string() + " --key SECRET"));
  CHECK(files_in(dest.path) == 0);
}

TEST_CASE("signing an unsigned feed makes it verify, without changing manifest.json") {
  UnsignedFeed f;
  std::string manifest_before = slurp(f.out / "manifest.json");
  auto key = feed::SecretKey::generate();
  std::vector<std::string> events;
  auto r = feed::sign_feed(f.out, key, [&](const feed::ProgressEvent& e) {
    events.push_back(std::string(e.phase));
    CHECK_FALSE(fs::exists(f.out / "manifest.sig"));  // blobs are checked before anything is written
  });
  INFO((r ? "" : r.error().message));
  REQUIRE(r);
  CHECK(r->key_id == feed::public_key_of(key).key_id);
  CHECK(r->blobs_checked == 2);  // the content document and one image blob shared by two paths
  CHECK(r->bytes_checked == f.manifest.content.size + f.manifest.images[0].blob.size);
  CHECK(events == std::vector<std::string>{"checking", "checking"});
  CHECK_FALSE(r->replaced);
  CHECK_FALSE(r->unchanged);
  CHECK(slurp(f.out / "manifest.json") == manifest_before);
  std::vector<feed::PublicKey> trusted{feed::public_key_of(key)};
  auto v = feed::verify_feed_dir(f.out, trusted);
  INFO((v ? "" : v.error().message));
  CHECK(v);
  for (auto& e : fs::directory_iterator(f.out)) CHECK(e.path().extension() != ".tmp");

  auto again = feed::sign_feed(f.out, key);
  REQUIRE(again);
  CHECK(again->unchanged);  // Ed25519 is deterministic: the same key gives the same signature
}

TEST_CASE("sign refuses a feed with a missing or damaged blob and writes no signature") {
  UnsignedFeed f;
  auto key = feed::SecretKey::generate();
  fs::path image = f.blob(f.manifest.images[0].blob);
  std::string bytes = slurp(image);

  fs::remove(image);
  auto r = feed::sign_feed(f.out, key);
  REQUIRE_FALSE(r);
  CHECK(r.error().code == feed::ErrorCode::missing);
  CHECK_THAT(r.error().message, Catch::Contains("nothing was signed"));

  spit(image, bytes.substr(0, bytes.size() - 3));
  r = feed::sign_feed(f.out, key);
  REQUIRE_FALSE(r);
  CHECK(r.error().code == feed::ErrorCode::corrupt);
  CHECK_THAT(r.error().message, Catch::Contains("truncated"));

  bytes[bytes.size() - 1] ^= 1;
  spit(image, bytes);
  r = feed::sign_feed(f.out, key);
  REQUIRE_FALSE(r);
  CHECK(r.error().code == feed::ErrorCode::corrupt);
  CHECK_FALSE(fs::exists(f.out / "manifest.sig"));
}

TEST_CASE("sign refuses a folder without a manifest, and a manifest that does not parse") {
  TempDir empty;
  auto key = feed::SecretKey::generate();
  auto r = feed::sign_feed(empty.path, key);
  REQUIRE_FALSE(r);
  CHECK(r.error().code == feed::ErrorCode::missing);
  CHECK_THAT(r.error().message, Catch::Contains("is this a feed folder"));

  UnsignedFeed f;
  spit(f.out / "manifest.json", slurp(f.out / "manifest.json") + "{}");
  r = feed::sign_feed(f.out, key);
  REQUIRE_FALSE(r);
  CHECK(r.error().code == feed::ErrorCode::parse);
  CHECK_FALSE(fs::exists(f.out / "manifest.sig"));
}

TEST_CASE("sign refuses a feed whose content document fails validation") {
  UnsignedFeed f;
  // A well-formed manifest whose (intact) content document is not valid content.
  std::string doc = R"({"format": 1})";
  feed::Manifest m = f.manifest;
  m.content = feed::BlobRef{feed::to_hex(feed::sha256(feed::as_bytes(doc))), doc.size()};
  spit(f.blob(m.content), doc);
  spit(f.out / "manifest.json", feed::serialize_manifest(m));
  auto r = feed::sign_feed(f.out, feed::SecretKey::generate());
  REQUIRE_FALSE(r);
  CHECK(r.error().code == feed::ErrorCode::content);
  CHECK_THAT(r.error().message, Catch::Contains("nothing was signed"));
  CHECK_FALSE(fs::exists(f.out / "manifest.sig"));
}

TEST_CASE("a feed signed again with a new key reaches a destination as a new manifest.sig only") {
  BuiltFeed f;
  TempDir dest;
  REQUIRE(feed::publish_feed(f.out, dest.path));
  std::string published_manifest = slurp(dest / "manifest.json");

  auto new_key = feed::SecretKey::generate();
  auto s = feed::sign_feed(f.out, new_key);
  REQUIRE(s);
  CHECK(s->replaced);
  CHECK(slurp(f.out / "manifest.json") == published_manifest);

  std::vector<std::string> written;
  auto p = feed::publish_feed(f.out, dest.path, [&](const feed::ProgressEvent& e) {
    if (e.phase == "writing") written.push_back(std::string(e.name));
  });
  REQUIRE(p);
  CHECK(p->already_published);
  CHECK(p->signature_replaced);
  CHECK(p->blobs_copied == 0);
  CHECK(written == std::vector<std::string>{"manifest.sig"});
  CHECK(slurp(dest / "manifest.json") == published_manifest);
  CHECK(slurp(dest / "manifest.sig") == slurp(f.out / "manifest.sig"));

  std::vector<feed::PublicKey> new_trusted{feed::public_key_of(new_key)};
  CHECK(feed::verify_feed_dir(dest.path, new_trusted));
  auto old = feed::verify_feed_dir(dest.path, f.trusted);
  REQUIRE_FALSE(old);
  CHECK(old.error().code == feed::ErrorCode::unknown_key);

  auto again = feed::publish_feed(f.out, dest.path);
  REQUIRE(again);
  CHECK(again->already_published);
  CHECK_FALSE(again->signature_replaced);
}

TEST_CASE("build and publish count each blob once, with its bytes, as written or kept") {
  UnsignedFeed f;
  uint64_t doc = f.manifest.content.size, image = f.manifest.images[0].blob.size;
  REQUIRE(f.manifest.images.size() == 2);  // two paths, one blob
  CHECK(f.report.blobs_written == 2);
  CHECK(f.report.bytes_written == doc + image);
  CHECK(f.report.blobs_kept == 0);
  CHECK(f.report.bytes_kept == 0);

  feed::BuildOptions o;
  o.now_unix_s = 1'700'000'100;
  auto key = feed::SecretKey::generate();
  auto again = feed::build_feed(f.content.path(), f.out, key, o);
  REQUIRE(again);
  CHECK(again->blobs_written == 0);
  CHECK(again->blobs_kept == 2);
  CHECK(again->bytes_kept == doc + image);
  CHECK(again->key_id == feed::public_key_of(key).key_id);

  TempDir dest;
  fs::create_directories(dest / "blobs");
  fs::copy_file(f.blob(f.manifest.content), dest / "blobs" / f.manifest.content.sha256);
  auto p = feed::publish_feed(f.out, dest.path);
  REQUIRE(p);
  CHECK(p->blobs_copied == 1);
  CHECK(p->bytes_copied == image);
  CHECK(p->blobs_kept == 1);
  CHECK(p->bytes_kept == doc);
}
