// How deventer-kiosk ends, for the systemd unit (systemd/kiosk.service) and scripts. The unit
// restarts the kiosk on any exit (Restart=always) except a technician's "Leave to console", which
// it must list in RestartPreventExitStatus= so that the console (getty) comes back:
//
//   [Service]
//   Restart=always
//   RestartPreventExitStatus=64
#pragma once

namespace kiosk {

inline constexpr int exit_stopped = 0;   // SIGTERM or SIGINT (systemctl stop), or a --screenshot written
inline constexpr int exit_error = 1;     // could not start: no display, broken content, no map
inline constexpr int exit_usage = 2;     // wrong command line or config
inline constexpr int exit_restart = 0;   // admin screen "Restart": a clean exit that Restart=always restarts
inline constexpr int exit_console = 64;  // admin screen "Leave to console": RestartPreventExitStatus=64

}  // namespace kiosk
