// Lockdown, as the app's own event function sees it (kiosk/platform/sdl_events.hpp): no key or
// window-system request ends a visitor's kiosk; after the admin PIN typed on the real pad, the
// documented ways to quit do. And the PIN itself is never logged or written in clear.
// (The real binary under X with real keys: tests/kiosk_app/xvfb_lockdown_test.sh.)
#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "kiosk/logic/admin.hpp"
#include "kiosk/platform/sdl_events.hpp"
#include "ui_harness.hpp"

using kiosk_ui::UiHarness;

namespace {

SDL_Event key(SDL_Keycode sym, Uint16 mod) {
  SDL_Event e{};
  e.type = SDL_KEYDOWN;
  e.key.state = SDL_PRESSED;
  e.key.keysym.sym = sym;
  e.key.keysym.scancode = SDL_GetScancodeFromKey(sym);
  e.key.keysym.mod = mod;
  return e;
}

SDL_Event of_type(Uint32 type) {
  SDL_Event e{};
  e.type = type;
  return e;
}

SDL_Event window_close() {
  SDL_Event e{};
  e.type = SDL_WINDOWEVENT;
  e.window.event = SDL_WINDOWEVENT_CLOSE;
  return e;
}

struct Named {
  const char* name;
  SDL_Event event;
};

// What a window manager, a keyboard plugged into the kiosk, or a visitor's fist can send.
std::vector<Named> ways_out() {
  return {{"SDL_QUIT", of_type(SDL_QUIT)},
          {"SDL_WINDOWEVENT_CLOSE", window_close()},
          {"Alt+F4", key(SDLK_F4, KMOD_LALT)},
          {"AltGr+F4", key(SDLK_F4, KMOD_RALT)},
          {"Ctrl+Q", key(SDLK_q, KMOD_LCTRL)},
          {"Ctrl+W", key(SDLK_w, KMOD_LCTRL)},
          {"Escape", key(SDLK_ESCAPE, KMOD_NONE)},
          {"Alt+Tab", key(SDLK_TAB, KMOD_LALT)},
          {"Super", key(SDLK_LGUI, KMOD_LGUI)},
          {"Super+Q", key(SDLK_q, KMOD_LGUI)},
          {"Ctrl+Alt+Backspace", key(SDLK_BACKSPACE, KMOD_LCTRL | KMOD_LALT)},
          {"Ctrl+Alt+Delete", key(SDLK_DELETE, KMOD_LCTRL | KMOD_LALT)},
          {"F11", key(SDLK_F11, KMOD_NONE)}};
}

bool quits(const SDL_Event& e, bool may_quit) {
  kiosk::PointerInput input;
  bool quit = false;
  kiosk::handle_event(e, 1280, 800, may_quit, input, quit);
  return quit;
}

std::string pin_hash_of(const std::string& pin) {
  auto made = kiosk::pin_hash_line(pin);
  REQUIRE(made.error.empty());
  return made.line.substr(12, made.line.size() - 13);  // pin_hash = "<hash>"
}

void type_pin(UiHarness& ui, const std::string& digits) {
  for (char c : digits) REQUIRE(ui.tap(std::string("admin/pin/") + c));
  REQUIRE(ui.tap("admin/pin/ok"));
}

// Everything written to stderr (fd 2, so also printf from other threads) while it lives.
class StderrCapture {
 public:
  StderrCapture() {
    std::fflush(stderr);
    saved_ = dup(2);
    std::FILE* f = std::tmpfile();
    REQUIRE(f);
    file_ = f;
    dup2(fileno(f), 2);
  }
  ~StderrCapture() { restore(); }
  std::string text() {
    restore();
    std::rewind(file_);
    std::string out;
    char buf[4096];
    for (size_t n; (n = std::fread(buf, 1, sizeof buf, file_)) > 0;) out.append(buf, n);
    return out;
  }

 private:
  void restore() {
    if (saved_ < 0) return;
    std::fflush(stderr);
    dup2(saved_, 2);
    close(saved_);
    saved_ = -1;
  }
  int saved_ = -1;
  std::FILE* file_ = nullptr;
};

bool file_contains(const std::filesystem::path& p, const std::string& needle) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str().find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("UI: no key and no window-system request ends a visitor's kiosk") {
  UiHarness ui(1280, 800);
  ui.enable_admin(pin_hash_of("2468"));
  REQUIRE(ui.tap("start"));
  REQUIRE_FALSE(kiosk::admin_unlocked(ui.state().admin));
  for (const auto& [name, event] : ways_out()) {
    INFO(name);
    CHECK_FALSE(quits(event, kiosk::admin_unlocked(ui.state().admin)));
  }
  // The PIN pad open but the PIN not typed yet is not enough.
  ui.long_press({20, 20});
  REQUIRE(ui.state().admin.screen == kiosk::AdminScreen::pin);
  for (const auto& [name, event] : ways_out()) {
    INFO(name);
    CHECK_FALSE(quits(event, kiosk::admin_unlocked(ui.state().admin)));
  }
  // Key releases and typed text are never a way out either, even when quitting is allowed.
  SDL_Event up = key(SDLK_F4, KMOD_LALT);
  up.type = SDL_KEYUP;
  CHECK_FALSE(quits(up, true));
  CHECK_FALSE(quits(of_type(SDL_TEXTINPUT), true));
}

TEST_CASE("UI: after the admin PIN, the window system's close, Alt+F4 and Ctrl+Q quit; other keys still do nothing") {
  UiHarness ui(1280, 800);
  ui.enable_admin(pin_hash_of("2468"));
  ui.long_press({20, 20});
  type_pin(ui, "2468");
  REQUIRE(ui.state().admin.screen == kiosk::AdminScreen::open);
  bool may_quit = kiosk::admin_unlocked(ui.state().admin);
  CHECK(may_quit);
  for (const auto& [name, event] : ways_out()) {
    INFO(name);
    std::string n = name;
    bool documented = n == "SDL_QUIT" || n == "SDL_WINDOWEVENT_CLOSE" || n == "Alt+F4" || n == "AltGr+F4" || n == "Ctrl+Q";
    CHECK(quits(event, may_quit) == documented);
  }
  // Closing the admin screen locks the kiosk again.
  REQUIRE(ui.tap("admin/close"));
  CHECK_FALSE(quits(of_type(SDL_QUIT), kiosk::admin_unlocked(ui.state().admin)));
}

TEST_CASE("UI: the admin PIN is held only as an Argon2id hash and never logged or written in clear") {
  const std::string pin = "86420975";
  const std::string hash = pin_hash_of(pin);
  // libsodium's crypto_pwhash_str, Argon2id with the INTERACTIVE limits (64 MiB, 2 passes), salted.
  CHECK_THAT(hash, Catch::StartsWith("$argon2id$v=19$m=65536,t=2,p=1$"));
  CHECK(hash.find(pin) == std::string::npos);
  CHECK(pin_hash_of(pin) != hash);

  UiHarness ui(1280, 800);
  ui.enable_admin(hash);
  StderrCapture err;
  ui.long_press({20, 20});
  type_pin(ui, "86420979");  // wrong, then right
  CHECK(ui.state().admin.pin.empty());  // cleared after each check
  type_pin(ui, pin);
  REQUIRE(ui.state().admin.screen == kiosk::AdminScreen::open);
  CHECK(ui.state().admin.pin.empty());
  std::string log = err.text();
  INFO(log);
  CHECK_THAT(log, Catch::Contains("admin: wrong PIN") && Catch::Contains("admin: right PIN"));
  CHECK(log.find(pin) == std::string::npos);
  CHECK(log.find("86420979") == std::string::npos);
  for (const auto& f : std::filesystem::recursive_directory_iterator(ui.data_dir()))
    if (f.is_regular_file()) {
      INFO(f.path());
      CHECK_FALSE(file_contains(f.path(), pin));
    }
}
