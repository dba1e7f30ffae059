// Blob names are SHA-256 hashes and nothing else: a manifest naming a blob "../x", "/etc/...",
// in capitals, too short, not hex or with a NUL is refused with the field and the reason, even
// when it is signed by a trusted key (a compromised or buggy editor's PC), and the client writes
// nothing anywhere: a blob's name becomes a path (partial/<name>, blobs/<name>) only after this.
#include <set>

#include "sync/client_fixture.hpp"

namespace {

struct BadName {
  const char* what;
  std::string name;
};

std::vector<BadName> bad_names() {
  std::string up;
  for (int i = 0; i < 21; ++i) up += "../";
  return {
      {"parent folders", up + "x"},                                      // 64 characters
      {"parent folders, then a hash", "../../" + std::string(58, 'a')},  // 64 characters
      {"an absolute path", "/" + std::string(63, 'a')},
      {"a sub-folder", std::string(31, 'a') + "/" + std::string(32, 'a')},
      {"capitals", std::string(64, 'A')},
      {"too short", std::string(63, 'a')},
      {"too long", std::string(65, 'a')},
      {"empty", ""},
      {"not hex", std::string(64, 'g')},
      {"a NUL", std::string(32, 'a') + std::string(1, '\0') + std::string(31, 'a')},
  };
}

// Every file and folder under `dir`, relative to it (but SQLite's own -wal and -shm files).
std::set<std::string> tree(const fs::path& dir) {
  std::set<std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    std::string name = fs::relative(e.path(), dir).string();
    if (!name.ends_with("-wal") && !name.ends_with("-shm")) out.insert(name);
  }
  return out;
}

}  // namespace

TEST_CASE("manifest blob names that are not 64 lowercase hex digits are refused with the field named") {
  for (const auto& [what, name] : bad_names()) {
    INFO(what);
    feed::Manifest m;
    m.feed_id = "deventer";
    m.sequence = 1'700'000'000;
    m.created = feed::iso8601_utc(1'700'000'000);
    m.content = {std::string(64, 'a'), 10};
    m.images = {{"images/a.png", {name, 10}}};
    // Through the parser, as the bytes arrive (the JSON escapes the NUL as \u0000).
    std::string bytes = feed::serialize_manifest(m);
    auto parsed = feed::parse_manifest(bytes);
    REQUIRE_FALSE(parsed);
    CHECK(parsed.error().code == feed::ErrorCode::invalid);
    CHECK_THAT(parsed.error().message, Catch::Contains("manifest.json: /images/0/sha256: ") &&
                                           Catch::Contains(" is not 64 lowercase hex digits"));
    CHECK(parsed.error().message.find('\0') == std::string::npos);  // a NUL would cut the log line
    // And as the content document's name.
    std::swap(m.content.sha256, m.images[0].blob.sha256);
    auto content = feed::parse_manifest(feed::serialize_manifest(m));
    REQUIRE_FALSE(content);
    CHECK_THAT(content.error().message, Catch::Contains("manifest.json: /content/sha256: "));
  }
  auto nul = feed::check_manifest({.feed_id = "deventer", .sequence = 1, .created = feed::iso8601_utc(1),
                                   .content = {std::string(32, 'a') + std::string(1, '\0') + std::string(31, 'a'), 1},
                                   .images = {}});
  REQUIRE_FALSE(nul);
  CHECK_THAT(nul.error().message, Catch::Contains("\\u0000"));
}

TEST_CASE("a signed feed naming a blob outside the blob folder is refused; nothing is written, the old content stays") {
  KioskWithOldContent k([](const BuiltFeed& f) { return "file://" + f.out.string(); });
  const fs::path data = k.kiosk.path();
  const auto before = tree(data);
  for (const auto& [what, name] : bad_names()) {
    for (bool image : {false, true}) {
      INFO(what << (image ? " (an image)" : " (the content document)"));
      // Serialised without the checks, as a hostile tool would.
      auto j = nlohmann::ordered_json::parse(feed::serialize_manifest(k.f.manifest));
      if (image) j["images"][0]["sha256"] = name;
      else j["content"]["sha256"] = name;
      k.f.resign(j.dump(2) + "\n");
      auto r = k.kiosk.sync("file://" + k.f.out.string(), k.f.trusted);
      REQUIRE(r.error);
      CHECK(r.outcome == feed::Outcome::rejected);
      CHECK(r.error->code == feed::ErrorCode::invalid);
      CHECK_THAT(r.error->message, Catch::Contains(image ? "/images/0/sha256: " : "/content/sha256: ") &&
                                       Catch::Contains("is not 64 lowercase hex digits"));
      if (!name.empty() && name.find('\0') == std::string::npos)
        for (const char* dir : {"partial", "blobs"}) {  // where a client taking the name would write
          fs::path target = (data / dir / name).lexically_normal();
          INFO(target);
          CHECK_FALSE(fs::exists(target));
        }
      CHECK(tree(data) == before);
      k.require_old_content();
    }
  }
  // The same feed with its real names is applied (the refusals were about the names).
  k.f.resign(feed::serialize_manifest(k.f.manifest));
  auto r = k.kiosk.sync("file://" + k.f.out.string(), k.f.trusted);
  INFO((r.error ? r.error->message : ""));
  CHECK(r.outcome == feed::Outcome::applied);
}
