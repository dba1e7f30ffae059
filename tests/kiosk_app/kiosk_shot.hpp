// Running the real deventer-kiosk headless (--screenshot) from a test, and reading its pixels:
// shared by the kiosk_app tests and the end-to-end sync test.
#pragma once

#include <catch2/catch.hpp>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "content/image.hpp"
#include "content/projection.hpp"
#include "kiosk/logic/camera.hpp"
#include "kiosk/logic/layout.hpp"

struct KioskShot {
  int exit_code = -1;
  std::string output;            // stdout and stderr
  content::DecodedImage image;   // empty if no PNG was written
};

// The PNG at `path`, decoded (empty if missing or unreadable).
inline content::DecodedImage load_png(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::vector<uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (bytes.empty()) return {};
  auto decoded = content::decode_image(bytes);
  return decoded ? std::move(*decoded) : content::DecodedImage{};
}

// Runs `command` through the shell (a kiosk invocation whose --screenshot writes `png`).
inline KioskShot run_kiosk_shot(const std::string& command, const std::filesystem::path& png) {
  KioskShot r;
  std::filesystem::remove(png);
  FILE* p = popen((command + " 2>&1").c_str(), "r");
  REQUIRE(p);
  char buf[512];
  while (fgets(buf, sizeof buf, p)) r.output += buf;
  int status = pclose(p);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.image = load_png(png);
  return r;
}

// 0xRRGGBB at (x, y).
inline uint32_t pixel(const content::DecodedImage& img, float x, float y) {
  size_t i = (size_t(y) * size_t(img.width_px) + size_t(x)) * 4;
  return uint32_t(img.rgba[i]) << 16 | uint32_t(img.rgba[i + 1]) << 8 | img.rgba[i + 2];
}

// Where a lat/lon lands on the home screen of a w×h display, as the app lays it out.
inline kiosk::ScreenPoint home_screen_point(float w, float h, double lat, double lon) {
  kiosk::Layout l = kiosk::home_layout(w, h, kiosk::metrics_for(std::min(w, h)));
  kiosk::MapCamera cam;
  cam.set_viewport(l.map.x, l.map.y, l.map.w, l.map.h);
  cam.show_europe_africa();
  return cam.to_screen(content::project_equal_earth(lat, lon));
}
