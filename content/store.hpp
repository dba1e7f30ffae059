// The kiosk's SQLite store: the applied content (one row per item, plus an FTS5 search index)
// and which content it is. One writer (kiosk-sync, or the kiosk's first start applying the
// bundled content) applies whole content in one transaction; readers load immutable snapshots.
// WAL mode, synchronous=FULL; the schema migrates with PRAGMA user_version.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "content/model.hpp"
#include "content/result.hpp"
#include "content/sqlite.hpp"

namespace content {

inline constexpr int schema_version = 4;

// Which content the store holds.
struct ContentState {
  int64_t sequence = -1;   // -1: no content yet; 0: the bundled default; else the feed's sequence
  std::string feed_id;     // "bundled" for the default content
  std::string created;     // when the editor built it (ISO 8601 UTC)
  std::string applied_at;  // when this kiosk applied it (ISO 8601 UTC)
  bool operator==(const ContentState&) const = default;
};

// An image of the applied content and the blob that holds it (<data dir>/blobs/<sha256>).
// Content applied from a folder (the bundled default) has none: its images stay in the folder.
struct ImageBlob {
  std::string path;    // as the content refers to it, e.g. "images/logo.png"
  std::string sha256;  // 64 lowercase hex digits
  int64_t size = 0;
  bool operator==(const ImageBlob&) const = default;
};

// A signed feed as applied: the exact manifest and signature bytes. The store keeps the current
// one and the one before it (for rollback, and so that the blobs of both are kept).
struct FeedRecord {
  int64_t sequence = 0;
  std::string manifest, signature;
  bool operator==(const FeedRecord&) const = default;
};

struct FeedRecords {
  std::optional<FeedRecord> current, previous;
  std::optional<FeedRecord> withdrawn;  // rolled back from: not applied again by polling
};

class Store {
 public:
  // Opens (creating and migrating as needed) the database for writing.
  static Result<Store> open(const std::filesystem::path& db_path);

  // Replaces all content in one transaction: readers see the old or the new, never a mix.
  // `content` must have passed validation. With a feed, the current feed record becomes the
  // previous one; without (the bundled content), both are cleared.
  Status apply(const Content& content, const ContentState& state, const std::vector<ImageBlob>& images = {},
               const std::optional<FeedRecord>& feed = std::nullopt);
  // Shows the previous feed's content again (`content`, `state`, `images` are the previous
  // feed's): the current feed record becomes the withdrawn one, the previous the current.
  Status roll_back(const Content& content, const ContentState& state, const std::vector<ImageBlob>& images);
  Result<ContentState> state();
  Database& database() { return db_; }
  // Called inside the apply transaction, just before COMMIT (kiosk-sync reports the phase there).
  void set_before_commit(std::function<void()> f) { before_commit_ = std::move(f); }

 private:
  explicit Store(Database db) : db_(std::move(db)) {}
  Database db_;
  std::function<void()> before_commit_;
};

// Brings a database to schema_version; refuses one from a newer version of the kiosk.
Status migrate(Database& db);

// Reads the content state from an open connection (read or write).
Result<ContentState> read_state(Database& db);

// Reads the applied content's items back into the model (inside the caller's transaction).
Result<Content> read_content(Database& db);

// The images of the applied content, and the feed records (inside the caller's transaction).
Result<std::vector<ImageBlob>> read_images(Database& db);
Result<FeedRecords> read_feed_records(Database& db);

std::string utc_now_iso8601();

}  // namespace content
