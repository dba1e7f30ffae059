// kiosk-sync: brings this kiosk's content up to date with its signed feed (sync/client.hpp), once
// (for the systemd timer) or in a loop (development), and reports how the last attempt went.
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <thread>

#include "content/sqlite.hpp"
#include "content/store.hpp"
#include "kiosk/logic/config.hpp"
#include "sync/client.hpp"

namespace {

constexpr const char* usage = R"(usage: kiosk-sync [--config FILE] [--data DIR] [--from URL] [--loop]
       kiosk-sync status [--config FILE] [--data DIR]
       kiosk-sync rollback [--config FILE] [--data DIR]

Brings this kiosk's content up to date with its signed content feed, then exits (the systemd
timer runs it every few minutes). The feed is [sync] feed in the config, or --from URL:
  https://server/kiosk-feed/    http://server/kiosk-feed/    file:///media/usb/kiosk-feed
Nothing is applied unless manifest.sig is a valid signature by one of [sync] trusted_keys, the
sequence number is newer than the applied one, and every file matches its SHA-256. The content
is applied in one step: the kiosk shows the old content or the new, never a mix. An unchanged
feed costs one small request. Network and server failures are retried ([sync] retries, with
growing, randomised delays); whatever fails, the last good content stays.

  --config FILE  the kiosk's TOML config (default /etc/deventer-kiosk/kiosk.toml if it exists)
  --data DIR     the kiosk's data folder (default: [kiosk] data_dir, else as deventer-kiosk)
  --from URL     use this feed instead of [sync] feed, e.g. a USB stick at an event
  --loop         keep polling every [sync] poll_interval_s (development; SIGTERM stops it)
  status         print the applied content and how the last attempt went
  rollback       show the previous feed's content again (if the newest one is wrong); the
                 newest feed is not applied again, but the next newer one is

Exit status: 0 applied or already up to date; 1 the feed was rejected (bad signature, unknown
key, rollback, damaged or invalid content: the reason is logged); 2 wrong arguments or config;
3 failed (network, server, disk): the next run tries again.
)";

constexpr int exit_ok = 0, exit_rejected = 1, exit_usage = 2, exit_failed = 3;

volatile sig_atomic_t stop_requested = 0;
void on_signal(int) { stop_requested = 1; }

struct Args {
  std::string config, data, from;
  bool loop = false, status = false, rollback = false, help = false;
  std::string error;
};

Args parse_args(int argc, char** argv) {
  Args a;
  for (int i = 1; i < argc; ++i) {
    std::string s = argv[i];
    auto value = [&](std::string& out) {
      if (i + 1 < argc) out = argv[++i];
      else a.error = s + " needs a value";
    };
    if (s == "--help" || s == "-h") a.help = true;
    else if (s == "--config") value(a.config);
    else if (s == "--data") value(a.data);
    else if (s == "--from") value(a.from);
    else if (s == "--loop") a.loop = true;
    else if (s == "status" && i == 1) a.status = true;
    else if (s == "rollback" && i == 1) a.rollback = true;
    else a.error = "unknown argument \"" + s + "\"";
  }
  return a;
}

void log(const std::string& line) {
  std::fprintf(stderr, "kiosk-sync: %s\n", line.c_str());
  std::fflush(stderr);
}

// The applied content, read without taking part in any write.
content::ContentState applied_state(const std::filesystem::path& data_dir) {
  auto path = data_dir / feed::store_file_name;
  if (!std::filesystem::exists(path)) return {};
  auto db = content::Database::open(path.string(), content::Database::Mode::read_only);
  if (!db) return {};
  auto s = content::read_state(*db);
  return s ? *s : content::ContentState{};
}

std::string kiosk_name(const kiosk::Config& c) {
  if (!c.kiosk_id.empty()) return c.kiosk_id;
  char host[256] = {};
  return gethostname(host, sizeof host - 1) == 0 ? std::string(host) : "unnamed";
}

int print_status(const std::filesystem::path& data_dir) {
  auto st = applied_state(data_dir);
  auto s = feed::read_status(data_dir);
  if (st.sequence < 0) std::printf("content:       none yet (the kiosk applies its bundled content on first start)\n");
  else if (st.sequence == 0) std::printf("content:       the bundled default content (sequence 0), applied %s\n", st.applied_at.c_str());
  else
    std::printf("content:       sequence %lld of feed \"%s\", built %s, applied %s\n", (long long)st.sequence,
                st.feed_id.c_str(), st.created.c_str(), st.applied_at.c_str());
  if (std::filesystem::exists(data_dir / feed::store_file_name))
    if (auto db = content::Database::open((data_dir / feed::store_file_name).string(), content::Database::Mode::read_only))
      if (auto r = content::read_feed_records(*db); r && r->withdrawn)
        std::printf("withdrawn:     sequence %lld (kiosk-sync rollback); a newer feed replaces it\n",
                    (long long)r->withdrawn->sequence);
  if (s.last_attempt.empty()) {
    std::printf("last attempt:  none recorded in %s\n", (data_dir / feed::status_file_name).c_str());
    return exit_ok;
  }
  std::printf("last attempt:  %s, %s\n", s.last_attempt.c_str(), s.result.c_str());
  if (!s.error.empty()) std::printf("error:         %s\n", s.error.c_str());
  std::printf("feed:          %s\n", s.feed.c_str());
  if (!s.last_applied.empty()) std::printf("last applied:  %s\n", s.last_applied.c_str());
  std::printf("failures:      %d in a row\n", s.consecutive_failures);
  return exit_ok;
}

int go_back(const feed::ClientOptions& options) {
  auto seq = feed::roll_back(options);
  if (!seq) {
    log("no rollback, the current content stays: " + seq.error().message);
    return seq.error().code == feed::ErrorCode::io ? exit_failed : exit_rejected;
  }
  auto s = feed::read_status(options.data_dir);
  s.last_attempt = content::utc_now_iso8601();
  s.result = "rolled back";
  s.error.clear();
  s.error_code.clear();
  s.applied_sequence = *seq;
  s.validators = {};
  if (auto w = feed::write_status(options.data_dir, s); !w) log("warning: " + w.error().message);
  log("rolled back to sequence " + std::to_string(*seq) +
      "; the newer feed is withdrawn on this kiosk until the editors publish a newer one");
  return exit_ok;
}

int exit_code(feed::Outcome o) {
  switch (o) {
    case feed::Outcome::applied:
    case feed::Outcome::up_to_date:
      return exit_ok;
    case feed::Outcome::rejected:
      return exit_rejected;
    case feed::Outcome::failed:
      return exit_failed;
  }
  return exit_failed;
}

// Sleeps up to `seconds`, waking early on SIGTERM.
void sleep_unless_stopped(double seconds) {
  auto until = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  while (!stop_requested && std::chrono::steady_clock::now() < until)
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
}

struct Runner {
  kiosk::Config config;
  std::string url;
  feed::ClientOptions options;

  // One run: attempts with back-off while failures are worth retrying; then the status file.
  feed::SyncReport run() {
    feed::SyncReport r;
    for (int attempt = 0;; ++attempt) {
      auto applied = applied_state(options.data_dir);
      feed::SourceOptions so{"deventer-kiosk-sync/" KIOSK_VERSION " (kiosk=" + kiosk_name(config) +
                                 "; sequence=" + std::to_string(applied.sequence) + ")",
                             config.sync.timeout_s, config.sync.proxy, config.sync.ca_file};
      auto source = feed::open_source(url, so);
      if (!source) {
        r.outcome = feed::Outcome::rejected;
        r.error = source.error();
        break;
      }
      auto last = feed::read_status(options.data_dir);
      r = feed::sync_once(**source, options, last.validators, last.applied_sequence);
      if (!feed::worth_retrying(r) || attempt >= config.sync.retries || stop_requested) break;
      double delay = feed::backoff_delay_s(attempt, config.sync.retry_delay_s, 300);
      log("failed: " + r.error->message + "; trying again in " + std::to_string(int(delay + 0.5)) + " s");
      sleep_unless_stopped(delay);
    }
    report(r);
    return r;
  }

  void report(const feed::SyncReport& r) {
    auto s = feed::read_status(options.data_dir);
    s.last_attempt = content::utc_now_iso8601();
    s.feed = url;
    s.result = feed::to_string(r.outcome);
    s.error = r.error ? r.error->message : "";
    s.error_code = r.error ? feed::to_string(r.error->code) : "";
    bool ok = r.outcome == feed::Outcome::applied || r.outcome == feed::Outcome::up_to_date;
    if (ok) s.validators = r.validators;
    else if (r.sequence != s.applied_sequence) s.validators = {};
    s.applied_sequence = r.sequence;
    if (r.outcome == feed::Outcome::applied) s.last_applied = s.last_attempt;
    s.consecutive_failures = ok ? 0 : s.consecutive_failures + 1;
    if (auto w = feed::write_status(options.data_dir, s); !w) log("warning: " + w.error().message);

    switch (r.outcome) {
      case feed::Outcome::applied:
        log("applied sequence " + std::to_string(r.sequence) + " (" + std::to_string(r.blobs_downloaded) +
            " files downloaded, " + std::to_string(r.bytes_downloaded) + " bytes; " + std::to_string(r.blobs_removed) +
            " unused files removed)");
        break;
      case feed::Outcome::up_to_date:
        log("up to date (sequence " + std::to_string(r.sequence) + ")");
        break;
      case feed::Outcome::rejected:
        log("rejected, the current content stays: " + r.error->message);
        break;
      case feed::Outcome::failed:
        log("failed, the current content stays; the next run tries again: " + r.error->message);
        break;
    }
  }
};

}  // namespace

int main(int argc, char** argv) {
  Args a = parse_args(argc, argv);
  if (a.help) {
    std::fputs(usage, stdout);
    return exit_ok;
  }
  if (!a.error.empty()) {
    std::fprintf(stderr, "kiosk-sync: %s\n\n%s", a.error.c_str(), usage);
    return exit_usage;
  }
  Runner run;
  std::string config_path = a.config;
  if (config_path.empty() && std::filesystem::exists(kiosk::installed_config_path)) config_path = kiosk::installed_config_path;
  if (!config_path.empty()) {
    auto c = kiosk::load_config(config_path);
    if (!c) {
      log(c.error().message);
      return exit_usage;
    }
    run.config = *c;
  }
  run.options.data_dir = !a.data.empty()                ? a.data
                         : !run.config.data_dir.empty() ? run.config.data_dir
                                                        : kiosk::default_data_dir();
  if (a.status) return print_status(run.options.data_dir);

  const kiosk::SyncSettings& sync = run.config.sync;
  run.url = a.from.empty() ? sync.feed : a.from;
  if (run.url.empty() && !a.rollback) {
    log("no feed: set [sync] feed in " + (config_path.empty() ? std::string("the config") : config_path) +
        ", or give --from URL");
    return exit_usage;
  }
  for (size_t i = 0; i < sync.trusted_keys.size(); ++i) {
    auto k = feed::parse_public_key(sync.trusted_keys[i]);
    if (!k) {
      log(config_path + ": [sync] trusted_keys, entry " + std::to_string(i + 1) + ": " + k.error().message);
      return exit_usage;
    }
    run.options.trusted.push_back(*k);
  }
  if (run.options.trusted.empty()) {
    log("no trusted keys: add the editors' public key (the line in feed-signing.pub) to [sync] trusted_keys in " +
        (config_path.empty() ? std::string("the config") : config_path));
    return exit_usage;
  }
  if (a.rollback) return go_back(run.options);
  run.options.feed_id = sync.feed_id;
  run.options.max_download_bytes = uint64_t(sync.max_download_mb) << 20;
  // Tests set KIOSK_SYNC_TEST_PAUSE_MS to widen each step, so a kill -9 can land in every one.
  int pause_ms = std::getenv("KIOSK_SYNC_TEST_PAUSE_MS") ? std::atoi(std::getenv("KIOSK_SYNC_TEST_PAUSE_MS")) : 0;
  run.options.on_phase = [pause_ms](std::string_view phase, const std::string& detail) {
    log(std::string(phase) + ": " + detail);
    if (pause_ms > 0) std::this_thread::sleep_for(std::chrono::milliseconds(pause_ms));
  };

  struct sigaction sa{};
  sa.sa_handler = on_signal;
  sigaction(SIGTERM, &sa, nullptr);
  sigaction(SIGINT, &sa, nullptr);

  if (!a.loop) return exit_code(run.run().outcome);
  log("polling " + run.url + " every " + std::to_string(sync.poll_interval_s) + " s");
  while (!stop_requested) {
    run.run();
    // After failures, sooner than the interval (but growing); a fleet never polls in step.
    int failures = feed::read_status(run.options.data_dir).consecutive_failures;
    double wait = failures == 0 ? feed::backoff_delay_s(0, sync.poll_interval_s, sync.poll_interval_s)
                                : std::min<double>(sync.poll_interval_s, feed::backoff_delay_s(failures, sync.retry_delay_s * 4, 3600));
    sleep_unless_stopped(wait);
  }
  return exit_ok;
}
