// Running programs for the sync benchmark; see sync_bench_run.hpp.
#include "bench/sync_bench_run.hpp"

#include <sys/wait.h>

#include <cstdio>
#include <optional>

#include "bench/timing.hpp"
#include "sync_http/child_process.hpp"

namespace bench {

namespace {

std::string shell_quoted(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

double between(const std::optional<double>& a, const std::optional<double>& b) {
  return a && b ? round_ms(*b - *a) : -1;
}

}  // namespace

ToolRun run_tool(const std::vector<std::string>& argv) {
  std::string command;
  for (const auto& a : argv) command += (command.empty() ? "" : " ") + shell_quoted(a);
  ToolRun r;
  Stopwatch t;
  FILE* p = popen(command.c_str(), "r");
  if (!p) return r;
  char buf[4096];
  for (size_t n; (n = std::fread(buf, 1, sizeof buf, p)) > 0;) r.out.append(buf, n);
  int status = pclose(p);
  r.ms = round_ms(t.ms());
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

SyncRun run_kiosk_sync(const std::string& binary, const std::filesystem::path& config,
                       const std::filesystem::path& data, const NginxServer& nginx) {
  size_t logged_before = nginx.access_log().size();
  SyncRun r;
  Stopwatch t;
  std::optional<double> downloading, staging, transaction, committed;
  {
    ChildProcess p({binary, "--config", config.string(), "--data", data.string()});
    while (auto line = p.read_line(600'000)) {
      double now = t.ms();
      auto seen = [&](const char* phase, std::optional<double>& at) {
        if (!at && line->find(std::string("kiosk-sync: ") + phase + ": ") == 0) at = now;
      };
      seen("downloading", downloading);
      seen("staging", staging);
      seen("transaction", transaction);
      seen("committed", committed);
      r.last_line = *line;
    }
    r.status = p.wait();
    r.wall_ms = round_ms(t.ms());
  }
  // Downloads are timed from the first blob on: the manifest and signature come before.
  r.download_ms = between(downloading, staging);
  r.validate_ms = between(staging, transaction);
  r.transaction_ms = between(transaction, committed);
  r.apply_ms = between(staging, committed);
  auto log = nginx.access_log();
  for (size_t i = logged_before; i < log.size(); ++i) {
    ++r.requests;
    r.bytes_sent += log[i].bytes_sent;
    r.request_bytes += log[i].request_length;
  }
  return r;
}

nlohmann::json SyncRun::to_json() const {
  return {{"exit_status", status},
          {"wall_ms", wall_ms},
          {"download_ms", download_ms},
          {"validate_ms", validate_ms},
          {"transaction_ms", transaction_ms},
          {"apply_ms", apply_ms},
          {"requests", requests},
          {"bytes_down", bytes_sent},
          {"bytes_up", request_bytes},
          {"bytes_on_wire", bytes_sent + request_bytes},
          {"last_line", last_line}};
}

}  // namespace bench
