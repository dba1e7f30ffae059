// The benchmark mode of the real binary (--benchmark): the scripted visitor finds every control
// it taps and writes sane figures; and, checked on every frame of that session, redrawing only
// what changed gives exactly the pixels of drawing the whole frame (KIOSK_VERIFY_REDRAW=1).
#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>
#include <regex>

#include "kiosk_shot.hpp"
#include "temp_dir.hpp"

namespace {

std::string read_text(const std::filesystem::path& p) {
  std::ifstream in(p);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The number after "key": in the JSON text (the first one).
double number_after(const std::string& json, const std::string& key) {
  std::smatch m;
  if (!std::regex_search(json, m, std::regex("\"" + key + "\": ?(-?[0-9.]+)"))) return -1;
  return std::stod(m[1]);
}

KioskShot run_bench(const TempDir& dir, const std::string& args) {
  return run_kiosk_shot("KIOSK_VERIFY_REDRAW=1 SDL_VIDEODRIVER=dummy " + std::string(KIOSK_BINARY) + " --data " +
                            (dir / "data").string() + " --benchmark " + (dir / "bench.json").string() + " " + args,
                        dir / "none.png");
}

}  // namespace

TEST_CASE("benchmark mode: the visitor session taps every control and redraws exactly") {
  TempDir dir;
  KioskShot r = run_bench(dir, "--size 1280x800");
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  const std::string json = read_text(dir / "bench.json");
  INFO(json);
  // Every phase ran, and every control the script taps was on screen.
  for (const char* phase : {"attract", "start", "pan Europe to Africa", "pinch zoom in", "fling", "open a place",
                            "open an organisation", "goal filter", "search", "search result", "language", "idle"})
    CHECK(json.find(std::string("\"name\": \"") + phase + "\"") != std::string::npos);
  CHECK(json.find("not on screen") == std::string::npos);
  CHECK(number_after(json, "first_frame_ms") > 0);
  CHECK(number_after(json, "frames") > 10);  // how many depends on the machine's speed
  CHECK(number_after(json, "peak_rss") > 10'000);
  CHECK(number_after(json, "pss") > 10'000);
  // Idle renders nothing.
  std::smatch idle;
  REQUIRE(std::regex_search(json, idle, std::regex("\"name\": \"idle\", \"kind\": \"idle\", \"frames\": ([0-9]+)")));
  CHECK(idle[1] == "0");
  // Partial redraws happened (pans, taps, typing) and each matched a whole redraw pixel for pixel.
  std::smatch check;
  REQUIRE(std::regex_search(r.output, check, std::regex("redraw check: ([0-9]+) partial frames drawn whole as well, ([0-9]+) pixels differ")));
  CHECK(std::stoi(check[1]) > 20);
  CHECK(check[2] == "0");
}

TEST_CASE("benchmark mode: pan-loop pans for the given time; a bad script is refused") {
  TempDir dir;
  KioskShot r = run_bench(dir, "--size 1080x1920 --bench-script pan-loop:2");
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  const std::string json = read_text(dir / "bench.json");
  CHECK(json.find("\"name\": \"pan loop\"") != std::string::npos);
  CHECK(number_after(json, "width") == 1080);
  CHECK(number_after(json, "content_swaps") == 0);
  KioskShot bad = run_bench(dir, "--bench-script dance");
  CHECK(bad.exit_code == 2);
  CHECK(bad.output.find("unknown benchmark script 'dance'") != std::string::npos);
}

TEST_CASE("benchmark mode: the soak script refuses frame counts and seeds it cannot use") {
  TempDir dir;
  for (const char* bad : {"soak:", "soak:99", "soak:1000:x", "soak:1000:"}) {
    KioskShot r = run_bench(dir, std::string("--bench-script ") + bad);
    INFO(bad << ": " << r.output);
    CHECK(r.exit_code == 2);
    CHECK(r.output.find("soak:FRAMES[:SEED] needs 100 to 100000000 frames") != std::string::npos);
  }
}
