// Verifying a feed folder: a good feed passes; every kind of damage is rejected with its reason.
#include "content/folder.hpp"
#include "sync/feed_fixture.hpp"
#include "sync/verify.hpp"

namespace {

feed::Error rejected(const BuiltFeed& f, std::span<const feed::PublicKey> trusted) {
  auto v = feed::verify_feed_dir(f.out, trusted);
  REQUIRE_FALSE(v);
  return v.error();
}
feed::Error rejected(const BuiltFeed& f) {
  return rejected(f, f.trusted);
}

}  // namespace

TEST_CASE("the default content builds into a feed that verifies") {
  TempDir dir;
  auto key = feed::SecretKey::generate();
  feed::BuildOptions o;
  o.now_unix_s = 1'700'000'000;
  auto built = feed::build_feed(KIOSK_SOURCE_CONTENT_DIR, dir / "feed", key, o);
  INFO((built ? "" : built.error().message));
  REQUIRE(built);
  std::vector<feed::PublicKey> trusted{feed::public_key_of(key)};
  auto v = feed::verify_feed_dir(dir / "feed", trusted);
  INFO((v ? "" : v.error().message));
  REQUIRE(v);
  CHECK(v->signed_manifest.manifest == built->manifest);
  CHECK(v->signed_manifest.key_id == trusted[0].key_id);
  CHECK(v->content.organisations.size() == 34);
  CHECK(v->content == content::load_folder(KIOSK_SOURCE_CONTENT_DIR).content);
}

TEST_CASE("a feed with images verifies, and shared image bytes are stored once") {
  BuiltFeed f;
  REQUIRE(f.manifest.images.size() == 2);
  CHECK(f.manifest.images[0].blob == f.manifest.images[1].blob);
  size_t files = 0;
  for ([[maybe_unused]] auto& e : fs::directory_iterator(f.out / "blobs")) ++files;
  CHECK(files == 2);
  auto v = feed::verify_feed_dir(f.out, f.trusted);
  INFO((v ? "" : v.error().message));
  REQUIRE(v);
  CHECK(v->content.organisations[0].image == "images/logo.png");
}

TEST_CASE("a manifest changed by one byte after signing is rejected as a bad signature") {
  BuiltFeed f;
  std::string m = slurp(f.out / "manifest.json");
  auto pos = m.find("\"sequence\": ") + 12;
  m[pos] = m[pos] == '9' ? '8' : '9';
  spit(f.out / "manifest.json", m);
  auto e = rejected(f);
  CHECK(e.code == feed::ErrorCode::bad_signature);
  CHECK_THAT(e.message, Catch::Contains("does not match manifest.json"));
}

TEST_CASE("a signature by another key under a trusted key id is rejected as a bad signature") {
  BuiltFeed f;
  auto other = feed::SecretKey::generate();
  std::string sig = feed::sign_manifest(other, slurp(f.out / "manifest.json"));
  auto j = nlohmann::json::parse(sig);
  j["key_id"] = f.trusted[0].key_id;  // claims to be the trusted key
  spit(f.out / "manifest.sig", j.dump());
  auto e = rejected(f);
  CHECK(e.code == feed::ErrorCode::bad_signature);
  CHECK_THAT(e.message, Catch::Contains(f.trusted[0].key_id));
}

TEST_CASE("a feed signed by a key that is not trusted is rejected as an unknown key") {
  BuiltFeed f;
  std::vector<feed::PublicKey> others{feed::public_key_of(feed::SecretKey::generate()),
                                      feed::public_key_of(feed::SecretKey::generate())};
  auto e = rejected(f, others);
  CHECK(e.code == feed::ErrorCode::unknown_key);
  CHECK_THAT(e.message, Catch::Contains("signed with key " + f.trusted[0].key_id) &&
                            Catch::Contains("not among the 2 trusted keys"));
  others.push_back(f.trusted[0]);  // rotation: the old key joins the list
  CHECK(feed::verify_feed_dir(f.out, others));
}

TEST_CASE("a missing or malformed signature file is rejected") {
  BuiltFeed f;
  fs::remove(f.out / "manifest.sig");
  CHECK(rejected(f).code == feed::ErrorCode::missing);
  spit(f.out / "manifest.sig", "{\"format\": 1}");
  CHECK_THAT(rejected(f).message, Catch::Contains("manifest.sig:"));
  spit(f.out / "manifest.sig", std::string(feed::max_signature_bytes + 1, ' '));
  CHECK(rejected(f).code == feed::ErrorCode::too_large);
}

TEST_CASE("a missing blob is rejected, naming the blob") {
  BuiltFeed f;
  fs::remove(f.blob(f.manifest.images[0].blob));
  auto e = rejected(f);
  CHECK(e.code == feed::ErrorCode::missing);
  CHECK_THAT(e.message, Catch::Contains(f.manifest.images[0].blob.sha256));
}

TEST_CASE("a blob with the right size but a wrong hash is rejected") {
  BuiltFeed f;
  fs::path p = f.blob(f.manifest.content);
  std::string bytes = slurp(p);
  bytes[bytes.size() / 2] ^= 0x20;
  spit(p, bytes);
  auto e = rejected(f);
  CHECK(e.code == feed::ErrorCode::corrupt);
  CHECK_THAT(e.message, Catch::Contains("its SHA-256 is"));
}

TEST_CASE("a truncated blob is rejected as truncated") {
  BuiltFeed f;
  fs::path p = f.blob(f.manifest.images[0].blob);
  fs::resize_file(p, fs::file_size(p) - 10);
  auto e = rejected(f);
  CHECK(e.code == feed::ErrorCode::corrupt);
  CHECK_THAT(e.message, Catch::Contains("truncated"));
}

TEST_CASE("a signed manifest that is not valid JSON is rejected as a parse error") {
  BuiltFeed f;
  f.resign("{\"format\": 1, \"feed\": \"x\",");
  auto e = rejected(f);
  CHECK(e.code == feed::ErrorCode::parse);
  CHECK_THAT(e.message, Catch::Contains("manifest.json: not valid JSON"));
}

TEST_CASE("an oversize manifest is rejected before its signature is checked") {
  BuiltFeed f;
  std::string m = slurp(f.out / "manifest.json");
  f.resign(m + std::string(feed::max_manifest_bytes, ' '));
  auto e = rejected(f);
  CHECK(e.code == feed::ErrorCode::too_large);
  CHECK_THAT(e.message, Catch::Contains("manifest.json") && Catch::Contains("limit of 1048576 bytes"));
}

TEST_CASE("a signed feed whose content document fails validation is rejected with every error") {
  BuiltFeed f;
  auto doc = nlohmann::json::parse(slurp(f.blob(f.manifest.content)));
  doc["events"][0]["place"] = "atlantis";
  doc["places"][0]["lat"] = 95;
  std::string bytes = doc.dump();
  auto sha = feed::to_hex(feed::sha256(feed::as_bytes(bytes)));
  spit(f.out / "blobs" / sha, bytes);
  feed::Manifest m = f.manifest;
  m.content = {sha, bytes.size()};
  f.resign(feed::serialize_manifest(m));
  auto e = rejected(f);
  CHECK(e.code == feed::ErrorCode::content);
  CHECK_THAT(e.message, Catch::Contains("2 errors") && Catch::Contains("atlantis") && Catch::Contains("/lat"));
}

TEST_CASE("a feed whose content uses an image the manifest does not list is rejected") {
  BuiltFeed f;
  feed::Manifest m = f.manifest;
  m.images.erase(m.images.begin());  // images/logo.png
  f.resign(feed::serialize_manifest(m));
  auto e = rejected(f);
  CHECK(e.code == feed::ErrorCode::content);
  CHECK_THAT(e.message, Catch::Contains("images/logo.png") && Catch::Contains("not listed in manifest.json"));
}
