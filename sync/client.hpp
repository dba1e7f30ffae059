// The kiosk's side of the feed (docs/formats/feed.md): fetch the manifest (conditionally), check
// its signature, key and sequence before anything else, download only the blobs the kiosk lacks
// (resuming cut downloads), verify each, validate the content, then apply it in one SQLite
// transaction. Blobs are in place and synced before the commit; afterwards, blobs that neither
// the current nor the previous feed uses are removed. Whatever fails, the store holds the old
// content or the new content, complete.
//
// <data dir>/kiosk.db          the store (content::Store)
// <data dir>/blobs/<sha256>    verified blobs of the current and the previous feed
// <data dir>/partial/<sha256>  downloads in progress (resumed on the next attempt)
// <data dir>/sync-status.json  the last attempt (status.hpp)
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "sync/keys.hpp"
#include "sync/result.hpp"
#include "sync/source.hpp"
#include "sync/status.hpp"

namespace feed {

inline constexpr const char* store_file_name = "kiosk.db";
inline constexpr const char* partial_dir_name = "partial";

struct ClientOptions {
  std::filesystem::path data_dir;
  std::vector<PublicKey> trusted;
  std::string feed_id;                // if set, a feed with another id is refused
  uint64_t max_download_bytes = uint64_t(1) << 30;
  // Called at each step ("manifest", "downloading", "staging", "transaction", "committed",
  // "cleanup"), with a line for the log. kiosk-sync logs it; tests kill the process there.
  std::function<void(std::string_view phase, const std::string& detail)> on_phase;
};

struct SyncReport {
  Outcome outcome = Outcome::failed;
  int64_t sequence = -1;          // what the store holds afterwards
  std::optional<Error> error;     // for rejected and failed
  Validators validators;          // of the manifest handled (applied or up to date)
  uint64_t bytes_downloaded = 0;  // blob bytes written this time
  size_t blobs_downloaded = 0, blobs_removed = 0;
};

// One attempt. `known` are the validators saved after handling the manifest of `known_sequence`;
// they make the request conditional only if that is still the applied sequence.
SyncReport sync_once(Source& source, const ClientOptions& options, const Validators& known, int64_t known_sequence);

// Shows the previous feed's content again (checked like a new feed: trusted signature, every
// blob, valid content) and withdraws the current feed: polling does not apply it again, a newer
// feed does replace it. Returns the sequence now shown.
Result<int64_t> roll_back(const ClientOptions& options);

// Network and server failures are worth retrying soon; a rejected feed is not.
bool worth_retrying(const SyncReport& r);

// The n-th retry's delay (n from 0): base · 2^n, at most max_s, times a random factor in [0.5, 1.5).
double backoff_delay_s(int n, double base_s, double max_s);

}  // namespace feed
