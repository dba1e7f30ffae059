// A program run by a test as a child process, its stderr read line by line as it runs, so a test
// can act at a precise moment (kill -9 of kiosk-sync right after it reports a step).
#pragma once

#include <sys/types.h>

#include <optional>
#include <string>
#include <vector>

class ChildProcess {
 public:
  // Starts `argv[0]` with `argv`, the environment plus `env` ("NAME=value"); stdout is dropped.
  ChildProcess(const std::vector<std::string>& argv, const std::vector<std::string>& env = {});
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;
  ~ChildProcess();  // kills and reaps it if still running

  // The next stderr line, or nullopt at end of output or after timeout_ms.
  std::optional<std::string> read_line(int timeout_ms);
  void kill9();
  // Waits for the exit: the exit status, or -signal if a signal ended it.
  int wait();
  // Everything read from stderr so far.
  const std::string& output() const { return output_; }

 private:
  pid_t pid_ = -1;
  int err_fd_ = -1;
  std::string buffer_, output_;
  bool reaped_ = false;
  int status_ = 0;
};
