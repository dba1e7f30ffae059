// The TOML config: documented keys parse; mistakes are refused with file, line and reason.
#include <catch2/catch.hpp>
#include <fstream>
#include <regex>

#include "kiosk/logic/config.hpp"

using kiosk::parse_config;

TEST_CASE("a full config parses") {
  auto c = parse_config(R"(
[kiosk]
id = "bibliotheek-1"
data_dir = "/var/lib/deventer-kiosk"

[idle]
warning_s = 60
countdown_s = 10

[location]
name = "Bibliotheek Deventer"
lat = 52.2551
lon = 6.1605

[display]
rotation = 90
diagonal_inch = 32

[sync]
feed = "https://example.org/feed/"
trusted_keys = ["ed25519:10c10d48d63ee351:WWvcMoug5OM35b57N6H5yQG7odDzzufGqbZZzyeqBoY="]
poll_interval_s = 600
retries = 2
retry_delay_s = 0.5
)",
                        "kiosk.toml");
  REQUIRE(c);
  CHECK(c->kiosk_id == "bibliotheek-1");
  CHECK(c->idle_warning_s == 60);
  CHECK(c->idle_countdown_s == 10);
  REQUIRE(c->location);
  CHECK(c->location->name == "Bibliotheek Deventer");
  CHECK(c->location->lon == 6.1605);
  CHECK(c->rotation_deg == 90);
  CHECK(c->diagonal_inch == 32);
  CHECK(c->sync.feed == "https://example.org/feed/");
  REQUIRE(c->sync.trusted_keys.size() == 1);
  CHECK(c->sync.trusted_keys[0].starts_with("ed25519:10c10d48d63ee351:"));
  CHECK(c->sync.poll_interval_s == 600);
  CHECK(c->sync.retries == 2);
  CHECK(c->sync.retry_delay_s == 0.5);
  CHECK(c->sync.timeout_s == 30);
}

TEST_CASE("an empty config gives the defaults") {
  auto c = parse_config("", "kiosk.toml");
  REQUIRE(c);
  CHECK(c->idle_warning_s == 90);
  CHECK(c->idle_countdown_s == 15);
  CHECK_FALSE(c->location);
  CHECK(c->rotation_deg == 0);
}

TEST_CASE("config mistakes are refused with file, line and reason") {
  struct Bad {
    const char* text;
    const char* error;
  };
  for (auto bad : {
           Bad{"[idle]\nwarning_s = 5\n", "kiosk.toml:2: warning_s = 5 is out of range (10 to 3600)"},
           Bad{"[idle]\nwarnings = 60\n", "kiosk.toml:2: unknown key \"warnings\" in [idle] (a typo?)"},
           Bad{"[display]\nrotation = 45\n", "kiosk.toml:2: rotation must be 0, 90, 180 or 270"},
           Bad{"[sync]\nfeed = \"ftp://x/\"\n", "kiosk.toml:2: feed must start with https://, http:// or file:/// (got \"ftp://x/\")"},
           Bad{"[sync]\ntrusted_keys = \"ed25519:x\"\n", "kiosk.toml:2: trusted_keys must be a list of strings, e.g. [\"ed25519:...\"]"},
           Bad{"[sync]\nurl = \"http://x/\"\n", "kiosk.toml:2: unknown key \"url\" in [sync] (a typo?)"},
           Bad{"[location]\nlat = 52.2\n", "kiosk.toml:1: [location] needs both lat and lon"},
           Bad{"[location]\nlat = 95\nlon = 6\n", "kiosk.toml:2: lat must be a number from -90 to 90"},
           Bad{"[kiosk]\nlanguage = \"fr\"\n", "kiosk.toml:2: unknown key \"language\" in [kiosk] (a typo?)"},
           Bad{"[kiosk]\nid = 5\n", "kiosk.toml:2: id must be a string"},
           Bad{"[kiosks]\nid = \"x\"\n", "kiosk.toml:1: unknown section [kiosks] (a typo?)"},
           Bad{"id = \"x\"\n", "kiosk.toml:1: \"id\" must be inside a section such as [kiosk]"},
       }) {
    INFO(bad.text);
    auto c = parse_config(bad.text, "kiosk.toml");
    REQUIRE_FALSE(c);
    CHECK(c.error().message == bad.error);
  }
}

TEST_CASE("broken TOML is reported with its line") {
  auto c = parse_config("[idle]\nwarning_s = \n", "kiosk.toml");
  REQUIRE_FALSE(c);
  CHECK_THAT(c.error().message, Catch::StartsWith("kiosk.toml:2: not valid TOML: "));
}

TEST_CASE("a missing config file is reported with its path") {
  auto c = kiosk::load_config("/nonexistent/kiosk.toml");
  REQUIRE_FALSE(c);
  CHECK(c.error().message == "/nonexistent/kiosk.toml: cannot read the config: No such file or directory");
}

// The package's commented config (/etc/deventer-kiosk/kiosk.toml) is what technicians edit: as
// installed it must load, and with every example line uncommented too.
TEST_CASE("the installed config example loads, as shipped and with every example uncommented") {
  const std::string path = KIOSK_SOURCE_DIR "/cmake/package/kiosk.toml";
  auto shipped = kiosk::load_config(path);
  REQUIRE(shipped);
  std::ifstream in(path);
  REQUIRE(in);
  std::string line, text;
  int uncommented = 0;
  while (std::getline(in, line)) {
    // "# key = value", "# [section]", and a list's "#   \"item\"," and "# ]" lines are examples.
    static const std::regex example(R"(^# ?(\[[a-z_]+\]|[a-z_]+ = |\s+"|\]).*)");
    if (std::regex_match(line, example)) {
      line = line.substr(line[1] == ' ' ? 2 : 1);
      ++uncommented;
    }
    text += line + "\n";
  }
  CHECK(uncommented > 30);
  auto all = kiosk::parse_config(text, "kiosk.toml (uncommented)");
  INFO(text);
  REQUIRE(all);
  CHECK(all->admin.tasks == "systemd");
  CHECK(all->admin.pin_hash.starts_with("$argon2id$"));
  REQUIRE(all->opening_hours);
  CHECK(all->opening_hours->dates.size() == 3);  // two closed dates and one special day
  CHECK(all->sync.feed == "https://www.deventer.nl/kiosk-feed/");
  CHECK(all->sync.trusted_keys.size() == 1);
  REQUIRE(all->location);
  CHECK(all->location->name == "Stadhuis");
}
