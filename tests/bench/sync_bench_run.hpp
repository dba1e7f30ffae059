// Running the real programs for the sync benchmark: a tool run to the end with its stdout
// captured, and a kiosk-sync run timed from outside, phase by phase, with what it cost on the
// wire according to nginx's access log.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "sync_http/nginx_server.hpp"

namespace bench {

struct ToolRun {
  int status = -1;  // exit status, -1 if it did not exit normally
  std::string out;  // its stdout
  double ms = 0;
};

// Runs argv[0] with argv to the end; its stderr goes to ours.
ToolRun run_tool(const std::vector<std::string>& argv);

// One kiosk-sync run. Its phases come from the lines it logs as each starts ("kiosk-sync:
// staging: ..."), time-stamped here as they arrive: the apply is "staging" (check the content
// document, validate) up to "committed" (after COMMIT).
struct SyncRun {
  int status = -1;
  double wall_ms = 0;
  double download_ms = -1, validate_ms = -1, transaction_ms = -1, apply_ms = -1;  // -1: phase not seen
  size_t requests = 0, bytes_sent = 0, request_bytes = 0;
  std::string last_line;
  nlohmann::json to_json() const;
};

SyncRun run_kiosk_sync(const std::string& binary, const std::filesystem::path& config,
                       const std::filesystem::path& data, const NginxServer& nginx);

}  // namespace bench
