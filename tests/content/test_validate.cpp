// The validator's error table: each bad input gives exactly the error an editor needs (file,
// field path, reason), and every problem is reported, not just the first.
#include <catch2/catch.hpp>

#include "content/folder.hpp"
#include "content_fixture.hpp"

using nlohmann::json;

namespace {

std::vector<std::string> error_lines(const content::Issues& issues) {
  std::vector<std::string> out;
  for (const auto& i : issues.list)
    if (i.severity == content::Issue::Severity::error) out.push_back(i.to_string());
  return out;
}

// One expected error line, or several where one mistake rightly causes more than one error.
struct Expected {
  std::vector<std::string> lines;
  Expected(const char* line) : lines{line} {}
  Expected(std::initializer_list<const char*> l) : lines(l.begin(), l.end()) {}
};

struct BadInput {
  const char* what;
  const char* file;
  const char* pointer;
  json value;  // null removes the field
  Expected expected;
};

}  // namespace

TEST_CASE("the minimal fixture folder is valid") {
  ContentFolderCopy folder;
  auto loaded = content::load_folder(folder.path());
  INFO(loaded.issues.errors_text());
  REQUIRE_FALSE(loaded.issues.has_errors());
  CHECK(loaded.content.goals.size() == 17);
  CHECK(loaded.content.places.size() == 3);
  CHECK(loaded.content.events[0].start.to_string() == "2021-autumn");
}

TEST_CASE("each kind of bad input is reported with file, field and reason") {
  const BadInput table[] = {
      {"unknown reference", "organisations.json", "/organisations/0/countries/0", "XX",
       "organisations.json: /organisations/0/countries/0: unknown country \"XX\" (not in countries.json)"},
      {"duplicate id", "places.json", "/places/2/id", "sibiu",
       {"places.json: /places/2/id: duplicate id \"sibiu\" (first used at /places/1)",
        "programmes.json: /programmes/0/places/1: unknown place \"osnabrueck\" (not in places.json)"}},
      {"missing Dutch text", "places.json", "/places/1/description/nl", nullptr,
       "places.json: /places/1/description/nl: Dutch text is missing or empty (Dutch is required)"},
      {"empty Dutch text", "networks.json", "/networks/0/name/nl", "",
       "networks.json: /networks/0/name/nl: Dutch text is missing or empty (Dutch is required)"},
      {"bad date", "events.json", "/events/0/start", "2021-13",
       "events.json: /events/0/start: \"2021-13\" is not a date (YYYY, YYYY-MM, YYYY-MM-DD, or "
       "YYYY-early/mid/late/spring/summer/autumn/winter)"},
      {"end before start", "events.json", "/events/0/end", "2020",
       "events.json: /events/0/end: \"2020\" lies before \"2021-autumn\""},
      {"latitude out of range", "places.json", "/places/1/lat", 95,
       "places.json: /places/1/lat: 95 is not a latitude (must be between -90 and 90)"},
      {"longitude of the wrong type", "places.json", "/places/1/lon", "24.1",
       "places.json: /places/1/lon: expected a number, found a string"},
      {"missing required field", "places.json", "/places/0/country", nullptr,
       "places.json: /places/0/country: missing (required)"},
      {"unknown field", "organisations.json", "/organisations/0/webiste", "https://x.nl",
       "organisations.json: /organisations/0/webiste: unknown field \"webiste\" (a typo?)"},
      {"bad id", "networks.json", "/networks/0/id", "Platform Test",
       {"networks.json: /networks/0/id: \"Platform Test\" is not a valid id (use 1 to 64 of a-z, 0-9 and -)"}},
      {"bad colour", "goals.json", "/goals/0/colour", "red", "goals.json: /goals/0/colour: \"red\" is not a colour (#RRGGBB)"},
      {"goal out of range", "places.json", "/places/1/goals/0", 18,
       "places.json: /places/1/goals/0: 18 is not a Global Goal number (1 to 17)"},
      {"goals without basis", "places.json", "/places/1/goals_basis", nullptr,
       "places.json: /places/1/goals_basis: missing: say whether the goals come from the source (\"note\") or an "
       "editor (\"editorial\")"},
      {"bad URL", "organisations.json", "/organisations/0/website", "www.example.org",
       "organisations.json: /organisations/0/website: \"www.example.org\" is not a web address (https://...)"},
      {"bad country code", "countries.json", "/countries/0/id", "nl",
       {"countries.json: /countries/0/id: \"nl\" is not an ISO 3166-1 alpha-2 country code (two capitals, e.g. RO)",
        "places.json: /places/0/country: unknown country \"NL\" (not in countries.json)"}},
      {"unknown choice", "places.json", "/places/0/kind", "village",
       "places.json: /places/0/kind: \"village\" is not one of: city, district, region"},
      {"unknown event place", "events.json", "/events/0/place", "atlantis",
       "events.json: /events/0/place: unknown place \"atlantis\" (not in places.json)"},
      {"image path outside images/", "organisations.json", "/organisations/0/image", "../etc/passwd",
       "organisations.json: /organisations/0/image: \"../etc/passwd\" is not a file under images/ (e.g. "
       "\"images/logo.png\")"},
      {"missing image", "organisations.json", "/organisations/0/image", "images/none.png",
       "organisations.json: /organisations/0/image: \"images/none.png\": cannot read: No such file or directory"},
      {"text too long", "countries.json", "/countries/0/name/en", std::string(4001, 'a'),
       "countries.json: /countries/0/name/en: is 4001 bytes long; at most 4000 allowed"},
      {"a goal missing", "goals.json", "/goals/16", nullptr, "goals.json: /goals: goal 17 is missing (all 17 are required)"},
  };
  for (const auto& bad : table) {
    SECTION(bad.what) {
      ContentFolderCopy folder;
      folder.edit(bad.file, bad.pointer, bad.value);
      auto loaded = content::load_folder(folder.path());
      auto errors = error_lines(loaded.issues);
      INFO(loaded.issues.errors_text());
      CHECK(errors == bad.expected.lines);
    }
  }
}

TEST_CASE("images are checked for presence, format and size") {
  ContentFolderCopy folder;
  std::filesystem::create_directories(folder.dir / "images");
  for (auto name : {"red-8x8.png", "huge-5000x10.png", "not-an-image.png"})
    std::filesystem::copy(fixtures_dir / "images" / name, folder.dir / "images" / name);
  folder.edit("organisations.json", "/organisations/0/image", "images/red-8x8.png");
  REQUIRE_FALSE(content::load_folder(folder.path()).issues.has_errors());

  folder.edit("organisations.json", "/organisations/0/image", "images/huge-5000x10.png");
  folder.edit("programmes.json", "/programmes/0/image", "images/not-an-image.png");
  auto errors = error_lines(content::load_folder(folder.path()).issues);
  REQUIRE(errors.size() == 2);
  CHECK(errors[0] ==
        "organisations.json: /organisations/0/image: \"images/huge-5000x10.png\": image is 5000x10 pixels; at most "
        "4096 on each side allowed");
  CHECK(errors[1].starts_with(
      "programmes.json: /programmes/0/image: \"images/not-an-image.png\": not a readable PNG or JPEG image"));
}

TEST_CASE("every problem is reported, not only the first") {
  ContentFolderCopy folder;
  folder.edit("places.json", "/places/1/lat", 95);
  folder.edit("places.json", "/places/2/country", "XX");
  folder.edit("events.json", "/events/1/start", "soon");
  folder.edit("organisations.json", "/organisations/1/countries", json::array({"ZZ", "YY"}));
  auto loaded = content::load_folder(folder.path());
  CHECK(loaded.issues.error_count() == 5);
}

TEST_CASE("malformed JSON is reported with line and column") {
  ContentFolderCopy folder;
  folder.write_text("countries.json", "{\n  \"countries\": [\n    {\"id\": \"NL\",}\n  ]\n}\n");
  auto errors = error_lines(content::load_folder(folder.path()).issues);
  REQUIRE_FALSE(errors.empty());
  CHECK(errors[0].starts_with("countries.json: line 3, column 17: not valid JSON: syntax error"));
}

TEST_CASE("a missing collection file is reported") {
  ContentFolderCopy folder;
  std::filesystem::remove(folder.dir / "events.json");
  auto errors = error_lines(content::load_folder(folder.path()).issues);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].starts_with("events.json: cannot read: "));
}

TEST_CASE("missing translations are warnings, not errors") {
  ContentFolderCopy folder;
  auto loaded = content::load_folder(folder.path());
  REQUIRE_FALSE(loaded.issues.has_errors());
  std::vector<std::string> warnings;
  for (const auto& i : loaded.issues.list) warnings.push_back(i.to_string());
  CHECK(warnings == std::vector<std::string>{
                        "organisations.json: /organisations/1/description/de: warning: German translation missing "
                        "(falls back to English)"});
}
