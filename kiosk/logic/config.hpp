// The kiosk's TOML configuration (/etc/deventer-kiosk/kiosk.toml when installed): one file that
// deventer-kiosk and kiosk-sync read, each its own sections (`kiosk-feed preview` gives the kiosk
// an empty one). Unknown keys are errors (almost always typos), reported with file and line.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "content/result.hpp"
#include "kiosk/logic/opening_hours.hpp"

namespace kiosk {

struct Location {
  std::string name;  // shown as "You are here: <name>"; empty: the content's home name
  double lat = 0, lon = 0;
};

// [sync]: what kiosk-sync pulls, and whom it trusts (docs/formats/config.md).
struct SyncSettings {
  std::string feed;                       // https://…, http://… or file:///… (a feed folder)
  std::vector<std::string> trusted_keys;  // "ed25519:<key id>:<base64>" lines (feed-signing.pub)
  std::string feed_id;                    // if set, a feed with another id is refused
  int poll_interval_s = 900;              // loop mode; the systemd timer has its own
  int timeout_s = 30;                     // connect, and a stalled transfer
  int retries = 3;                        // extra attempts after a network or server failure
  double retry_delay_s = 2;               // first back-off; doubles, with jitter
  std::string proxy;                      // empty: the usual https_proxy/http_proxy environment
  std::string ca_file;                    // PEM CA certificates for an https feed; empty: the system's
  int max_download_mb = 1024;             // all blobs of one feed together
};

// [admin]: the technicians' hidden admin screen (logic/admin.hpp, docs/formats/config.md).
struct AdminSettings {
  std::string pin_hash;  // "$argon2id$..." from `deventer-kiosk --hash-pin`; empty: no admin screen
  std::vector<std::string> usb_globs = {"/media/*/kiosk-feed", "/media/*/*/kiosk-feed"};  // "Apply from USB"
  // How "Sync now" and "Apply from USB" run: "child" (kiosk-sync as the kiosk's own child) or
  // "systemd" (a request for kiosk-admin-request.path). Empty: the build's default ("systemd" in
  // the installed package, whose kiosk.service has no network).
  std::string tasks;
};

struct Config {
  // [kiosk]
  std::string kiosk_id;
  std::string data_dir, content_dir, map_dir, font_dir;  // empty: the built-in defaults
  // [idle]
  int idle_warning_s = 90;
  int idle_countdown_s = 15;
  // [location]: where this kiosk stands ("you are here"); absent: the content's home
  std::optional<Location> location;
  // [display]
  int rotation_deg = 0;           // 0, 90, 180, 270
  double diagonal_inch = 0;       // 0: unknown; sizes then assume a 24" 1080p panel
  // [sync]
  SyncSettings sync;
  // [admin]
  AdminSettings admin;
  // [opening_hours] (logic/opening_hours.hpp); absent: always open
  std::optional<OpeningHours> opening_hours;
};

// Reads and checks a config file. Errors say "FILE:LINE: what and why".
content::Result<Config> load_config(const std::string& path);
content::Result<Config> parse_config(std::string_view text, const std::string& name_for_errors);

inline constexpr const char* installed_config_path = "/etc/deventer-kiosk/kiosk.toml";

// Where kiosk.db and the blobs live when neither the command line nor the config says:
// $XDG_STATE_HOME/deventer-kiosk, else ~/.local/state/deventer-kiosk, else /var/lib/deventer-kiosk.
std::string default_data_dir();

}  // namespace kiosk
