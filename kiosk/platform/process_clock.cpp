// Process age from the kernel's start time of this process.
#include "kiosk/platform/process_clock.hpp"

#include <time.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>

namespace kiosk {

int64_t ms_since_process_start() {
  FILE* f = std::fopen("/proc/self/stat", "r");
  if (!f) return -1;
  char buf[1024];
  size_t n = std::fread(buf, 1, sizeof buf - 1, f);
  std::fclose(f);
  buf[n] = 0;
  // Field 22 (starttime, clock ticks since boot) follows the ")" that ends field 2.
  const char* p = std::strrchr(buf, ')');
  if (!p) return -1;
  unsigned long long start_ticks = 0;
  if (std::sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %*u %*u %*d %*d %*d %*d %*d %*d %llu",
                  &start_ticks) != 1)
    return -1;
  timespec now{};
  clock_gettime(CLOCK_BOOTTIME, &now);
  int64_t now_ms = int64_t(now.tv_sec) * 1000 + now.tv_nsec / 1'000'000;
  return now_ms - int64_t(start_ticks * 1000 / sysconf(_SC_CLK_TCK));
}

}  // namespace kiosk
