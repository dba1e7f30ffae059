// Milliseconds since this process started (from /proc/self/stat, 10 ms resolution), for the
// "first frame after N ms" line that start-up benchmarks read.
#pragma once

#include <cstdint>

namespace kiosk {

int64_t ms_since_process_start();

}  // namespace kiosk
