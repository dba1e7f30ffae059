// manifest.json: canonical form, and strict parsing of everything a feed server could send.
#include "sync/feed_fixture.hpp"
#include "sync/manifest.hpp"

namespace {

feed::Manifest sample() {
  feed::Manifest m;
  m.feed_id = "deventer-internationaal";
  m.sequence = 1'700'000'000;
  m.created = feed::iso8601_utc(1'700'000'000);
  m.content = {std::string(64, 'a'), 1234};
  m.images = {{"images/a.png", {std::string(64, 'b'), 75}}, {"images/b.png", {std::string(64, 'c'), 80}}};
  return m;
}

// Parses sample() with one JSON pointer replaced (or removed, with a null value).
feed::Result<feed::Manifest> parse_with(const std::string& pointer, const nlohmann::json& value) {
  auto j = nlohmann::json::parse(feed::serialize_manifest(sample()));
  nlohmann::json::json_pointer p(pointer);
  if (value.is_null())
    j[p.parent_pointer()].erase(p.back());
  else
    j[p] = value;
  return feed::parse_manifest(j.dump());
}

void check_rejected(const std::string& pointer, const nlohmann::json& value, const std::string& why) {
  auto m = parse_with(pointer, value);
  INFO(pointer << " = " << value.dump());
  REQUIRE_FALSE(m);
  CHECK_THAT(m.error().message, Catch::Contains(why));
}

}  // namespace

TEST_CASE("a manifest survives serialise and parse unchanged") {
  auto bytes = feed::serialize_manifest(sample());
  auto m = feed::parse_manifest(bytes);
  REQUIRE(m);
  CHECK(*m == sample());
  CHECK(feed::serialize_manifest(*m) == bytes);
  CHECK(bytes.find("\"format\": 1") < bytes.find("\"feed\""));  // fixed key order
  CHECK(feed::iso8601_utc(1'700'000'000) == "2023-11-14T22:13:20Z");
}

TEST_CASE("malformed manifest JSON is rejected as a parse error") {
  auto m = feed::parse_manifest("{\"format\": 1, \"feed\": ");
  REQUIRE_FALSE(m);
  CHECK(m.error().code == feed::ErrorCode::parse);
  CHECK_THAT(m.error().message, Catch::Contains("manifest.json: not valid JSON"));
  CHECK(feed::parse_manifest("[1, 2]").error().code == feed::ErrorCode::invalid);
}

TEST_CASE("an oversize manifest is rejected before it is parsed") {
  std::string big = feed::serialize_manifest(sample());
  big.insert(1, std::string(feed::max_manifest_bytes, ' '));
  auto m = feed::parse_manifest(big);
  REQUIRE_FALSE(m);
  CHECK(m.error().code == feed::ErrorCode::too_large);
  CHECK_THAT(m.error().message, Catch::Contains("over the limit"));
}

TEST_CASE("every manifest field is checked, with the field named in the error") {
  check_rejected("/format", 2, "/format: format 2 is not supported");
  check_rejected("/feed", "Deventer!", "/feed:");
  check_rejected("/sequence", 0, "/sequence:");
  check_rejected("/sequence", -5, "/sequence: expected a whole number");
  check_rejected("/sequence", 1.5, "/sequence: expected a whole number");
  check_rejected("/created", "yesterday", "/created:");
  check_rejected("/content/sha256", std::string(64, 'A'), "/content/sha256");
  check_rejected("/content/sha256", std::string(63, 'a'), "/content/sha256");
  check_rejected("/content/size", feed::max_content_document_bytes + 1, "/content/size");
  check_rejected("/images/0/size", feed::max_image_blob_bytes + 1, "/images/0/size");
  check_rejected("/images/0/path", "../../etc/passwd", "/images/0/path");
  check_rejected("/images/0/path", "/etc/passwd", "/images/0/path");
  check_rejected("/images/0/path", "images/.hidden.png", "/images/0/path");
  check_rejected("/images/1/path", "images/a.png", "duplicate or out of order");
  check_rejected("/extra", "x", "/extra: unknown field");
  check_rejected("/content/extra", 1, "/content/extra: unknown field");
  check_rejected("/images", nullptr, "/images: missing");
  check_rejected("/images", "none", "/images: expected an array");
}

TEST_CASE("a manifest may list at most max_images images") {
  auto m = sample();
  m.images.clear();
  for (size_t i = 0; i <= feed::max_images; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "images/%06zu.png", i);
    m.images.push_back({name, {std::string(64, 'b'), 10}});
  }
  auto parsed = feed::parse_manifest(feed::serialize_manifest(m));
  REQUIRE_FALSE(parsed);
  CHECK_THAT(parsed.error().message, Catch::Contains("at most"));
}

TEST_CASE("blobs_of lists the content document and each distinct image blob once") {
  auto m = sample();
  m.images[1].blob = m.images[0].blob;
  auto blobs = feed::blobs_of(m);
  REQUIRE(blobs.size() == 2);
  CHECK(blobs[0] == m.content);
  CHECK(blobs[1] == m.images[0].blob);
}
