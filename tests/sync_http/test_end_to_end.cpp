// End to end, as the city would do it: an editor edits a copy of the default content (a new
// partner city in Spain, a picture for a programme), builds and signs a feed with kiosk-feed,
// publishes it into nginx's folder; kiosk-sync pulls it; the kiosk, started again on its data
// folder, shows Spain as a partner country and the picture (read from its blob). Real binaries,
// real nginx, real pixels.
#include <nlohmann/json.hpp>

#include "kiosk_app/kiosk_shot.hpp"
#include "sync_http/nginx_server.hpp"
#include "sync_http/sync_run.hpp"

namespace {

int run(const std::vector<std::string>& argv, std::string& log) {
  ChildProcess p(argv);
  while (p.read_line(60'000)) {
  }
  int status = p.wait();
  log = p.output();
  return status;
}

uint32_t pixel_xy(const fs::path& png, int x, int y) {
  auto img = load_png(png);
  REQUIRE(img.width_px > 0);
  return pixel(img, float(x), float(y));
}

uint32_t pixel_at(const fs::path& png, double lat, double lon, int w, int h) {
  auto p = home_screen_point(float(w), float(h), lat, lon);
  return pixel_xy(png, int(p.x), int(p.y));
}

constexpr uint32_t partner_land = 0xC93A52;  // views/theme: countries with a partner place
constexpr uint32_t land = 0xE4E1DA;

}  // namespace

TEST_CASE("an editor's change travels through kiosk-feed, nginx and kiosk-sync onto the kiosk's screen") {
  TempDir dir;
  fs::path content = dir / "content", www = dir / "www", data = dir / "kiosk-data";
  fs::copy(KIOSK_SOURCE_CONTENT_DIR, content, fs::copy_options::recursive);
  fs::create_directories(www / "kiosk-feed");
  std::string log;
  const std::vector<std::string> screenshot_args = {KIOSK_BINARY, "--data", data.string(), "--screen", "home",
                                                   "--size", "1280x800", "--screenshot"};
  auto screenshot = [&](const fs::path& png, const std::vector<std::string>& taps = {}) {
    auto argv = screenshot_args;
    argv.push_back(png.string());
    for (const auto& t : taps) argv.insert(argv.end(), {"--tap", t});
    REQUIRE(run(argv, log) == 0);
  };
  // The Organisations tab, then its first entry: the programme "Internationaal Beleid 2021–2026".
  const std::vector<std::string> first_programme = {"1150,120", "1030,310"};
  const int image_x = 810, image_y = 415;  // in the picture on that page (8×8 px under the title)

  // The kiosk starts on its bundled content: Spain is plain land.
  screenshot(dir / "before.png");
  CHECK_THAT(log, Catch::Contains("content: sequence 0 from bundled"));
  CHECK(pixel_at(dir / "before.png", 38.3, -5.0, 1280, 800) == land);
  screenshot(dir / "programme-before.png", first_programme);
  CHECK(pixel_xy(dir / "programme-before.png", image_x, image_y) != 0xFF0000);

  // The editor adds a partner city in Spain (test data, never shipped).
  auto countries = nlohmann::json::parse(slurp(content / "countries.json"));
  countries["countries"].push_back({{"id", "ES"}, {"name", {{"nl", "Spanje"}, {"en", "Spain"}, {"de", "Spanien"}}}});
  spit(content / "countries.json", countries.dump(2));
  auto places = nlohmann::json::parse(slurp(content / "places.json"));
  auto place = places["places"][1];
  place["id"] = "testplaats";
  place["name"] = {{"nl", "Testplaats"}, {"en", "Test town"}, {"de", "Testort"}};
  place["country"] = "ES";
  place["lat"] = 40.4;
  place["lon"] = -3.7;
  places["places"].push_back(place);
  spit(content / "places.json", places.dump(2));
  // ...and a picture for the programme (a red square: it comes to the kiosk as a blob).
  fs::create_directories(content / "images");
  fs::copy_file(fixtures_dir / "images/red-8x8.png", content / "images/beleid.png");
  auto programmes = nlohmann::json::parse(slurp(content / "programmes.json"));
  programmes["programmes"][0]["image"] = "images/beleid.png";
  spit(content / "programmes.json", programmes.dump(2));

  REQUIRE(run({KIOSK_FEED_BINARY, "keygen", "--out", (dir / "keys").string()}, log) == 0);
  REQUIRE(run({KIOSK_FEED_BINARY, "build", content.string(), (dir / "feed").string(), "--key",
               (dir / "keys/feed-signing.key").string()}, log) == 0);
  INFO(log);
  REQUIRE(run({KIOSK_FEED_BINARY, "publish", (dir / "feed").string(), (www / "kiosk-feed").string()}, log) == 0);

  std::string why;
  auto nginx = NginxServer::start(www, why);
  INFO(why);
  REQUIRE(nginx);
  auto key = feed::load_public_key((dir / "keys/feed-signing.pub").string());
  REQUIRE(key);
  fs::path config = write_sync_config(dir.path, nginx->url("kiosk-feed/"), *key);
  REQUIRE(run_kiosk_sync(config, data, log) == 0);
  CHECK_THAT(log, Catch::Contains("applied sequence"));

  screenshot(dir / "after.png");
  CHECK_THAT(log, Catch::Contains("from deventer-internationaal"));
  CHECK(pixel_at(dir / "after.png", 38.3, -5.0, 1280, 800) == partner_land);
  screenshot(dir / "programme-after.png", first_programme);
  CHECK(pixel_xy(dir / "programme-after.png", image_x, image_y) == 0xFF0000);
  if (const char* keep = std::getenv("KIOSK_E2E_SCREENSHOTS")) {  // to look at them
    fs::copy_file(dir / "before.png", fs::path(keep) / "e2e-before.png", fs::copy_options::overwrite_existing);
    fs::copy_file(dir / "after.png", fs::path(keep) / "e2e-after.png", fs::copy_options::overwrite_existing);
    fs::copy_file(dir / "programme-after.png", fs::path(keep) / "e2e-programme.png", fs::copy_options::overwrite_existing);
  }
}
