// The admin screen's logic: the PIN (Argon2id hash, right and wrong, lockout on a simulated
// clock), the corner long press, and the admin screen's states, all through update().
#include <catch2/catch.hpp>

#include "kiosk/logic/config.hpp"
#include "kiosk/logic/update.hpp"

using namespace kiosk;

namespace {

State run(State s, std::initializer_list<Action> actions) {
  for (const auto& a : actions) s = update(std::move(s), a);
  return s;
}

// A kiosk with the admin screen enabled on a 1920×1080 display of 24" (3.6 px per mm).
State kiosk_with_admin(int64_t now_ms = 100'000) {
  State s;
  s.admin = admin_setup(true, 1920, 1080, 0);
  s.now_ms = s.last_input_ms = now_ms;
  return s;
}

Gesture long_press(float x, float y) { return {Gesture::Type::long_press, x, y, 0, 0, x, y}; }

State type_pin(State s, const std::string& pin) {
  for (char c : pin) s = update(std::move(s), AdminAction{PinDigitTyped{c}});
  return update(std::move(s), AdminAction{PinSubmitted{}});
}

State open_pad(State s) { return update(std::move(s), AdminAction{AdminCornerHeld{}}); }

// One wrong PIN through the pad, as the platform answers it.
State wrong_pin(State s) {
  s = type_pin(std::move(s), "0000");
  REQUIRE(s.admin.checking);
  return update(std::move(s), AdminAction{PinChecked{false}});
}

}  // namespace

TEST_CASE("a PIN hashed for the config verifies, and a wrong PIN does not") {
  auto made = pin_hash_line("4711");
  REQUIRE(made.error.empty());
  REQUIRE(made.line.starts_with("pin_hash = \"$argon2id$"));
  std::string hash = made.line.substr(12, made.line.size() - 13);
  CHECK(pin_hash_readable(hash));
  CHECK(pin_matches(hash, "4711"));
  CHECK_FALSE(pin_matches(hash, "4712"));
  CHECK_FALSE(pin_matches(hash, "47110"));
  CHECK_FALSE(pin_matches(hash, ""));
  // Salted: the same PIN never gives the same text twice.
  CHECK(pin_hash_line("4711").line != made.line);
  // The config line reads back as the same hash.
  auto config = parse_config("[admin]\n" + made.line + "\n", "kiosk.toml");
  REQUIRE(config);
  CHECK(config->admin.pin_hash == hash);
}

TEST_CASE("a PIN to hash must be 4 to 12 digits") {
  CHECK(pin_hash_line("123").error == "the PIN must be 4 to 12 digits (the on-screen pad has only 0-9)");
  CHECK_FALSE(pin_hash_line("1234567890123").error.empty());
  CHECK_FALSE(pin_hash_line("12a4").error.empty());
  CHECK(pin_hash_line("123456789012").error.empty());
}

TEST_CASE("damaged or foreign hashes never match and are not readable") {
  CHECK_FALSE(pin_hash_readable(""));
  CHECK_FALSE(pin_hash_readable("$argon2id$garbage"));
  CHECK_FALSE(pin_hash_readable("$2y$10$abcdefghijklmnopqrstuu"));  // bcrypt
  CHECK_FALSE(pin_matches("$argon2id$garbage", "1234"));
  CHECK_FALSE(pin_matches("", ""));
}

TEST_CASE("the config refuses a PIN where its hash belongs, and reads the USB patterns") {
  auto plain = parse_config("[admin]\npin_hash = \"1234\"\n", "kiosk.toml");
  REQUIRE_FALSE(plain);
  CHECK(plain.error().message ==
        "kiosk.toml:2: pin_hash must be the \"$argon2id$...\" text that `deventer-kiosk --hash-pin` prints, never the PIN");
  auto defaults = parse_config("", "kiosk.toml");
  REQUIRE(defaults);
  CHECK(defaults->admin.pin_hash.empty());
  CHECK(defaults->admin.usb_globs == std::vector<std::string>{"/media/*/kiosk-feed", "/media/*/*/kiosk-feed"});
  auto one = parse_config("[admin]\nusb_glob = \"/mnt/usb*/feed\"\n", "kiosk.toml");
  REQUIRE(one);
  CHECK(one->admin.usb_globs == std::vector<std::string>{"/mnt/usb*/feed"});
  CHECK(one->admin.tasks.empty());  // the build's default
  auto tasks = parse_config("[admin]\ntasks = \"systemd\"\n", "kiosk.toml");
  REQUIRE(tasks);
  CHECK(tasks->admin.tasks == "systemd");
  auto bad_tasks = parse_config("[admin]\ntasks = \"sudo\"\n", "kiosk.toml");
  REQUIRE_FALSE(bad_tasks);
  CHECK(bad_tasks.error().message.starts_with("kiosk.toml:2: tasks must be \"child\""));
  auto typo = parse_config("[admin]\npin = \"1234\"\n", "kiosk.toml");
  REQUIRE_FALSE(typo);
  CHECK(typo.error().message == "kiosk.toml:2: unknown key \"pin\" in [admin] (a typo?)");
}

TEST_CASE("a long press in the top-left 15 mm opens the PIN pad, anywhere else nothing") {
  State s = kiosk_with_admin();
  CHECK(s.admin.corner_px == Approx(15 * std::hypot(1920.0, 1080.0) / (24 * 25.4)));  // ~54 px
  REQUIRE(admin_action_for(s, long_press(10, 10)));
  CHECK(admin_action_for(s, long_press(s.admin.corner_px - 1, s.admin.corner_px - 1)));
  CHECK_FALSE(admin_action_for(s, long_press(s.admin.corner_px + 1, 10)));
  CHECK_FALSE(admin_action_for(s, long_press(10, s.admin.corner_px + 1)));
  CHECK_FALSE(admin_action_for(s, long_press(1900, 10)));  // the top-right corner
  CHECK_FALSE(admin_action_for(s, long_press(960, 540)));
  Gesture tap{Gesture::Type::tap, 10, 10, 0, 0, 10, 10};
  CHECK_FALSE(admin_action_for(s, tap));
  // With the display's size known, 15 mm are measured on it.
  State dense = s;
  dense.admin = admin_setup(true, 1280, 800, 10);
  CHECK(dense.admin.corner_px == Approx(150));
  CHECK_FALSE(dense.admin.px_per_mm_assumed);
}

TEST_CASE("with no PIN hash configured the corner does nothing") {
  State s;
  s.admin = admin_setup(false, 1920, 1080, 0);
  CHECK_FALSE(admin_action_for(s, long_press(10, 10)));
  s = update(s, AdminAction{AdminCornerHeld{}});
  CHECK(s.admin.screen == AdminScreen::closed);
}

TEST_CASE("opening the pad ends the visitor's visit; the right PIN opens the admin screen") {
  State s = kiosk_with_admin();
  s = run(s, {StartRequested{}, LanguageSelected{content::Lang::de}, SearchOpened{}});
  s = open_pad(s);
  CHECK(s.admin.screen == AdminScreen::pin);
  CHECK(s.screen == Screen::attract);
  CHECK(s.lang == content::Lang::nl);
  CHECK_FALSE(s.search_open);
  s = type_pin(s, "4711");
  CHECK(s.admin.checking);
  CHECK(s.admin.pin == "4711");  // kept for the platform's check
  // Typing while the check runs changes nothing.
  s = update(s, AdminAction{PinDigitTyped{'9'}});
  CHECK(s.admin.pin == "4711");
  s = update(s, AdminAction{PinChecked{true}});
  CHECK(s.admin.screen == AdminScreen::open);
  CHECK(s.admin.pin.empty());
  CHECK_FALSE(s.admin.checking);
}

TEST_CASE("the pad takes digits only, up to 12, erases one, and wants at least 4") {
  State s = open_pad(kiosk_with_admin());
  s = run(s, {AdminAction{PinDigitTyped{'1'}}, AdminAction{PinDigitTyped{'x'}}, AdminAction{PinDigitTyped{'2'}},
              AdminAction{PinErased{}}});
  CHECK(s.admin.pin == "1");
  s = update(s, AdminAction{PinSubmitted{}});
  CHECK_FALSE(s.admin.checking);  // too short to ask
  for (int i = 0; i < 20; ++i) s = update(s, AdminAction{PinDigitTyped{'7'}});
  CHECK(s.admin.pin.size() == max_pin_digits);
}

TEST_CASE("five wrong PINs lock the pad for five minutes, with a countdown, then it takes PINs again") {
  State s = open_pad(kiosk_with_admin());
  for (int i = 1; i <= 4; ++i) {
    s = wrong_pin(s);
    CHECK(s.admin.lockout.failures == i);
    CHECK_FALSE(pin_locked_s(s));
  }
  s = wrong_pin(s);
  REQUIRE(pin_locked_s(s));
  CHECK(*pin_locked_s(s) == 300);
  CHECK(s.admin.screen == AdminScreen::pin);
  // Locked: digits and submissions are refused.
  s = type_pin(s, "4711");
  CHECK(s.admin.pin.empty());
  CHECK_FALSE(s.admin.checking);
  // The countdown runs on the Tick clock; the pad stays open while the technician waits.
  s = run(s, {Tick{s.now_ms + 61'000}});
  CHECK(*pin_locked_s(s) == 239);
  CHECK(admin_next_frame_due_ms(s) == (s.now_ms / 1000 + 1) * 1000);  // the next second
  // Five minutes later it takes a PIN again.
  s = run(s, {Tick{s.last_input_ms + pin_lockout_ms}});
  s = open_pad(s);  // the pad may have timed out meanwhile
  CHECK_FALSE(pin_locked_s(s));
  s = type_pin(s, "4711");
  CHECK(s.admin.checking);
  s = update(s, AdminAction{PinChecked{true}});
  CHECK(s.admin.screen == AdminScreen::open);
}

TEST_CASE("the lockout survives the pad closing and the reset for the next visitor") {
  State s = open_pad(kiosk_with_admin());
  for (int i = 0; i < max_pin_failures; ++i) s = wrong_pin(s);
  REQUIRE(pin_locked_s(s));
  s = run(s, {AdminAction{AdminClosed{}}, StartRequested{}});
  s = run(s, {Tick{s.now_ms + 200'000}});  // the visitor's idle reset (105 s)
  CHECK(s.screen == Screen::attract);
  s = open_pad(s);
  CHECK(pin_locked_s(s));
  // A right PIN clears the count of wrong ones.
  s = run(s, {Tick{s.now_ms + pin_lockout_ms}});
  s = open_pad(s);
  s = wrong_pin(s);
  CHECK(s.admin.lockout.failures == 1);
  s = type_pin(s, "4711");
  s = update(s, AdminAction{PinChecked{true}});
  CHECK(s.admin.lockout.failures == 0);
}

TEST_CASE("the pad closes after 30 s untouched, the admin screen after the idle time") {
  State s = open_pad(kiosk_with_admin());
  s = run(s, {Tick{s.now_ms + pin_pad_timeout_ms - 1}});
  CHECK(s.admin.screen == AdminScreen::pin);
  CHECK(admin_next_frame_due_ms(s) == s.last_input_ms + pin_pad_timeout_ms);
  s = run(s, {Tick{s.now_ms + 1}});
  CHECK(s.admin.screen == AdminScreen::closed);

  s = open_pad(s);
  s = type_pin(s, "4711");
  s = update(s, AdminAction{PinChecked{true}});
  int64_t idle_ms = s.timing.idle_warning_ms + s.timing.idle_countdown_ms;
  // Results from the platform are not a touch: they do not keep the screen open.
  s = run(s, {Tick{s.now_ms + idle_ms - 1000}, AdminAction{AdminInfoRead{}}, Tick{s.now_ms + idle_ms - 1}});
  CHECK(s.admin.screen == AdminScreen::open);
  s = run(s, {Tick{s.now_ms + 1}});
  CHECK(s.admin.screen == AdminScreen::closed);
  CHECK(s.screen == Screen::attract);
}

TEST_CASE("the admin screen runs one task at a time and shows how it ended") {
  State s = open_pad(kiosk_with_admin());
  s = update(type_pin(s, "4711"), AdminAction{PinChecked{true}});
  s = update(s, AdminAction{AdminTaskRequested{AdminTask::sync_now}});
  REQUIRE(s.admin.task == AdminTask::sync_now);
  CHECK(s.admin.task_line == "running…");
  s = update(s, AdminAction{AdminTaskRequested{AdminTask::apply_usb}});
  CHECK(s.admin.task == AdminTask::sync_now);
  s = update(s, AdminAction{AdminTaskFinished{false, "Sync now: failed: timeout"}});
  CHECK_FALSE(s.admin.task);
  CHECK_FALSE(s.admin.task_ok);
  CHECK(s.admin.task_line == "Sync now: failed: timeout");
}

TEST_CASE("restart and leave-to-console need a second tap; the test pattern comes and goes") {
  State s = open_pad(kiosk_with_admin());
  // Not before the PIN.
  s = update(s, AdminAction{AdminExitRequested{AdminExit::console}});
  CHECK_FALSE(s.admin.confirm);
  s = update(type_pin(s, "4711"), AdminAction{PinChecked{true}});
  s = update(s, AdminAction{AdminExitRequested{AdminExit::console}});
  CHECK(s.admin.confirm == AdminExit::console);
  CHECK_FALSE(s.admin.exit);
  s = update(s, AdminAction{TestPatternShown{}});  // anything else cancels the question
  CHECK(s.admin.screen == AdminScreen::test_pattern);
  CHECK_FALSE(s.admin.confirm);
  s = update(s, AdminAction{TestPatternClosed{}});
  CHECK(s.admin.screen == AdminScreen::open);
  s = run(s, {AdminAction{AdminExitRequested{AdminExit::restart}}, AdminAction{AdminExitRequested{AdminExit::restart}}});
  CHECK(s.admin.exit == AdminExit::restart);
}

TEST_CASE("the admin screen's small formats") {
  CHECK(trusted_key_id("ed25519:10c10d48d63ee351:WWvcMoug5OM35b57N6H5yQG7odDzzufGqbZZzyeqBoY=") == "10c10d48d63ee351");
  CHECK(trusted_key_id("garbage") == "garbage");
  CHECK(format_bytes(512) == "512 B");
  CHECK(format_bytes(1536) == "1.5 KiB");
  CHECK(format_bytes(int64_t(3) << 30) == "3.0 GiB");
  CHECK(format_bytes(-1) == "unknown");
  CHECK(format_duration_s(93784) == "1 d 2 h 3 min");
  CHECK(format_duration_s(3725) == "1 h 2 min");
  CHECK(format_duration_s(65) == "1 min 5 s");
}
