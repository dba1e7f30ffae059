// The kiosk's command line (../shared/DESIGN.md §7). Parsed without SDL so tests and tools can
// rely on it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kiosk/logic/state.hpp"

namespace kiosk {

struct Options {
  bool windowed = false;
  int width_px = 0, height_px = 0;  // 0: the display's size (or 1280×800 windowed)
  Screen screen = Screen::attract;
  std::string data_dir;     // where kiosk.db lives; empty: the default
  std::string content_dir;  // the bundled default content
  std::string map_dir;      // world-110m.bin and world-50m.bin
  std::string font_dir;     // NotoSans-Regular.ttf and NotoSans-Bold.ttf
  // Headless: render to an offscreen surface, perform the taps, write a PNG and exit.
  std::string screenshot;
  std::vector<std::pair<float, float>> taps;
  // Benchmark mode (platform/bench.hpp): write the session's figures as JSON here, then exit.
  std::string benchmark;
  std::string bench_script;  // empty: "visitor"
  std::string lang;    // start language (nl, en, de)
  std::string now;     // "YYYY-MM-DDTHH:MM": pretend the local time starts here (tests, technicians)
  std::string config;  // TOML config file; empty: /etc/deventer-kiosk/kiosk.toml if it exists
  bool help = false;
  bool hash_pin = false;  // read an admin PIN from stdin, print its [admin] pin_hash line, exit
};

struct ParsedOptions {
  Options options;
  std::string error;  // non-empty: what was wrong, for stderr
};

ParsedOptions parse_options(const std::vector<std::string>& args);
std::string usage();

}  // namespace kiosk
