// The kiosk's side of systemd's service manager protocol (sd_notify): READY=1 once the first
// frame is on screen, WATCHDOG=1 from the main loop, STOPPING=1 on the way out. kiosk.service
// runs with Type=notify and WatchdogSec=, so a kiosk that hangs (not only one that crashes) is
// killed and restarted. Everything is a no-op when the kiosk does not run under systemd
// (NOTIFY_SOCKET unset): in development, in tests, in `kiosk-feed preview`.
#pragma once

#include <cstdint>

namespace kiosk {

class Watchdog {
 public:
  // Reads NOTIFY_SOCKET and WATCHDOG_USEC (and WATCHDOG_PID) from the environment.
  Watchdog();
  // Sends STOPPING=1 (also on early returns).
  ~Watchdog();
  Watchdog(const Watchdog&) = delete;
  Watchdog& operator=(const Watchdog&) = delete;

  // The first frame has been presented: sends READY=1 (once).
  void report_ready();
  // Call from every turn of the main loop (it wakes at least every 250 ms even when idle).
  // Sends WATCHDOG=1 at most every quarter of WatchdogSec=, and only after report_ready().
  void ping(int64_t now_ms);

  bool enabled() const { return interval_ms_ > 0; }
  int64_t ping_interval_ms() const { return interval_ms_; }

 private:
  bool notify_ = false;      // NOTIFY_SOCKET is set
  bool ready_ = false;
  int64_t interval_ms_ = 0;  // 0: no watchdog asked for
  bool pinged_ = false;
  int64_t last_ping_ms_ = 0;
};

}  // namespace kiosk
