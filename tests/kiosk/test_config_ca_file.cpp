// [sync] ca_file: the CA certificates kiosk-sync trusts for an https feed besides the system's.
#include <catch2/catch.hpp>

#include "kiosk/logic/config.hpp"

using kiosk::parse_config;

TEST_CASE("[sync] ca_file is read; empty by default; a relative path is refused") {
  auto none = parse_config("[sync]\nfeed = \"https://feed.example/\"\n", "kiosk.toml");
  REQUIRE(none);
  CHECK(none->sync.ca_file.empty());
  auto set = parse_config("[sync]\nca_file = \"/etc/deventer-kiosk/feed-ca.pem\"\n", "kiosk.toml");
  REQUIRE(set);
  CHECK(set->sync.ca_file == "/etc/deventer-kiosk/feed-ca.pem");
  auto relative = parse_config("[sync]\nca_file = \"feed-ca.pem\"\n", "kiosk.toml");
  REQUIRE_FALSE(relative);
  CHECK(relative.error().message ==
        "kiosk.toml:2: ca_file must be an absolute path (e.g. /etc/deventer-kiosk/feed-ca.pem)");
}
