// The SDL platform layer: window (or offscreen surface), renderer, events, the frame loop that
// renders only when input or an action needs a frame, and clean exit on SIGTERM.
#pragma once

#include <memory>
#include <string>

#include "content/snapshot.hpp"
#include "kiosk/logic/config.hpp"
#include "kiosk/logic/options.hpp"
#include "kiosk/views/view.hpp"

namespace kiosk {

struct AppSetup {
  Options options;
  Config config;
  std::shared_ptr<const content::Snapshot> snapshot;
  std::string database_path;  // the store; the kiosk watches it for new content
  std::string content_dir;    // the bundled content's folder: its images, when that content is shown
  MapGeometry map;
  std::string font_regular, font_bold;
};

// Runs until SIGTERM/SIGINT (or, headless, until the screenshot is written). Returns the exit code.
int run_app(AppSetup setup);

}  // namespace kiosk
