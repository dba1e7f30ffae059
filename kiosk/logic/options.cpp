// Command-line parsing.
#include "kiosk/logic/options.hpp"

#include <cstdio>

namespace kiosk {

std::string usage() {
  return R"(usage: deventer-kiosk [options]

  --config FILE         the TOML config (default: /etc/deventer-kiosk/kiosk.toml if it exists);
                        command-line options win over it
  --windowed            a normal window (development); default: borderless at the display's bounds
  --size WxH            window or screenshot size in pixels, e.g. 1920x1080 or 1080x1920
  --screen attract|home the screen to start on (default: attract)
  --lang nl|en|de       the language to start in (default: nl)
  --data DIR            where the kiosk's database lives; the bundled content is applied there
                        on first start (default: $XDG_STATE_HOME/deventer-kiosk)
  --content DIR         the bundled default content folder
  --map DIR             the folder with world-110m.bin and world-50m.bin
  --fonts DIR           the folder with NotoSans-Regular.ttf and NotoSans-Bold.ttf
                        (default: /usr/share/fonts/truetype/noto, from fonts-noto-core)
  --screenshot FILE     render headless (software, offscreen), perform --tap's, save a PNG, exit
  --tap X,Y             with --screenshot: a tap at pixel X,Y (repeatable, in order)
  --benchmark FILE      replay a scripted visitor session through the real input path and write
                        its timings and memory as JSON to FILE, then exit; offscreen with pure
                        software rendering when SDL_VIDEODRIVER=dummy, else in a borderless window
  --bench-script NAME   visitor (default), pan-loop:SECONDS (a finger panning the map) or
                        soak:FRAMES[:SEED] (a random visitor on a simulated clock; memory samples)
  --now YYYY-MM-DDTHH:MM
                        pretend the local time starts at this moment (to try opening hours)
  --hash-pin            read an admin PIN (4 to 12 digits) from stdin, print the config line
                        pin_hash = "$argon2id$..." for [admin], and exit
  --help                this text

Logs go to stderr (journald when run by systemd). One line "first frame after N ms" marks start-up.
)";
}

ParsedOptions parse_options(const std::vector<std::string>& args) {
  ParsedOptions r;
  Options& o = r.options;
  auto need = [&](size_t& i) -> const std::string* {
    if (i + 1 >= args.size()) {
      r.error = args[i] + " needs a value";
      return nullptr;
    }
    return &args[++i];
  };
  for (size_t i = 0; i < args.size() && r.error.empty(); ++i) {
    const std::string& a = args[i];
    const std::string* v = nullptr;
    if (a == "--windowed") {
      o.windowed = true;
    } else if (a == "--help" || a == "-h") {
      o.help = true;
    } else if (a == "--hash-pin") {
      o.hash_pin = true;
    } else if (a == "--size") {
      if (!(v = need(i))) break;
      char x = 0;
      int w = 0, h = 0, n = 0;
      if (std::sscanf(v->c_str(), "%d%c%d%n", &w, &x, &h, &n) != 3 || x != 'x' || n != int(v->size()) || w < 200 ||
          h < 200 || w > 16384 || h > 16384)
        r.error = "--size \"" + *v + "\": expected WxH, e.g. 1920x1080 (200 to 16384 pixels each)";
      o.width_px = w;
      o.height_px = h;
    } else if (a == "--screen") {
      if (!(v = need(i))) break;
      if (*v == "attract") {
        o.screen = Screen::attract;
      } else if (*v == "home") {
        o.screen = Screen::home;
      } else {
        r.error = "--screen \"" + *v + "\": expected attract or home";
      }
    } else if (a == "--lang") {
      if (!(v = need(i))) break;
      if (!content::lang_from_code(*v)) r.error = "--lang \"" + *v + "\": expected nl, en or de";
      o.lang = *v;
    } else if (a == "--now") {
      if (!(v = need(i))) break;
      if (!parse_local_time(*v)) r.error = "--now \"" + *v + "\": expected a local time YYYY-MM-DDTHH:MM, e.g. 2026-12-24T09:00";
      o.now = *v;
    } else if (a == "--config") {
      if ((v = need(i))) o.config = *v;
    } else if (a == "--data") {
      if ((v = need(i))) o.data_dir = *v;
    } else if (a == "--content") {
      if ((v = need(i))) o.content_dir = *v;
    } else if (a == "--map") {
      if ((v = need(i))) o.map_dir = *v;
    } else if (a == "--fonts") {
      if ((v = need(i))) o.font_dir = *v;
    } else if (a == "--screenshot") {
      if ((v = need(i))) o.screenshot = *v;
    } else if (a == "--benchmark") {
      if ((v = need(i))) o.benchmark = *v;
    } else if (a == "--bench-script") {
      if ((v = need(i))) o.bench_script = *v;
    } else if (a == "--tap") {
      if (!(v = need(i))) break;
      float x = 0, y = 0;
      char comma = 0;
      if (std::sscanf(v->c_str(), "%f%c%f", &x, &comma, &y) != 3 || comma != ',')
        r.error = "--tap \"" + *v + "\": expected X,Y in pixels, e.g. 960,540";
      o.taps.emplace_back(x, y);
    } else {
      r.error = "unknown option \"" + a + "\" (see --help)";
    }
  }
  if (r.error.empty() && !o.taps.empty() && o.screenshot.empty()) r.error = "--tap needs --screenshot";
  if (r.error.empty() && !o.benchmark.empty() && !o.screenshot.empty())
    r.error = "--benchmark and --screenshot are two different runs: give one";
  if (r.error.empty() && !o.bench_script.empty() && o.benchmark.empty()) r.error = "--bench-script needs --benchmark";
  return r;
}

}  // namespace kiosk
