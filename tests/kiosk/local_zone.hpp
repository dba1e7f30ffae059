// Sets the process's time zone (TZ) for one test and restores it after: local-time tests run in
// Europe/Amsterdam (tzdata, Debian's tzdata package) whatever zone the machine is in.
#pragma once

#include <cstdlib>
#include <ctime>
#include <optional>
#include <string>

class LocalZone {
 public:
  explicit LocalZone(const char* tz) {
    if (const char* old = std::getenv("TZ")) old_ = old;
    setenv("TZ", tz, 1);
    tzset();
  }
  ~LocalZone() {
    if (old_)
      setenv("TZ", old_->c_str(), 1);
    else
      unsetenv("TZ");
    tzset();
  }
  LocalZone(const LocalZone&) = delete;
  LocalZone& operator=(const LocalZone&) = delete;

 private:
  std::optional<std::string> old_;
};
