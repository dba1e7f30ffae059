// Running the real kiosk-sync binary in tests: a config file for a feed URL and key, and a kiosk
// data folder seeded with old content.
#pragma once

#include <cstdlib>

#include "sync/client_fixture.hpp"
#include "sync_http/child_process.hpp"

inline const std::string kiosk_sync_binary = KIOSK_SYNC_BINARY;

// Requests to the test servers on 127.0.0.1 never go to a proxy from the environment (curl
// honours no_proxy; child processes inherit it).
inline const bool no_proxy_for_tests = (setenv("no_proxy", "127.0.0.1,localhost", 1), true);

// Writes kiosk.toml for kiosk-sync next to the data folder and returns its path.
inline fs::path write_sync_config(const fs::path& dir, const std::string& url, const feed::PublicKey& key,
                                  int retries = 0) {
  fs::path path = dir / "kiosk.toml";
  spit(path, "[kiosk]\nid = \"test-kiosk\"\n\n[sync]\nfeed = \"" + url + "\"\ntrusted_keys = [\"" +
                 feed::public_key_line(key) + "\"]\nretries = " + std::to_string(retries) +
                 "\nretry_delay_s = 0.05\ntimeout_s = 10\n");
  return path;
}

// kiosk-sync run to the end; returns the exit status, with its output in `log`.
inline int run_kiosk_sync(const fs::path& config, const fs::path& data, std::string& log,
                          const std::vector<std::string>& extra_args = {}) {
  std::vector<std::string> argv{kiosk_sync_binary, "--config", config.string(), "--data", data.string()};
  argv.insert(argv.end(), extra_args.begin(), extra_args.end());
  ChildProcess p(argv);
  while (p.read_line(60'000)) {
  }
  int status = p.wait();
  log = p.output();
  return status;
}
