// The real deventer-kiosk binary, rendered headless (software renderer, offscreen surface):
// it starts on the bundled content, draws the map with the partner countries highlighted, reacts
// to a tap, and logs its start-up time. Assertions are on pixels, not only on files existing.
#include <catch2/catch.hpp>

#include "kiosk_app/kiosk_shot.hpp"
#include "temp_dir.hpp"

namespace {

using Run = KioskShot;

Run run_kiosk(const TempDir& dir, const std::string& args) {
  std::string png = (dir / "shot.png").string();
  return run_kiosk_shot(std::string(KIOSK_BINARY) + " --data " + (dir / "data").string() + " --screenshot " + png +
                            " " + args,
                        png);
}

constexpr uint32_t accent = 0xA8102B;        // views/theme.hpp: top bar
constexpr uint32_t partner_land = 0xC93A52;  // countries with a partner place
constexpr uint32_t land = 0xE4E1DA;
constexpr uint32_t sea = 0xD4E6F0;

}  // namespace

TEST_CASE("the home screen shows the map with Romania highlighted, in landscape and portrait") {
  TempDir dir;
  for (auto [w, h] : {std::pair{1920, 1080}, {1080, 1920}}) {
    INFO(w << "x" << h);
    Run r = run_kiosk(dir, "--screen home --size " + std::to_string(w) + "x" + std::to_string(h));
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    REQUIRE(r.image.width_px == w);
    REQUIRE(r.image.height_px == h);
    CHECK(pixel(r.image, 10, 10) == accent);
    // North-eastern Romania, clear of the Sibiu and Cluj pins and labels.
    auto ro = home_screen_point(float(w), float(h), 47.4, 26.4);
    CHECK(pixel(r.image, ro.x, ro.y) == partner_land);
    // Spain has no partner and no organisation: plain land. The Bay of Biscay: sea.
    auto es = home_screen_point(float(w), float(h), 40.0, -3.5);
    CHECK(pixel(r.image, es.x, es.y) == land);
    auto biscay = home_screen_point(float(w), float(h), 45.5, -5.0);
    CHECK(pixel(r.image, biscay.x, biscay.y) == sea);
  }
}

TEST_CASE("a tap on the attract screen opens the home screen") {
  TempDir dir;
  Run before = run_kiosk(dir, "--size 1280x800");
  REQUIRE(before.exit_code == 0);
  CHECK(pixel(before.image, 10, 10) != accent);
  Run after = run_kiosk(dir, "--size 1280x800 --tap 640,400");
  INFO(after.output);
  REQUIRE(after.exit_code == 0);
  CHECK(pixel(after.image, 10, 10) == accent);
}

TEST_CASE("the kiosk logs its start-up time and the content it shows") {
  TempDir dir;
  Run r = run_kiosk(dir, "--size 800x600");
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.output, Catch::Contains("applied the bundled content"));
  CHECK_THAT(r.output, Catch::Contains("content: sequence 0 from bundled"));
  CHECK_THAT(r.output, Catch::Matches("[\\s\\S]*first frame after [0-9]+ ms[\\s\\S]*"));
}

TEST_CASE("the kiosk refuses to start on broken bundled content, saying why") {
  TempDir dir;
  std::filesystem::create_directories(dir / "content");
  Run r = run_kiosk(dir, "--content " + (dir / "content").string());
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.output, Catch::Contains("meta.json: cannot read"));
}
