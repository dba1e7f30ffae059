// deventer-kiosk: parses the command line, makes sure there is content (applying the bundled
// default on first start), loads the map and runs the app.
#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <filesystem>
#include <string>
#include <vector>

#include "content/map_asset.hpp"
#include "kiosk/logic/admin.hpp"
#include "kiosk/logic/config.hpp"
#include "kiosk/logic/exit_codes.hpp"
#include "kiosk/logic/content_setup.hpp"
#include "kiosk/logic/options.hpp"
#include "kiosk/platform/app.hpp"

// --hash-pin: the PIN from stdin (a terminal or a pipe), the config line on stdout.
static int hash_pin() {
  termios saved{};
  bool terminal = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
  if (terminal) {  // not echoed on the screen
    std::fputs("admin PIN (4 to 12 digits, not shown): ", stderr);
    termios quiet = saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
  }
  std::string pin;
  if (!std::getline(std::cin, pin)) pin.clear();
  if (terminal) {
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    std::fputs("\n", stderr);
  }
  while (!pin.empty() && (pin.back() == '\r' || pin.back() == ' ')) pin.pop_back();
  auto made = kiosk::pin_hash_line(pin);
  if (!made.error.empty()) {
    std::fprintf(stderr, "deventer-kiosk: %s\n", made.error.c_str());
    return kiosk::exit_usage;
  }
  std::printf("[admin]\n%s\n", made.line.c_str());
  return 0;
}

int main(int argc, char** argv) {
  auto parsed = kiosk::parse_options(std::vector<std::string>(argv + 1, argv + argc));
  if (!parsed.error.empty()) {
    std::fprintf(stderr, "deventer-kiosk: %s\n", parsed.error.c_str());
    return 2;
  }
  kiosk::AppSetup setup;
  setup.options = parsed.options;
  kiosk::Options& o = setup.options;
  if (o.help) {
    std::fputs(kiosk::usage().c_str(), stdout);
    return 0;
  }
  if (o.hash_pin) return hash_pin();
  kiosk::Config config;
  std::string config_path = o.config;
  if (config_path.empty() && std::filesystem::exists(kiosk::installed_config_path))
    config_path = kiosk::installed_config_path;
  if (!config_path.empty()) {
    auto loaded = kiosk::load_config(config_path);
    if (!loaded) {
      std::fprintf(stderr, "deventer-kiosk: error: %s\n", loaded.error().message.c_str());
      return 2;
    }
    config = *loaded;
    o.config = config_path;  // the admin screen's kiosk-sync gets the same one
    std::fprintf(stderr, "config: %s\n", config_path.c_str());
  }
  setup.config = config;
  auto pick = [](std::string& option, const std::string& configured, const std::string& fallback) {
    if (option.empty()) option = configured.empty() ? fallback : configured;
  };
  pick(o.data_dir, config.data_dir, kiosk::default_data_dir());
  pick(o.content_dir, config.content_dir, KIOSK_DEFAULT_CONTENT_DIR);
  pick(o.map_dir, config.map_dir, KIOSK_DEFAULT_MAP_DIR);
  pick(o.font_dir, config.font_dir, KIOSK_DEFAULT_FONT_DIR);
  if (config.rotation_deg != 0)
    std::fprintf(stderr, "warning: [display] rotation = %d is not implemented yet: the picture is not rotated\n",
                 config.rotation_deg);

  auto snapshot = kiosk::open_content(o.data_dir, o.content_dir);
  if (!snapshot) {
    std::fprintf(stderr, "deventer-kiosk: error: %s\n", snapshot.error().message.c_str());
    return 1;
  }
  setup.snapshot = *snapshot;
  setup.content_dir = o.content_dir;
  setup.database_path = (std::filesystem::path(o.data_dir) / kiosk::database_file_name).string();
  std::fprintf(stderr, "content: sequence %lld from %s\n", (long long)setup.snapshot->state().sequence,
               setup.snapshot->state().feed_id.c_str());

  for (auto [file, asset] : {std::pair{"world-110m.bin", &setup.map.coarse}, std::pair{"world-50m.bin", &setup.map.fine}}) {
    auto loaded = content::load_map_asset(o.map_dir + "/" + file);
    if (!loaded.asset) {
      std::fprintf(stderr, "deventer-kiosk: error: %s\n", loaded.error.c_str());
      return 1;
    }
    *asset = std::move(*loaded.asset);
  }
  setup.font_regular = o.font_dir + "/NotoSans-Regular.ttf";
  setup.font_bold = o.font_dir + "/NotoSans-Bold.ttf";
  return kiosk::run_app(std::move(setup));
}
