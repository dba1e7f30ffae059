// The real deventer-kiosk outside its opening hours, headless with a faked local time (--now):
// the screen is black; a touch wakes it only with wake_on_touch; inside the hours, and with a
// clock that cannot be right, it shows the attract screen.
#include <fstream>

#include "kiosk_app/kiosk_shot.hpp"
#include "temp_dir.hpp"

namespace {

struct Shot : KioskShot {
  // Pixels that are not black, over a grid of every 8th pixel.
  int lit() const {
    int n = 0;
    for (int y = 0; y < image.height_px; y += 8)
      for (int x = 0; x < image.width_px; x += 8) {
        size_t i = (size_t(y) * size_t(image.width_px) + size_t(x)) * 4;
        n += image.rgba[i] || image.rgba[i + 1] || image.rgba[i + 2];
      }
    return n;
  }
};

// Open 09:00-17:00 every day, closed on Christmas Day 2037 (far enough ahead to stay after the
// build date, so the clock is believed).
void write_config(const TempDir& dir, bool wake_on_touch) {
  std::ofstream out(dir / "kiosk.toml");
  out << "[opening_hours]\n";
  for (const char* day : {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
    out << day << " = \"09:00-17:00\"\n";
  out << "closed_dates = [\"2037-12-25\"]\nwake_on_touch = " << (wake_on_touch ? "true" : "false") << "\n";
}

Shot shoot(const TempDir& dir, const std::string& args) {
  std::string png = (dir / "shot.png").string();
  std::string cmd = "TZ=Europe/Amsterdam " + std::string(KIOSK_BINARY) + " --config " + (dir / "kiosk.toml").string() +
                    " --data " + (dir / "data").string() + " --size 800x600 --screenshot " + png + " " + args;
  return Shot{run_kiosk_shot(cmd, png)};
}

}  // namespace

TEST_CASE("outside the opening hours the kiosk shows one black frame, and a touch does not wake it") {
  TempDir dir;
  write_config(dir, false);
  for (const char* args :
       {"--now 2037-12-25T10:00", "--now 2037-12-24T17:00", "--now 2037-12-25T10:00 --tap 400,300"}) {
    INFO(args);
    Shot s = shoot(dir, args);
    INFO(s.output);
    REQUIRE(s.exit_code == 0);
    REQUIRE(s.image.width_px == 800);
    CHECK(s.lit() == 0);
    CHECK_THAT(s.output, Catch::Contains("outside the opening hours: the screen is dark until"));
  }
  Shot christmas = shoot(dir, "--now 2037-12-25T10:00");
  CHECK_THAT(christmas.output, Catch::Contains("dark until 2037-12-26 09:00 CET"));
}

TEST_CASE("inside the opening hours the kiosk shows the attract screen") {
  TempDir dir;
  write_config(dir, false);
  Shot s = shoot(dir, "--now 2037-12-24T16:59");
  INFO(s.output);
  REQUIRE(s.exit_code == 0);
  CHECK(s.lit() > 1000);
  CHECK_THAT(s.output, Catch::Contains("opening hours: open until 2037-12-24 17:00 CET"));
}

TEST_CASE("with wake_on_touch a touch on the black screen shows the attract screen, not more") {
  TempDir dir;
  write_config(dir, true);
  Shot dark = shoot(dir, "--now 2037-12-25T10:00");
  CHECK(dark.lit() == 0);
  Shot woken = shoot(dir, "--now 2037-12-25T10:00 --tap 400,300");
  INFO(woken.output);
  REQUIRE(woken.exit_code == 0);
  CHECK(woken.lit() > 1000);
  Shot open = shoot(dir, "--now 2037-12-24T10:00");  // the attract screen, as during the hours
  size_t top_left = 0;                               // the top bar of the home screen would be red here
  CHECK(woken.image.rgba[top_left] == open.image.rgba[top_left]);
  // The same touch during the hours starts a visit (the home screen's red top bar).
  Shot visit = shoot(dir, "--now 2037-12-24T10:00 --tap 400,300");
  CHECK(visit.image.rgba[top_left] != woken.image.rgba[top_left]);
}

TEST_CASE("a clock earlier than the app's build is not believed: no black screen, one warning") {
  TempDir dir;
  write_config(dir, false);
  Shot s = shoot(dir, "--now 2001-01-01T03:00");
  INFO(s.output);
  REQUIRE(s.exit_code == 0);
  CHECK(s.lit() > 1000);
  CHECK_THAT(s.output, Catch::Contains("it cannot be right, so opening hours are not kept"));
}

TEST_CASE("--now refuses what is not a local time") {
  TempDir dir;
  write_config(dir, false);
  Shot s = shoot(dir, "--now 2037-12-25");
  CHECK(s.exit_code == 2);
  CHECK_THAT(s.output, Catch::Contains("--now \"2037-12-25\": expected a local time YYYY-MM-DDTHH:MM"));
}
