// sync-status.json as JSON, written with write_file_atomic.
#include "sync/status.hpp"

#include <nlohmann/json.hpp>

#include "sync/files.hpp"

namespace feed {

const char* to_string(Outcome o) {
  switch (o) {
    case Outcome::applied:
      return "applied";
    case Outcome::up_to_date:
      return "up-to-date";
    case Outcome::rejected:
      return "rejected";
    case Outcome::failed:
      return "failed";
  }
  return "unknown";
}

SyncStatus read_status(const std::filesystem::path& data_dir) {
  SyncStatus s;
  auto bytes = read_file(data_dir / status_file_name, 64 * 1024);
  if (!bytes) return s;
  auto j = nlohmann::json::parse(*bytes, nullptr, false);
  if (!j.is_object()) return s;
  auto str = [&](const char* key, std::string& out) {
    if (auto it = j.find(key); it != j.end() && it->is_string()) out = it->get<std::string>();
  };
  auto num = [&](const char* key, auto& out) {
    if (auto it = j.find(key); it != j.end() && it->is_number_integer()) out = it->get<std::decay_t<decltype(out)>>();
  };
  str("last_attempt", s.last_attempt);
  str("feed", s.feed);
  str("result", s.result);
  str("error", s.error);
  str("error_code", s.error_code);
  num("applied_sequence", s.applied_sequence);
  str("last_applied", s.last_applied);
  num("consecutive_failures", s.consecutive_failures);
  str("etag", s.validators.etag);
  str("last_modified", s.validators.last_modified);
  return s;
}

Status write_status(const std::filesystem::path& data_dir, const SyncStatus& s) {
  nlohmann::ordered_json j = {
      {"last_attempt", s.last_attempt},     {"feed", s.feed},
      {"result", s.result},                 {"error", s.error},
      {"error_code", s.error_code},         {"applied_sequence", s.applied_sequence},
      {"last_applied", s.last_applied},     {"consecutive_failures", s.consecutive_failures},
      {"etag", s.validators.etag},          {"last_modified", s.validators.last_modified},
  };
  // Invalid UTF-8 from a server's error text must not make the report fail.
  return write_file_atomic(data_dir / status_file_name,
                           j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
}

}  // namespace feed
