// Helpers for kiosk-sync tests: a kiosk data folder, and the fixture set of good and bad feeds
// (like curl's test fixtures), each made from a real built feed and then damaged on purpose.
#pragma once

#include <functional>
#include <optional>

#include "content/serialize.hpp"
#include "content/snapshot.hpp"
#include "content/sqlite.hpp"
#include "sync/client.hpp"
#include "sync/feed_fixture.hpp"
#include "sync/verify.hpp"

// A kiosk's data folder and what it holds.
struct KioskData {
  TempDir dir;
  fs::path path() const { return dir.path; }

  feed::ClientOptions options(const std::vector<feed::PublicKey>& trusted) const {
    feed::ClientOptions o;
    o.data_dir = dir.path;
    o.trusted = trusted;
    return o;
  }
  feed::SyncReport sync(const std::string& url, const std::vector<feed::PublicKey>& trusted,
                        const feed::Validators& known = {}, int64_t known_sequence = -1) const {
    auto source = feed::open_source(url, {"kiosk-sync-test", 10, "", ""});
    REQUIRE(source);
    return feed::sync_once(**source, options(trusted), known, known_sequence);
  }
  int64_t sequence() const {
    auto db = content::Database::open((dir / "kiosk.db").string(), content::Database::Mode::read_only);
    REQUIRE(db);
    return content::read_state(*db)->sequence;
  }
  // The applied content as one JSON text, plus where each image is: equal texts, equal content.
  std::string content_text() const {
    auto snap = content::load_snapshot(dir / "kiosk.db");
    REQUIRE(snap);
    std::string text = content::to_document((*snap)->content()).dump();
    auto db = content::Database::open((dir / "kiosk.db").string(), content::Database::Mode::read_only);
    auto images = content::read_images(*db);  // kept: a range-for over *temporary would dangle
    for (const auto& i : *images) text += "\n" + i.path + " " + i.sha256;
    return text;
  }
  // Every image of the applied content is a complete, correct blob file.
  void require_blobs_complete() const {
    auto db = content::Database::open((dir / "kiosk.db").string(), content::Database::Mode::read_only);
    REQUIRE(db);
    auto images = content::read_images(*db);
    REQUIRE(images);
    for (const auto& i : *images) {
      INFO(i.path);
      REQUIRE(feed::check_blob_file(dir / "blobs" / i.sha256, {i.sha256, uint64_t(i.size)}));
    }
  }
  std::string integrity() const {
    auto db = content::Database::open((dir / "kiosk.db").string(), content::Database::Mode::read_only);
    REQUIRE(db);
    auto st = db->prepare("PRAGMA integrity_check");
    REQUIRE(st);
    REQUIRE(*st->step());
    return st->text(0);
  }
};

// A damaged feed and what the client must say about it.
struct BadFeed {
  std::string name;
  std::function<void(BuiltFeed&)> damage;  // applied to a feed that is newer than the applied one
  feed::ErrorCode code;
  std::string says;  // part of the error message
};

inline std::string with_byte_flipped(std::string s, size_t at) {
  s[at] ^= 0x20;
  return s;
}

// The fixture set. Each entry leaves the feed newer than what the kiosk applied, but broken.
inline std::vector<BadFeed> bad_feeds() {
  using feed::ErrorCode;
  auto resign_with = [](BuiltFeed& f, std::function<void(feed::Manifest&)> change) {
    feed::Manifest m = f.manifest;
    change(m);
    f.resign(feed::serialize_manifest(m));
  };
  return {
      {"bad signature", [](BuiltFeed& f) { spit(f.out / "manifest.json", with_byte_flipped(slurp(f.out / "manifest.json"), 40)); },
       ErrorCode::bad_signature, "signature"},
      {"unknown key",
       [](BuiltFeed& f) {
         auto other = feed::SecretKey::generate();
         std::string m = slurp(f.out / "manifest.json");
         spit(f.out / "manifest.sig", feed::sign_manifest(other, m));
       },
       ErrorCode::unknown_key, "not among the 1 trusted keys"},
      {"rollback", [=](BuiltFeed& f) { resign_with(f, [](feed::Manifest& m) { m.sequence = 1'600'000'000; }); },
       ErrorCode::rollback, "lower than the applied"},
      {"truncated blob",
       [](BuiltFeed& f) { fs::resize_file(f.blob(f.manifest.images[0].blob), f.manifest.images[0].blob.size - 10); },
       ErrorCode::corrupt, "truncated"},
      {"blob with a wrong hash",
       [](BuiltFeed& f) { spit(f.blob(f.manifest.content), with_byte_flipped(slurp(f.blob(f.manifest.content)), 100)); },
       ErrorCode::corrupt, "SHA-256"},
      {"missing blob", [](BuiltFeed& f) { fs::remove(f.blob(f.manifest.images[0].blob)); }, ErrorCode::missing,
       "blobs/"},
      {"oversize manifest",
       [](BuiltFeed& f) { f.resign(slurp(f.out / "manifest.json") + std::string(feed::max_manifest_bytes, ' ')); },
       ErrorCode::too_large, "manifest.json"},
      {"malformed JSON", [](BuiltFeed& f) { f.resign("{\"format\": 1, \"feed\": "); }, ErrorCode::parse,
       "not valid JSON"},
      {"content that fails validation",
       [=](BuiltFeed& f) {
         auto doc = nlohmann::json::parse(slurp(f.blob(f.manifest.content)));
         doc["events"][0]["place"] = "atlantis";
         std::string bytes = doc.dump();
         auto sha = feed::to_hex(feed::sha256(feed::as_bytes(bytes)));
         spit(f.out / "blobs" / sha, bytes);
         resign_with(f, [&](feed::Manifest& m) { m.content = {sha, bytes.size()}; });
       },
       ErrorCode::content, "atlantis"},
  };
}

// A kiosk that applied feed `f` at its first sequence; then `f` is rebuilt newer with other
// content (an organisation renamed and a new image), ready to be damaged or applied.
struct KioskWithOldContent {
  BuiltFeed f;
  KioskData kiosk;
  std::string old_text;
  int64_t old_sequence = 0;

  explicit KioskWithOldContent(const std::function<std::string(const BuiltFeed&)>& url_of) {
    auto r = kiosk.sync(url_of(f), f.trusted);
    INFO((r.error ? r.error->message : ""));
    REQUIRE(r.outcome == feed::Outcome::applied);
    old_text = kiosk.content_text();
    old_sequence = kiosk.sequence();
    f.content.edit("organisations.json", "/organisations/0/name", "Renamed Organisation");
    spit(f.content.path() / "images/logo.png", slurp(fixtures_dir / "images/red-8x8.png") + std::string(16, '\0'));
    f.rebuild(old_sequence + 1000);
  }
  void require_old_content() const {
    CHECK(kiosk.sequence() == old_sequence);
    CHECK(kiosk.content_text() == old_text);
    kiosk.require_blobs_complete();
    CHECK(kiosk.integrity() == "ok");
  }
};
