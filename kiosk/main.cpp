// deventer-kiosk: parses the command line, makes sure there is content (applying the bundled
// default on first start), loads the map and runs the app.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "content/map_asset.hpp"
#include "kiosk/logic/content_setup.hpp"
#include "kiosk/logic/options.hpp"
#include "kiosk/platform/app.hpp"

namespace {

std::string default_data_dir() {
  if (const char* s = std::getenv("XDG_STATE_HOME"); s && *s) return std::string(s) + "/deventer-kiosk";
  if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.local/state/deventer-kiosk";
  return "/var/lib/deventer-kiosk";
}

}  // namespace

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
  if (o.data_dir.empty()) o.data_dir = default_data_dir();
  if (o.content_dir.empty()) o.content_dir = KIOSK_DEFAULT_CONTENT_DIR;
  if (o.map_dir.empty()) o.map_dir = KIOSK_DEFAULT_MAP_DIR;
  if (o.font_dir.empty()) o.font_dir = KIOSK_DEFAULT_FONT_DIR;

  auto snapshot = kiosk::open_content(o.data_dir, o.content_dir);
  if (!snapshot) {
    std::fprintf(stderr, "deventer-kiosk: error: %s\n", snapshot.error().message.c_str());
    return 1;
  }
  setup.snapshot = *snapshot;
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
