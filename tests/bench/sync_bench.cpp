// sync_bench: a large feed from the editor's tool to a kiosk, with the real programs. feed_gen
// writes 1,000 organisations, 2,000 events and 300 photos; kiosk-feed validates, signs and
// publishes them into the folder of a real nginx on 127.0.0.1; kiosk-sync applies them to an
// empty data folder (first sync: wall time, apply time, requests and bytes from nginx's access
// log), then polls the unchanged feed (budget: 1 request, ≤ 2 KB). Last, if deventer-kiosk has
// its benchmark mode, the kiosk pans the map while a second, bigger feed is synced and swapped
// in (budget: no frame over 50 ms). One JSON object on stdout, notes on stderr; exit 0 whatever
// the speed, 1 if a step broke.
//
//   sync_bench [--quick] [--pan-seconds N] [--no-kiosk]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <thread>

#include "bench/sync_bench_kiosk.hpp"
#include "bench/sync_bench_run.hpp"
#include "bench/timing.hpp"
#include "temp_dir.hpp"

namespace fs = std::filesystem;

namespace {

constexpr double apply_budget_ms = 3000;    // DESIGN.md §5: first sync of the large feed
constexpr size_t poll_budget_bytes = 2048;  // an unchanged feed: one request, ≤ 2 KB

struct Options {
  bool quick = false, kiosk = true;
  int pan_seconds = 0;  // 0: from the first sync's time
};

Options parse(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--quick") o.quick = true;
    else if (a == "--no-kiosk") o.kiosk = false;
    else if (a == "--pan-seconds" && i + 1 < argc) o.pan_seconds = std::atoi(argv[++i]);
    else {
      std::fprintf(stderr, "usage: sync_bench [--quick] [--pan-seconds N] [--no-kiosk]\n");
      std::exit(2);
    }
  }
  return o;
}

[[noreturn]] void fail(const std::string& why) {
  std::fprintf(stderr, "sync_bench: %s\n", why.c_str());
  std::exit(1);
}

void note(const std::string& what) { std::fprintf(stderr, "sync_bench: %s\n", what.c_str()); }

// A tool that must succeed; its stdout goes to our stderr as a note.
bench::ToolRun must_run(const std::vector<std::string>& argv) {
  bench::ToolRun r = bench::run_tool(argv);
  if (!r.out.empty()) std::fprintf(stderr, "%s", r.out.c_str());
  if (r.status != 0) fail(argv[0] + " " + argv[1] + " failed (exit " + std::to_string(r.status) + ")");
  return r;
}

// Generates content with feed_gen, validates it, builds the signed feed and publishes it.
nlohmann::json make_feed(const fs::path& dir, const std::string& name, const std::vector<std::string>& gen_args) {
  fs::path content = dir / name;
  std::vector<std::string> gen = {FEED_GEN_BINARY, content.string()};
  gen.insert(gen.end(), gen_args.begin(), gen_args.end());
  note("generating " + name + "...");
  bench::ToolRun g = bench::run_tool(gen);
  if (g.status != 0) fail("feed_gen failed");
  auto generated = nlohmann::json::parse(g.out);
  bench::ToolRun validate = must_run({KIOSK_FEED_BINARY, "validate", content.string()});
  bench::ToolRun build = must_run({KIOSK_FEED_BINARY, "build", content.string(), (dir / "feed").string(), "--key",
                                   (dir / "keys/feed-signing.key").string()});
  bench::ToolRun publish = must_run({KIOSK_FEED_BINARY, "publish", (dir / "feed").string(), (dir / "www/kiosk-feed").string()});
  return {{"generated", generated},
          {"kiosk_feed_validate_ms", validate.ms},
          {"kiosk_feed_build_ms", build.ms},
          {"kiosk_feed_publish_ms", publish.ms}};
}

fs::path write_config(const fs::path& dir, const std::string& url) {
  std::ifstream pub(dir / "keys/feed-signing.pub");
  std::string key;
  std::getline(pub, key);
  fs::path config = dir / "kiosk.toml";
  std::ofstream(config) << "[kiosk]\nid = \"sync-bench\"\n\n[sync]\nfeed = \"" << url << "\"\ntrusted_keys = [\"" << key
                        << "\"]\nretries = 0\ntimeout_s = 60\n";
  return config;
}

}  // namespace

int main(int argc, char** argv) {
  Options o = parse(argc, argv);
  setenv("no_proxy", "127.0.0.1,localhost", 1);  // kiosk-sync inherits it
  TempDir dir;
  fs::create_directories(dir / "www/kiosk-feed");
  must_run({KIOSK_FEED_BINARY, "keygen", "--out", (dir / "keys").string()});
  std::vector<std::string> first_args = o.quick ? std::vector<std::string>{"--quick"} : std::vector<std::string>{};
  nlohmann::json out = {{"benchmark", "sync"}, {"quick", o.quick}, {"feed", make_feed(dir.path, "content", first_args)}};

  std::string why;
  auto nginx = NginxServer::start(dir / "www", why);
  if (!nginx) fail("nginx did not start: " + why);
  fs::path config = write_config(dir.path, nginx->url("kiosk-feed/")), data = dir / "kiosk-data";

  note("first sync into an empty data folder...");
  bench::SyncRun first = bench::run_kiosk_sync(KIOSK_SYNC_BINARY, config, data, *nginx);
  if (first.status != 0 || first.apply_ms < 0) fail("the first sync failed: " + first.last_line);
  out["first_sync"] = first.to_json();
  out["first_sync"]["apply_budget_ms"] = apply_budget_ms;
  out["first_sync"]["apply_budget_pass"] = first.apply_ms <= apply_budget_ms;

  note("polling the unchanged feed...");
  bench::SyncRun poll = bench::run_kiosk_sync(KIOSK_SYNC_BINARY, config, data, *nginx);
  if (poll.status != 0) fail("the unchanged poll failed: " + poll.last_line);
  out["unchanged_poll"] = poll.to_json();
  out["unchanged_poll"]["budget_requests"] = 1;
  out["unchanged_poll"]["budget_bytes"] = poll_budget_bytes;
  out["unchanged_poll"]["budget_pass"] = poll.requests == 1 && poll.bytes_sent + poll.request_bytes <= poll_budget_bytes;

  if (!o.kiosk) {
    out["kiosk_swap"] = {{"skipped", "--no-kiosk"}};
  } else if (!bench::kiosk_has_benchmark_mode(KIOSK_BINARY)) {
    // TODO: runs once deventer-kiosk has --benchmark (the lead adds it).
    out["kiosk_swap"] = {{"skipped", "TODO: deventer-kiosk has no --benchmark mode yet"}};
  } else {
    // A second, bigger feed with other photos; its build gets a higher sequence. nginx's ETag and
    // Last-Modified have one-second resolution: a manifest of the same size published within the
    // same second as the first would be answered 304 (a quick run is that fast).
    std::this_thread::sleep_for(std::chrono::milliseconds(1100));
    std::vector<std::string> second_args = {"--seed", "2"};
    if (o.quick) second_args.insert(second_args.end(), {"--quick", "--events", "80"});
    else second_args.insert(second_args.end(), {"--organisations", "1500", "--events", "3000"});
    out["second_feed"] = make_feed(dir.path, "content-2", second_args);
    bench::KioskSwapRun run{KIOSK_BINARY, data, config, dir.path, o.pan_seconds, {}};
    if (run.pan_seconds <= 0) run.pan_seconds = o.quick ? 4 : std::max(15, int(first.wall_ms / 1000 * 2) + 10);
    run.sync = [&] {
      note("second sync while the kiosk pans...");
      return bench::run_kiosk_sync(KIOSK_SYNC_BINARY, config, data, *nginx).to_json();
    };
    out["kiosk_swap"] = bench::run_kiosk_swap(run);
  }
  std::printf("%s\n", out.dump(2).c_str());
  note("first sync: " + std::to_string(first.requests) + " requests, " + std::to_string(first.bytes_sent) +
       " bytes down, apply " + std::to_string(int(first.apply_ms)) + " ms (budget 3000); unchanged poll: " +
       std::to_string(poll.requests) + " request(s), " + std::to_string(poll.bytes_sent + poll.request_bytes) + " bytes");
  return 0;
}
