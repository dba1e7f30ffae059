// Helpers for sync tests: a content folder with images, a key pair, a feed built from them in a
// temp dir, and small file edits for tampering with it.
#pragma once

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "content/content_fixture.hpp"
#include "sync/build.hpp"
#include "sync/keys.hpp"
#include "sync/signature.hpp"
#include "temp_dir.hpp"

namespace fs = std::filesystem;

inline std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline void spit(const fs::path& p, const std::string& bytes) {
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out << bytes;
}

// The minimal content fixture plus two images: one organisation logo and one programme image.
struct ContentWithImages : ContentFolderCopy {
  ContentWithImages() {
    fs::create_directories(path() / "images");
    fs::copy_file(fixtures_dir / "images/red-8x8.png", path() / "images/logo.png");
    std::string second = slurp(fixtures_dir / "images/red-8x8.png");
    spit(path() / "images/programme.png", second);  // same bytes: one blob for two paths
    edit("organisations.json", "/organisations/0/image", "images/logo.png");
    edit("programmes.json", "/programmes/0/image", "images/programme.png");
  }
};

// A content folder, a key, and a feed built from them into `out`.
struct BuiltFeed {
  ContentWithImages content;
  TempDir dir;
  feed::SecretKey key = feed::SecretKey::generate();
  std::vector<feed::PublicKey> trusted{feed::public_key_of(key)};
  fs::path out = dir / "feed";
  feed::Manifest manifest;

  explicit BuiltFeed(int64_t now = 1'700'000'000) { rebuild(now); }
  void rebuild(int64_t now) {
    feed::BuildOptions o;
    o.now_unix_s = now;
    auto r = feed::build_feed(content.path(), out, key, o);
    INFO((r ? "" : r.error().message));
    REQUIRE(r);
    manifest = r->manifest;
  }
  fs::path blob(const feed::BlobRef& b) const { return out / "blobs" / b.sha256; }
  // Replaces manifest.json and signs it again with `key`, as a (compromised or buggy) editor would.
  void resign(const std::string& manifest_bytes) {
    spit(out / "manifest.json", manifest_bytes);
    spit(out / "manifest.sig", feed::sign_manifest(key, manifest_bytes));
  }
};
