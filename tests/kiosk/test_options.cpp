// The command line technicians, tests and benchmarks rely on.
#include <catch2/catch.hpp>

#include "kiosk/logic/options.hpp"

using kiosk::parse_options;

TEST_CASE("the documented options parse") {
  auto r = parse_options({"--windowed", "--size", "1080x1920", "--screen", "home", "--data", "/tmp/d", "--lang", "de",
                          "--screenshot", "a.png", "--tap", "10,20", "--tap", "30.5,40"});
  REQUIRE(r.error.empty());
  CHECK(r.options.windowed);
  CHECK(r.options.width_px == 1080);
  CHECK(r.options.height_px == 1920);
  CHECK(r.options.screen == kiosk::Screen::home);
  CHECK(r.options.data_dir == "/tmp/d");
  CHECK(r.options.lang == "de");
  CHECK(r.options.taps.size() == 2);
  CHECK(r.options.taps[1].first == 30.5f);
}

TEST_CASE("bad options are refused with what was wrong") {
  CHECK(parse_options({"--size", "big"}).error == "--size \"big\": expected WxH, e.g. 1920x1080 (200 to 16384 pixels each)");
  CHECK(parse_options({"--size", "1920x1080x3"}).error.starts_with("--size"));
  CHECK(parse_options({"--screen", "admin"}).error == "--screen \"admin\": expected attract or home");
  CHECK(parse_options({"--data"}).error == "--data needs a value");
  CHECK(parse_options({"--fullscreen"}).error == "unknown option \"--fullscreen\" (see --help)");
  CHECK(parse_options({"--tap", "1,2"}).error == "--tap needs --screenshot");
  CHECK(parse_options({"--lang", "fr"}).error == "--lang \"fr\": expected nl, en or de");
  CHECK(parse_options({"--bench-script", "visitor"}).error == "--bench-script needs --benchmark");
  CHECK(parse_options({"--benchmark", "a.json", "--screenshot", "a.png"}).error.starts_with("--benchmark and --screenshot"));
}

TEST_CASE("the benchmark mode's options") {
  auto r = parse_options({"--benchmark", "out.json", "--bench-script", "pan-loop:20", "--size", "1080x1920"});
  REQUIRE(r.error.empty());
  CHECK(r.options.benchmark == "out.json");
  CHECK(r.options.bench_script == "pan-loop:20");
}
