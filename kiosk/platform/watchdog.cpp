// sd_notify from libsystemd: the one file that includes systemd's headers.
#include "kiosk/platform/watchdog.hpp"

#include <systemd/sd-daemon.h>

#include <cstdlib>

namespace kiosk {

Watchdog::Watchdog() {
  const char* socket = std::getenv("NOTIFY_SOCKET");
  notify_ = socket && *socket;
  uint64_t usec = 0;
  // > 0 only when WATCHDOG_USEC is set and WATCHDOG_PID, if set, is this process.
  if (notify_ && sd_watchdog_enabled(0, &usec) > 0) interval_ms_ = int64_t(usec / 4000);
  if (enabled() && interval_ms_ < 1) interval_ms_ = 1;
}

Watchdog::~Watchdog() {
  if (notify_) sd_notify(0, "STOPPING=1");
}

void Watchdog::report_ready() {
  if (!notify_ || ready_) return;
  ready_ = true;
  sd_notify(0, "READY=1");
}

void Watchdog::ping(int64_t now_ms) {
  if (!ready_ || !enabled()) return;
  if (pinged_ && now_ms - last_ping_ms_ < interval_ms_) return;
  pinged_ = true;
  last_ping_ms_ = now_ms;
  sd_notify(0, "WATCHDOG=1");
}

}  // namespace kiosk
