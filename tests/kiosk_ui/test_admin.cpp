// The technicians' admin screen as a technician reaches it: a long press in the top-left corner,
// the PIN typed on the pad, the admin screen and its actions; and that visitors cannot reach it.
#include <catch2/catch.hpp>
#include <chrono>
#include <thread>

#include "kiosk/logic/admin.hpp"
#include "sync/status.hpp"
#include "ui_harness.hpp"

using kiosk_ui::Point;
using kiosk_ui::UiHarness;

namespace {

const std::string& pin_hash() {
  static const std::string hash = [] {
    auto made = kiosk::pin_hash_line("2468");
    return made.line.substr(12, made.line.size() - 13);  // pin_hash = "<hash>"
  }();
  return hash;
}

constexpr Point corner{20, 20};

bool shows_text(const UiHarness& ui, std::string_view prefix) {
  for (const auto& t : ui.targets())
    if (t.id.starts_with("text/") && std::string_view(t.id).substr(5).starts_with(prefix)) return true;
  return false;
}

void type(UiHarness& ui, const std::string& digits) {
  for (char c : digits) REQUIRE(ui.tap(std::string("admin/pin/") + c));
  REQUIRE(ui.tap("admin/pin/ok"));
}

}  // namespace

TEST_CASE("UI: a long press in the top-left corner opens the PIN pad, on the attract and the home screen") {
  UiHarness ui(1920, 1080);
  ui.enable_admin(pin_hash());
  ui.long_press(corner);
  CHECK(ui.state().admin.screen == kiosk::AdminScreen::pin);
  CHECK(ui.visible("admin/pin/5"));
  CHECK(ui.state().screen == kiosk::Screen::attract);  // the release pressed nothing underneath
  REQUIRE(ui.tap("admin/pin/cancel"));
  CHECK(ui.state().admin.screen == kiosk::AdminScreen::closed);

  REQUIRE(ui.tap("start"));
  REQUIRE(ui.state().screen == kiosk::Screen::home);
  ui.long_press(corner);
  CHECK(ui.state().admin.screen == kiosk::AdminScreen::pin);
  CHECK(ui.state().screen == kiosk::Screen::attract);  // the visit ended
}

TEST_CASE("UI: a long press anywhere else, a tap in the corner, or no PIN configured open nothing") {
  UiHarness ui(1920, 1080);
  ui.long_press(corner);  // no pin_hash
  CHECK(ui.state().admin.screen == kiosk::AdminScreen::closed);
  ui.enable_admin(pin_hash());
  ui.long_press({960, 540});
  ui.long_press({1900, 20});
  ui.long_press({20, 1060});
  CHECK(ui.state().admin.screen == kiosk::AdminScreen::closed);
  ui.tap_at(corner.x, corner.y);
  CHECK(ui.state().admin.screen == kiosk::AdminScreen::closed);
  // And nothing on the visitors' screens names it.
  for (const auto& t : ui.targets()) CHECK_FALSE(t.id.starts_with("admin"));
}

TEST_CASE("UI: the right PIN opens the admin screen with the content sequence; Close returns to attract") {
  UiHarness ui(1920, 1080);
  ui.enable_admin(pin_hash());
  ui.long_press(corner);
  REQUIRE(ui.tap("admin/pin/1"));
  REQUIRE(ui.tap("admin/pin/3"));
  CHECK(ui.state().admin.pin == "13");
  CHECK(ui.save_png(kiosk_ui::output_path("admin-pin.png")));
  REQUIRE(ui.tap("admin/pin/erase"));
  REQUIRE(ui.tap("admin/pin/erase"));
  feed::SyncStatus last;
  last.last_attempt = "2026-11-29T20:45:12Z";
  last.feed = "https://www.deventer.nl/kiosk-feed/";
  last.result = "failed";
  last.error = "could not connect to www.deventer.nl: Connection timed out";
  last.applied_sequence = 0;
  last.consecutive_failures = 3;
  REQUIRE(feed::write_status(ui.data_dir(), last));
  type(ui, "2468");
  REQUIRE(ui.state().admin.screen == kiosk::AdminScreen::open);
  INFO(ui.target_ids());
  CHECK(shows_text(ui, "Content: sequence 0"));
  CHECK(shows_text(ui, "App version: 0.1.0-test"));
  CHECK(shows_text(ui, "Trusted keys: 10c10d48d63ee351"));
  CHECK(shows_text(ui, "Last sync: 2026-11-29T20:45:12Z: failed — could not connect"));
  CHECK(shows_text(ui, "Failures in a row: 3"));
  CHECK(shows_text(ui, "Display: 1920 × 1080 px"));
  CHECK(shows_text(ui, "Free disk: "));
  CHECK(ui.save_png(kiosk_ui::output_path("admin.png")));

  REQUIRE(ui.tap("admin/test-pattern"));
  CHECK(ui.state().admin.screen == kiosk::AdminScreen::test_pattern);
  CHECK(ui.pixel(ui.width_px() * 1.3f / 8, ui.height_px() * 0.45f) == 0xFFFF00);  // the yellow bar, between grid lines
  CHECK(ui.save_png(kiosk_ui::output_path("admin-test-pattern.png")));
  ui.tap_at(960, 900);
  CHECK(ui.state().admin.screen == kiosk::AdminScreen::open);

  REQUIRE(ui.tap("admin/close"));
  CHECK(ui.state().admin.screen == kiosk::AdminScreen::closed);
  CHECK(ui.state().screen == kiosk::Screen::attract);
  CHECK(ui.find("start"));
}

TEST_CASE("UI: five wrong PINs lock the pad with a countdown") {
  UiHarness ui(1920, 1080);
  ui.enable_admin(pin_hash());
  ui.long_press(corner);
  for (int i = 1; i <= 4; ++i) {
    type(ui, "1111");
    CHECK(shows_text(ui, "Wrong PIN (" + std::to_string(i) + " of 5)"));
  }
  type(ui, "1111");
  CHECK(shows_text(ui, "Too many wrong PINs. Try again in 5:00"));
  CHECK(ui.save_png(kiosk_ui::output_path("admin-pin-locked.png")));
  // The right PIN is not even taken now.
  ui.tap("admin/pin/2");
  CHECK(ui.state().admin.pin.empty());
  ui.advance_ms(20'000);
  CHECK(shows_text(ui, "Too many wrong PINs. Try again in 4:4"));
}

TEST_CASE("UI: the admin screen's tasks report how they ended; restart asks twice") {
  UiHarness ui(1280, 800);
  ui.enable_admin(pin_hash());
  ui.long_press(corner);
  type(ui, "2468");
  REQUIRE(ui.state().admin.screen == kiosk::AdminScreen::open);
  REQUIRE(ui.tap("admin/usb"));
  CHECK(shows_text(ui, "Last action: No USB stick with a kiosk-feed folder found"));
  // "Sync now" runs the sync program (here /bin/false) without holding the frames up.
  REQUIRE(ui.tap("admin/sync"));
  for (int i = 0; i < 200 && ui.state().admin.task; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    ui.frames(1);
  }
  ui.frames(2);
  CHECK_FALSE(ui.state().admin.task);
  CHECK(shows_text(ui, "Last action: Sync now: "));
  REQUIRE(ui.tap("admin/restart"));
  CHECK_FALSE(ui.state().admin.exit);
  REQUIRE(ui.tap("admin/restart"));
  CHECK(ui.state().admin.exit == kiosk::AdminExit::restart);
}
