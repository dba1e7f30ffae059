// "Sync now" and "Apply from USB" on an installed kiosk: the kiosk's request file, the real
// systemd/kiosk-admin-request script (with systemctl, udevadm and journalctl played by small
// scripts that log what they were asked), and the result the admin screen shows.
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "kiosk/logic/update.hpp"
#include "kiosk/platform/admin_tasks.hpp"

namespace fs = std::filesystem;

namespace {

struct Scratch {
  fs::path dir;
  Scratch() {
    std::string t = (fs::temp_directory_path() / "kiosk-requests.XXXXXX").string();
    REQUIRE(mkdtemp(t.data()));
    dir = t;
  }
  ~Scratch() { fs::remove_all(dir); }
};

void write_file(const fs::path& p, const std::string& text, bool executable = false) {
  fs::create_directories(p.parent_path());
  std::ofstream(p) << text;
  if (executable) chmod(p.c_str(), 0755);
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// A machine for the script: fake systemctl (units finish with UNIT_STATUS), journalctl (prints
// REASON), udevadm (reads each device's properties from FAKE/udev/NAME), and /sys/class/block.
struct FakeSystem {
  Scratch s;
  fs::path data = s.dir / "data", results = s.dir / "run", fake = s.dir / "fake", log = s.dir / "calls.log";

  FakeSystem(int unit_status, const std::string& reason) {
    fs::create_directories(data);
    fs::create_directories(fake / "block");
    write_file(fake / "systemctl",
               "#!/bin/sh\necho \"systemctl $*\" >>" + log.string() +
                   "\ncase \"$1 $2 $3\" in\n"
                   "  'show -P ExecMainStatus') echo " + std::to_string(unit_status) + " ;;\n"
                   "  'show -P InvocationID') echo 0123abcd ;;\nesac\n",
               true);
    write_file(fake / "journalctl", "#!/bin/sh\necho \"journalctl $*\" >>" + log.string() + "\necho 'older line'\necho '" + reason + "'\n", true);
    write_file(fake / "udevadm",
               "#!/bin/sh\nfor a; do case $a in --path=*) dev=$(basename \"${a#--path=}\") ;; esac; done\n"
               "cat " + (fake / "udev").string() + "/\"$dev\"\n",
               true);
  }
  void add_block_device(const std::string& name, const std::string& properties) {
    fs::create_directories(fake / "block" / name);
    write_file(fake / "udev" / name, properties);
  }
  // Runs the real script, as kiosk-admin-request.service would; its exit status.
  int run_handler() const {
    std::string cmd = "KIOSK_REQUESTS_DIR=" + (data / "requests").string() + " KIOSK_RESULTS_DIR=" + results.string() +
                      " SYSTEMCTL=" + (fake / "systemctl").string() + " JOURNALCTL=" + (fake / "journalctl").string() +
                      " UDEVADM=" + (fake / "udevadm").string() + " KIOSK_SYS_BLOCK=" + (fake / "block").string() +
                      " sh " KIOSK_SYSTEMD_DIR "/kiosk-admin-request >>" + log.string() + " 2>&1";
    return std::system(cmd.c_str());
  }
  std::string calls() const { return read_file(log); }
  kiosk::AdminTasksSetup setup() const {
    kiosk::AdminTasksSetup st;
    st.version = "0.1.0-test";
    st.data_dir = data;
    st.sync_binary = "/bin/false";  // must not run: systemd does the work
    st.runner = kiosk::AdminTaskRunner::systemd;
    st.results_dir = results;
    return st;
  }
};

kiosk::State asking(kiosk::AdminTask task) {
  kiosk::State s;
  s.admin.enabled = true;
  s.admin.screen = kiosk::AdminScreen::open;
  s.admin.task = task;
  return s;
}

std::vector<fs::path> files_in(const fs::path& dir) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) out.push_back(e.path());
  return out;
}

// Polls until a task finishes; its AdminTaskFinished.
std::optional<kiosk::AdminTaskFinished> finished(kiosk::AdminTasks& tasks, const kiosk::State& s) {
  for (const auto& a : tasks.poll(s))
    if (const auto* admin = std::get_if<kiosk::AdminAction>(&a))
      if (const auto* f = std::get_if<kiosk::AdminTaskFinished>(admin)) return *f;
  return std::nullopt;
}

}  // namespace

TEST_CASE("installed kiosk: Sync now asks systemd through a request file and shows kiosk-sync's result") {
  FakeSystem sys(1, "kiosk-sync: rejected: the feed is signed by key 99aa, which is not in trusted_keys");
  kiosk::AdminTasks tasks(sys.setup());
  auto s = asking(kiosk::AdminTask::sync_now);
  CHECK_FALSE(finished(tasks, s));
  CHECK(tasks.busy());
  auto requests = files_in(sys.data / "requests");
  REQUIRE(requests.size() == 1);
  const std::string name = requests[0].filename().string();
  CHECK(name.starts_with("sync-now."));
  CHECK(name.ends_with(".request"));
  CHECK_FALSE(finished(tasks, s));  // nothing yet: the handler has not run

  REQUIRE(sys.run_handler() == 0);
  CHECK(sys.calls().find("systemctl start kiosk-sync.service") != std::string::npos);
  CHECK(sys.calls().find("_SYSTEMD_INVOCATION_ID=0123abcd") != std::string::npos);
  CHECK(files_in(sys.data / "requests").empty());  // consumed
  auto f = finished(tasks, s);
  REQUIRE(f);
  CHECK_FALSE(f->ok);
  CHECK(f->line == "Sync now: rejected: kiosk-sync: rejected: the feed is signed by key 99aa, which is not in trusted_keys");
  CHECK_FALSE(tasks.busy());
}

TEST_CASE("installed kiosk: Apply from USB starts the USB unit for the stick's file system only") {
  FakeSystem sys(0, "kiosk-sync: applied sequence 7");
  sys.add_block_device("sda", "ID_BUS=ata\nID_FS_USAGE=filesystem\n");          // the SD card or a disk
  sys.add_block_device("sdb", "ID_BUS=usb\nID_PART_TABLE_TYPE=dos\n");          // the stick itself
  sys.add_block_device("sdb1", "ID_BUS=usb\nID_FS_USAGE=filesystem\nID_FS_TYPE=vfat\n");  // its partition
  kiosk::AdminTasks tasks(sys.setup());
  auto s = asking(kiosk::AdminTask::apply_usb);
  CHECK_FALSE(finished(tasks, s));
  REQUIRE(sys.run_handler() == 0);
  const std::string calls = sys.calls();
  CHECK(calls.find("systemctl start kiosk-sync-usb@sdb1.service") != std::string::npos);
  CHECK(calls.find("kiosk-sync-usb@sda") == std::string::npos);
  CHECK(calls.find("kiosk-sync-usb@sdb.service") == std::string::npos);
  auto f = finished(tasks, s);
  REQUIRE(f);
  CHECK(f->ok);
  CHECK(f->line == "USB: done");
}

TEST_CASE("installed kiosk: Apply from USB without a stick says so") {
  FakeSystem sys(0, "");
  sys.add_block_device("mmcblk0p2", "ID_FS_USAGE=filesystem\n");
  kiosk::AdminTasks tasks(sys.setup());
  auto s = asking(kiosk::AdminTask::apply_usb);
  CHECK_FALSE(finished(tasks, s));
  REQUIRE(sys.run_handler() == 0);
  CHECK(sys.calls().find("systemctl start") == std::string::npos);
  auto f = finished(tasks, s);
  REQUIRE(f);
  CHECK_FALSE(f->ok);
  CHECK(f->line == "USB: failed: no USB stick with a file system is plugged in");
}

TEST_CASE("installed kiosk: a request nothing picks up ends with what to check") {
  FakeSystem sys(0, "");
  std::string error;
  auto task = kiosk::RequestedTask::start(sys.data / "requests", sys.results, "sync-now", error, 50);
  REQUIRE(task);
  CHECK_FALSE(task->poll());
  std::this_thread::sleep_for(std::chrono::milliseconds(80));
  auto status = task->poll();
  REQUIRE(status);
  CHECK(*status == 127);
  CHECK(task->last_line().find("kiosk-admin-request.path") != std::string::npos);
  CHECK(files_in(sys.data / "requests").empty());  // withdrawn, so a late handler does not run it
}

TEST_CASE("the request handler reads only names, and follows no link in the kiosk's folder") {
  FakeSystem sys(0, "kiosk-sync: up to date");
  const fs::path requests = sys.data / "requests";
  const fs::path secret = sys.s.dir / "secret";
  write_file(secret, "do not touch\n");
  fs::create_directories(requests);
  fs::create_symlink(secret, requests / "sync-now.5.request");          // a link: only unlinked
  write_file(requests / "reboot.6.request", "");                        // an unknown kind
  write_file(requests / "sync-now.7x.request", "");                     // a bad token
  write_file(requests / "sync-now.8.request", "rm -rf /\n");            // content is never read
  REQUIRE(sys.run_handler() == 0);
  CHECK(read_file(secret) == "do not touch\n");
  CHECK(files_in(requests).empty());
  CHECK(read_file(sys.results / "sync-now.8.result") == "0\nkiosk-sync: up to date\n");
  CHECK(read_file(sys.results / "sync-now.5.result") == "0\nkiosk-sync: up to date\n");  // a request like any
  CHECK_FALSE(fs::exists(sys.results / "reboot.6.result"));
  CHECK_FALSE(fs::exists(sys.results / "sync-now.7x.result"));
  CHECK(sys.calls().find("ignoring") != std::string::npos);
  for (const auto& p : files_in(sys.results)) CHECK(p.extension() == ".result");  // no .running left
}
