// Tests of the world-map asset: the committed world-110m.bin and world-50m.bin (countries the
// content needs, hit tests at the seed note's places, the antimeridian cut) and the parser's
// behaviour on hostile input (small hand-built buffers, truncated, corrupted and absurd).
#include <catch2/catch.hpp>
#include <cmath>
#include <cstring>
#include <limits>
#include <map>

#include "content/map_asset.hpp"

using content::MapAsset;
using content::MapCountry;
using content::MapLoadResult;

namespace {

// Loaded once per level of detail: parsing the 50m asset for every test case would be slow.
const MapAsset& world(const std::string& lod) {
  static std::map<std::string, MapAsset> cache;
  auto it = cache.find(lod);
  if (it == cache.end()) {
    MapLoadResult r = content::load_map_asset(std::string(KIOSK_SOURCE_MAP_DIR) + "/world-" + lod + ".bin");
    INFO(r.error);
    REQUIRE(r.asset);
    it = cache.emplace(lod, std::move(*r.asset)).first;
  }
  return it->second;
}

std::string country_at(const MapAsset& asset, double lat, double lon) {
  const MapCountry* c = asset.hit_test(content::project_equal_earth(lat, lon));
  return c ? c->code : "(sea)";
}

// Builds buffers in the asset format, for the parser tests.
struct Bytes {
  std::vector<uint8_t> data;

  Bytes& raw(std::initializer_list<uint8_t> b) {
    data.insert(data.end(), b);
    return *this;
  }
  Bytes& u16(uint16_t v) { return raw({uint8_t(v), uint8_t(v >> 8)}); }
  Bytes& u32(uint32_t v) { return raw({uint8_t(v), uint8_t(v >> 8), uint8_t(v >> 16), uint8_t(v >> 24)}); }
  Bytes& f32(float v) {
    uint32_t u;
    std::memcpy(&u, &v, sizeof u);
    return u32(u);
  }
  Bytes& rect(float a, float b, float c, float d) { return f32(a).f32(b).f32(c).f32(d); }
};

Bytes header(uint32_t countries) {
  Bytes b;
  b.raw({'D', 'K', 'M', 'A', 'P', 0, 0, 1}).u32(1).u32(countries).rect(-1, -1, 1, 1);
  return b;
}

// A valid asset: "NL", one triangle ring of 3 points, one triangle. Offsets are noted for corruption.
Bytes tiny_asset() {
  Bytes b = header(1);
  b.raw({'N', 'L'}).u16(0).u16(2).raw({'N', 'L'}).rect(0, 0, 0.5f, 0.5f);  // code at 32, bbox at 40
  b.u32(1).u32(3);                                                         // ring count 56, points 60
  b.f32(0).f32(0).f32(0.5f).f32(0).f32(0).f32(0.5f);                       // points at 64
  b.u32(3).u32(0).u32(1).u32(2);                                           // indices at 88
  return b;
}

MapLoadResult parse(const Bytes& b) { return content::parse_map_asset(b.data, "test.bin"); }

void put_u32(Bytes& b, size_t at, uint32_t v) {
  for (int i = 0; i < 4; ++i) b.data[at + i] = uint8_t(v >> (8 * i));
}

void put_f32(Bytes& b, size_t at, float v) {
  uint32_t u;
  std::memcpy(&u, &v, sizeof u);
  put_u32(b, at, u);
}

}  // namespace

TEST_CASE("Both map assets load and hold every country the content refers to") {
  for (const char* lod : {"110m", "50m"}) {
    INFO(lod);
    const MapAsset& asset = world(lod);
    CHECK(asset.countries.size() > 170);
    for (const char* code :
         {"NL", "DE", "RO", "UG", "SE", "LV", "KE", "LB", "VN", "PS", "GM", "UA", "BA", "ZA"}) {
      INFO(code);
      const MapCountry* c = asset.find(code);
      REQUIRE(c);
      CHECK(!c->triangles.empty());
    }
  }
}

TEST_CASE("Every country fits one 16-bit draw call and its rings and triangles are consistent") {
  for (const char* lod : {"110m", "50m"}) {
    INFO(lod);
    for (const MapCountry& c : world(lod).countries) {
      INFO(c.code << " " << c.name);
      CHECK(c.points.size() < 65536);
      REQUIRE(c.ring_starts.size() >= 2);
      CHECK(c.ring_starts.front() == 0);
      CHECK(c.ring_starts.back() == c.points.size());
      CHECK(c.triangles.size() % 3 == 0);
    }
  }
}

TEST_CASE("The hit test finds the countries of the seed note's places") {
  for (const char* lod : {"110m", "50m"}) {
    INFO(lod);
    const MapAsset& asset = world(lod);
    CHECK(country_at(asset, 45.7983, 24.1256) == "RO");  // Sibiu
    CHECK(country_at(asset, 52.2799, 8.0472) == "DE");   // Osnabrück
    CHECK(country_at(asset, -0.16, 31.60) == "UG");      // Bukomansimbi
    CHECK(country_at(asset, 52.255, 6.163) == "NL");     // Deventer
    CHECK(country_at(asset, 56.9496, 24.1052) == "LV");  // Riga
    CHECK(country_at(asset, 0, -30) == "(sea)");         // mid-Atlantic
  }
}

TEST_CASE("Malmö, on the coast, is in Sweden on both maps") {
  CHECK(country_at(world("50m"), 55.605, 13.0038) == "SE");
  CHECK(country_at(world("110m"), 55.605, 13.0038) == "SE");
}

TEST_CASE("A hole in a country is not part of it: Lesotho inside South Africa") {
  for (const char* lod : {"110m", "50m"}) {
    INFO(lod);
    CHECK(country_at(world(lod), -29.31, 27.48) == "LS");  // Maseru
    CHECK(country_at(world(lod), -26.2, 28.05) == "ZA");   // Johannesburg
  }
}

TEST_CASE("Features without an ISO number get the documented codes") {
  for (const char* lod : {"110m", "50m"}) {
    INFO(lod);
    const MapAsset& asset = world(lod);
    CHECK(country_at(asset, 42.66, 21.17) == "XK");  // Pristina, Kosovo
    CHECK(country_at(asset, 35.19, 33.36) == "CY");  // North Nicosia, merged into Cyprus
    CHECK(country_at(asset, 9.56, 44.06) == "SO");   // Hargeisa, merged into Somalia
    CHECK(asset.find("") == nullptr);
  }
  const MapCountry* siachen = world("50m").hit_test(content::project_equal_earth(35.4, 77.1));
  REQUIRE(siachen);
  CHECK(siachen->code.empty());
  CHECK(siachen->name == "Siachen Glacier");
}

TEST_CASE("Antarctica is flagged and is the only flagged country") {
  for (const char* lod : {"110m", "50m"}) {
    INFO(lod);
    for (const MapCountry& c : world(lod).countries) CHECK(c.is_antarctica == (c.code == "AQ"));
    CHECK(country_at(world(lod), -80, 0) == "AQ");
  }
}

TEST_CASE("No triangle or outline edge spans the map: the antimeridian cut works") {
  const float half_width = float(content::equal_earth_max_x);  // half the map's width
  for (const char* lod : {"110m", "50m"}) {
    for (const MapCountry& c : world(lod).countries) {
      if (c.is_antarctica) continue;  // its edge along the South Pole line is real
      INFO(lod << " " << c.code);
      float widest = 0;
      for (size_t t = 0; t < c.triangles.size(); t += 3) {
        for (int k = 0; k < 3; ++k) {
          const auto a = c.points[c.triangles[t + k]], b = c.points[c.triangles[t + (k + 1) % 3]];
          widest = std::max(widest, std::abs(a.x - b.x));
        }
      }
      for (size_t r = 0; r + 1 < c.ring_starts.size(); ++r) {
        for (uint32_t i = c.ring_starts[r], j = c.ring_starts[r + 1] - 1; i < c.ring_starts[r + 1]; j = i++) {
          widest = std::max(widest, std::abs(c.points[i].x - c.points[j].x));
        }
      }
      CHECK(widest < half_width);
    }
  }
  // Both sides of the cut are there: Chukotka reaches past 180° and reappears at the map's west edge.
  for (const char* lod : {"110m", "50m"}) {
    INFO(lod);
    CHECK(country_at(world(lod), 66.0, -175.0) == "RU");
    CHECK(country_at(world(lod), 67.0, 172.0) == "RU");   // Chukotka, east of 180
    CHECK(country_at(world(lod), -17.8, 178.0) == "FJ");  // Viti Levu
  }
}

TEST_CASE("The fill and the hit test agree: triangle centroids hit their own country") {
  for (const char* lod : {"110m", "50m"}) {
    size_t tested = 0, agreed = 0;
    for (const MapCountry& c : world(lod).countries) {
      for (size_t t = 0; t < c.triangles.size(); t += 7 * 3) {
        const auto a = c.points[c.triangles[t]], b = c.points[c.triangles[t + 1]],
                   d = c.points[c.triangles[t + 2]];
        ++tested;
        agreed += content::country_contains(c, {(a.x + b.x + d.x) / 3, (a.y + b.y + d.y) / 3});
      }
    }
    INFO(lod << ": " << agreed << " of " << tested);
    CHECK(agreed >= tested * 995 / 1000);  // slivers in self-touching source outlines may disagree
  }
}

TEST_CASE("The map lies within the projection's outline") {
  for (const char* lod : {"110m", "50m"}) {
    const content::MapRect b = world(lod).bbox;
    CHECK(b.min_x >= -content::equal_earth_max_x - 1e-6);
    CHECK(b.max_x <= content::equal_earth_max_x + 1e-6);
    CHECK(b.min_y >= -content::equal_earth_max_y - 1e-6);
    CHECK(b.max_y <= content::equal_earth_max_y + 1e-6);
    CHECK(b.max_y == Approx(content::equal_earth_max_y).margin(1e-5));  // Antarctica reaches the pole line
  }
}

TEST_CASE("The parser reads a small valid buffer") {
  const MapLoadResult r = parse(tiny_asset());
  INFO(r.error);
  REQUIRE(r.asset);
  REQUIRE(r.asset->countries.size() == 1);
  const MapCountry& nl = r.asset->countries[0];
  CHECK(nl.code == "NL");
  CHECK(nl.name == "NL");
  CHECK(nl.ring_starts == std::vector<uint32_t>{0, 3});
  CHECK(nl.triangles == std::vector<uint32_t>{0, 1, 2});
  CHECK(r.asset->hit_test({0.1f, 0.1f}) == &nl);
  CHECK(r.asset->hit_test({0.4f, 0.4f}) == nullptr);  // in the bbox, outside the triangle
  CHECK(r.asset->find("NL") == &nl);
  CHECK(r.asset->find("DE") == nullptr);
}

TEST_CASE("The parser rejects a buffer with the wrong magic") {
  Bytes b = tiny_asset();
  b.data[0] = 'X';
  const MapLoadResult r = parse(b);
  CHECK_FALSE(r.asset);
  CHECK(r.error == "test.bin: byte 0: not a map asset (wrong magic)");
}

TEST_CASE("The parser rejects every truncation of a valid buffer with a clear error") {
  const Bytes full = tiny_asset();
  for (size_t n = 0; n < full.data.size(); ++n) {
    const MapLoadResult r = content::parse_map_asset(std::span(full.data.data(), n), "test.bin");
    INFO("length " << n << ": " << r.error);
    CHECK_FALSE(r.asset);
    CHECK(r.error.rfind("test.bin: byte ", 0) == 0);
    CHECK((r.error.find("truncated") != std::string::npos || r.error.find("left") != std::string::npos));
  }
}

TEST_CASE("The parser rejects a country without rings") {
  Bytes b = tiny_asset();
  put_u32(b, 56, 0);
  CHECK(parse(b).error == "test.bin: byte 56: country 0 \"NL\" has no rings");
}

TEST_CASE("The parser rejects trailing bytes and another format version") {
  Bytes longer = tiny_asset();
  longer.u32(0);
  CHECK(parse(longer).error == "test.bin: byte 104: 4 bytes after the last country");
  Bytes v2 = tiny_asset();
  put_u32(v2, 8, 2);
  CHECK(parse(v2).error == "test.bin: byte 8: format version 2, this build reads 1");
}

TEST_CASE("The parser rejects absurd counts before allocating for them") {
  SECTION("countries") {
    Bytes b = tiny_asset();
    put_u32(b, 12, 0xFFFFFFFFu);
    CHECK(parse(b).error == "test.bin: byte 12: claims 4294967295 countries, only 72 bytes left");
  }
  SECTION("rings") {
    Bytes b = tiny_asset();
    put_u32(b, 56, 0x40000000u);
    CHECK(parse(b).error ==
          "test.bin: byte 56: country 0 \"NL\" claims 1073741824 rings, only 44 bytes left");
  }
  SECTION("points in a ring") {
    Bytes b = tiny_asset();
    put_u32(b, 60, 99999999u);
    CHECK(parse(b).error ==
          "test.bin: byte 60: ring 0 of country 0 \"NL\" claims 99999999 points, only 36 bytes left");
  }
  SECTION("triangle indices") {
    Bytes b = tiny_asset();
    put_u32(b, 88, 3000);
    CHECK(parse(b).error ==
          "test.bin: byte 88: country 0 \"NL\" claims 3000 triangle indices, only 12 bytes left");
  }
  SECTION("a name longer than the file") {
    Bytes b = tiny_asset();
    b.data[36] = 0xFF;
    b.data[37] = 0xFF;
    CHECK(parse(b).error == "test.bin: byte 38: truncated: country name needs 65535 bytes, only 66 left");
  }
}

TEST_CASE("The parser rejects a country with more than 65,535 points even when the bytes are there") {
  Bytes b = header(1);
  b.raw({0, 0}).u16(0).u16(0).rect(0, 0, 1, 1).u32(1).u32(65536);
  for (uint32_t i = 0; i < 65536; ++i) b.f32(float(i % 2)).f32(float(i % 3 == 0));
  b.u32(0);
  CHECK(parse(b).error ==
        "test.bin: byte 58: ring 0 of country 0 (no code) brings the country to 65536 points, "
        "more than 65535");
}

TEST_CASE("The parser rejects triangle indices beyond the country's points") {
  Bytes b = tiny_asset();
  put_u32(b, 96, 3);
  CHECK(parse(b).error == "test.bin: byte 96: country 0 \"NL\": triangle index 3 is out of range (3 points)");
  put_u32(b, 96, 0xFFFFFFFFu);
  CHECK_FALSE(parse(b).asset);
}

TEST_CASE("The parser rejects NaN and infinite coordinates") {
  Bytes b = tiny_asset();
  put_f32(b, 68, std::numeric_limits<float>::quiet_NaN());
  CHECK(parse(b).error == "test.bin: byte 68: point y is not a finite number");
  Bytes c = tiny_asset();
  put_f32(c, 40, -std::numeric_limits<float>::infinity());
  CHECK(parse(c).error == "test.bin: byte 40: country bounding box is not a finite number");
  Bytes d = tiny_asset();
  put_f32(d, 16, std::numeric_limits<float>::quiet_NaN());
  CHECK(parse(d).error == "test.bin: byte 16: map bounding box is not a finite number");
}

TEST_CASE("The parser rejects points outside their country's bounding box and malformed codes") {
  Bytes b = tiny_asset();
  put_f32(b, 72, 0.75f);
  CHECK(parse(b).error == "test.bin: byte 72: country 0 \"NL\": point 1 lies outside its bounding box");
  Bytes c = tiny_asset();
  c.data[33] = 'l';
  CHECK(parse(c).error ==
        "test.bin: byte 32: country 0: code is neither two capital letters nor two zero bytes");
}

TEST_CASE("The parser survives every single-byte corruption of a valid buffer") {
  const Bytes good = tiny_asset();
  for (size_t at = 0; at < good.data.size(); ++at) {
    for (uint8_t value : {uint8_t(0x00), uint8_t(0x7F), uint8_t(0xFF)}) {
      Bytes b = good;
      b.data[at] = value;
      const MapLoadResult r = parse(b);
      INFO("byte " << at << " = " << int(value));
      CHECK(r.asset.has_value() == r.error.empty());
    }
  }
}

TEST_CASE("Loading a missing file reports the path and the reason") {
  const MapLoadResult r = content::load_map_asset("/nonexistent/world.bin");
  CHECK_FALSE(r.asset);
  CHECK(r.error == "/nonexistent/world.bin: cannot open: No such file or directory");
}
