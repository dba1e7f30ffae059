// The process side of `kiosk-feed preview`: finding the kiosk binary, a throwaway data folder, and
// running the kiosk until it exits. The command itself (arguments, help, messages) is in
// kiosk_feed_commands.cpp. Nothing here touches an installed kiosk: the kiosk gets its own empty
// config and data folder, both removed afterwards.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "sync/result.hpp"

namespace feed_tool {

inline constexpr const char* kiosk_binary_name = "deventer-kiosk";
inline constexpr const char* kiosk_binary_env = "KIOSK_BINARY";

struct KioskBinary {
  std::string path;      // a path, or the bare name for a PATH search when it is started
  std::string found_by;  // "--kiosk", "$KIOSK_BINARY", "beside kiosk-feed" or "the PATH", for messages
};

// The kiosk program to run: `explicit_path` (--kiosk) if given, else $KIOSK_BINARY if set, else
// deventer-kiosk beside this program (installed side by side) or in ../kiosk/ (a build tree),
// else the bare name. `self_dir` is this program's folder.
KioskBinary find_kiosk_binary(const std::string& explicit_path, const std::filesystem::path& self_dir);

// Whether `path` is a file this user may run.
bool is_executable_file(const std::filesystem::path& path);

// The folder of the running program (from /proc/self/exe); empty if it cannot be read.
std::filesystem::path own_folder();

// A fresh, private (0700) folder under $TMPDIR (else /tmp), removed with its contents when this
// object goes away.
class TempFolder {
 public:
  static feed::Result<TempFolder> make(const std::string& prefix);
  TempFolder(TempFolder&& other) noexcept : path_(std::move(other.path_)) { other.path_.clear(); }
  TempFolder& operator=(TempFolder&&) = delete;
  ~TempFolder();
  const std::filesystem::path& path() const { return path_; }
  // Removes the folder now (the destructor does it too, silently); an error names what is left.
  feed::Status remove();

 private:
  explicit TempFolder(std::filesystem::path p) : path_(std::move(p)) {}
  std::filesystem::path path_;
};

// Starts argv[0] (searched on PATH if it has no slash) with argv, waits for it to exit and returns
// its exit status, or 128 + the signal number if a signal ended it. While it runs, SIGINT, SIGTERM
// and SIGHUP sent to this process are passed on to it as SIGTERM (the kiosk then stops cleanly),
// so the caller always gets to clean up. ErrorCode::missing when the program does not exist.
feed::Result<int> run_and_wait(const std::vector<std::string>& argv);

}  // namespace feed_tool
