// What the last sync did, for the admin screen, `kiosk-sync status` and the next run:
// <data dir>/sync-status.json, replaced atomically after every attempt. It also keeps the HTTP
// validators of the manifest last handled completely, so an unchanged feed costs one request.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "sync/result.hpp"
#include "sync/source.hpp"

namespace feed {

inline constexpr const char* status_file_name = "sync-status.json";

enum class Outcome { applied, up_to_date, rejected, failed };
const char* to_string(Outcome o);  // "applied", "up-to-date", "rejected", "failed"

struct SyncStatus {
  std::string last_attempt;      // ISO 8601 UTC
  std::string feed;              // the URL tried
  std::string result;            // to_string(Outcome)
  std::string error;             // empty unless rejected or failed
  std::string error_code;        // to_string(ErrorCode)
  int64_t applied_sequence = -1; // what the store held after the attempt
  std::string last_applied;      // when a feed was last applied (ISO 8601 UTC)
  int consecutive_failures = 0;  // rejected or failed in a row
  Validators validators;         // of the manifest for applied_sequence
};

// A missing file is an empty status; a damaged one too (it is only a cache and a report).
SyncStatus read_status(const std::filesystem::path& data_dir);
Status write_status(const std::filesystem::path& data_dir, const SyncStatus& s);

}  // namespace feed
