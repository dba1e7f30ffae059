// The systemd notification protocol (kiosk/platform/watchdog.hpp): a unix datagram socket stands
// in for systemd's NOTIFY_SOCKET, and the test reads what the watchdog, and the real kiosk, send.
#include <catch2/catch.hpp>

#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "kiosk/platform/watchdog.hpp"
#include "temp_dir.hpp"

namespace {

// Binds NOTIFY_SOCKET in a temp dir for the test's lifetime and collects the datagrams.
class FakeSystemd {
 public:
  FakeSystemd() {
    fd_ = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    REQUIRE(fd_ >= 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    std::string path = (dir_ / "notify").string();
    REQUIRE(path.size() < sizeof addr.sun_path);
    std::strcpy(addr.sun_path, path.c_str());
    REQUIRE(bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
    setenv("NOTIFY_SOCKET", path.c_str(), 1);
    unsetenv("WATCHDOG_USEC");
    unsetenv("WATCHDOG_PID");
  }
  ~FakeSystemd() {
    unsetenv("NOTIFY_SOCKET");
    unsetenv("WATCHDOG_USEC");
    unsetenv("WATCHDOG_PID");
    close(fd_);
  }
  // Every datagram that arrives within timeout_ms of the previous one.
  std::vector<std::string> received(int timeout_ms = 200) {
    std::vector<std::string> messages;
    pollfd p{fd_, POLLIN, 0};
    while (poll(&p, 1, timeout_ms) == 1) {
      char buf[4096];
      ssize_t n = recv(fd_, buf, sizeof buf, 0);
      if (n <= 0) break;
      messages.emplace_back(buf, size_t(n));
    }
    return messages;
  }

 private:
  TempDir dir_;
  int fd_ = -1;
};

}  // namespace

TEST_CASE("the watchdog reports ready once, pings at most every quarter of WatchdogSec, and stopping at the end") {
  FakeSystemd systemd;
  setenv("WATCHDOG_USEC", "400000", 1);  // WatchdogSec=0.4s: a ping at most every 100 ms
  {
    kiosk::Watchdog watchdog;
    CHECK(watchdog.enabled());
    CHECK(watchdog.ping_interval_ms() == 100);
    watchdog.ping(1000);  // before the first frame: systemd is still waiting for READY=1
    CHECK(systemd.received(50).empty());
    watchdog.report_ready();
    watchdog.report_ready();
    CHECK(systemd.received(50) == std::vector<std::string>{"READY=1"});
    watchdog.ping(1000);
    watchdog.ping(1050);  // too soon
    watchdog.ping(1099);  // too soon
    watchdog.ping(1100);
    watchdog.ping(1150);
    watchdog.ping(1250);
    CHECK(systemd.received(50) == std::vector<std::string>{"WATCHDOG=1", "WATCHDOG=1", "WATCHDOG=1"});
  }
  CHECK(systemd.received(50) == std::vector<std::string>{"STOPPING=1"});
}

TEST_CASE("without WatchdogSec the watchdog reports ready and stopping but never pings") {
  FakeSystemd systemd;
  {
    kiosk::Watchdog watchdog;
    CHECK_FALSE(watchdog.enabled());
    watchdog.report_ready();
    for (int64_t t = 0; t < 10000; t += 250) watchdog.ping(t);
  }
  CHECK(systemd.received(50) == std::vector<std::string>{"READY=1", "STOPPING=1"});
}

TEST_CASE("a watchdog meant for another process is not pinged") {
  FakeSystemd systemd;
  setenv("WATCHDOG_USEC", "400000", 1);
  setenv("WATCHDOG_PID", std::to_string(getpid() + 1).c_str(), 1);
  kiosk::Watchdog watchdog;
  CHECK_FALSE(watchdog.enabled());
}

TEST_CASE("outside systemd the watchdog does nothing") {
  unsetenv("NOTIFY_SOCKET");
  setenv("WATCHDOG_USEC", "400000", 1);
  kiosk::Watchdog watchdog;
  CHECK_FALSE(watchdog.enabled());
  watchdog.report_ready();
  watchdog.ping(0);
  unsetenv("WATCHDOG_USEC");
}

TEST_CASE("the real kiosk tells systemd it is ready after its first frame, then pings and stops") {
  FakeSystemd systemd;
  setenv("WATCHDOG_USEC", "40000", 1);  // a ping at most every 10 ms: the screenshot run is short
  TempDir dir;
  std::string cmd = std::string(KIOSK_BINARY) + " --data " + (dir / "data").string() + " --screenshot " +
                    (dir / "shot.png").string() + " --size 640x400 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  REQUIRE(p);
  std::string output;
  char buf[512];
  while (fgets(buf, sizeof buf, p)) output += buf;
  INFO(output);
  REQUIRE(pclose(p) == 0);
  auto messages = systemd.received();
  REQUIRE(messages.size() >= 2);
  CHECK(messages.front() == "READY=1");
  CHECK(messages.back() == "STOPPING=1");
  for (size_t i = 1; i + 1 < messages.size(); ++i) CHECK(messages[i] == "WATCHDOG=1");
}
