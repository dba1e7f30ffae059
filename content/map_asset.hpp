// The world map's country geometry: outlines and triangles in Equal Earth map units (see
// projection.hpp), read from world-110m.bin / world-50m.bin (format: docs/formats/map.md, built by
// content/map/build-map.mjs). The parser treats its input as hostile: every count is checked
// against the bytes that remain before anything is allocated, and errors name the byte offset.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "content/projection.hpp"

namespace content {

// ImGui draws with 16-bit indices, so one country's outline must fit in one draw call's range.
inline constexpr uint32_t map_max_points_per_country = 65535;

struct MapRect {
  float min_x, min_y, max_x, max_y;

  bool contains(MapPoint p) const { return p.x >= min_x && p.x <= max_x && p.y >= min_y && p.y <= max_y; }
};

struct MapCountry {
  std::string code;            // ISO 3166-1 alpha-2 ("XK" for Kosovo); empty if it has none
  std::string name;            // English, for logs and editors; the kiosk shows its own names
  bool is_antarctica = false;  // the kiosk may leave it out: it fills the bottom of the map
  MapRect bbox{};
  std::vector<uint32_t> ring_starts;  // index of each ring's first point, plus points.size() at the end
  std::vector<MapPoint> points;       // all rings back to back; each ring is implicitly closed
  std::vector<uint32_t> triangles;    // three indices into points per triangle
};

struct MapAsset {
  std::vector<MapCountry> countries;  // in file order (the build script sorts them by code)
  MapRect bbox{};

  // The country with this alpha-2 code, or nullptr (also for an empty code).
  const MapCountry* find(std::string_view code) const;

  // The country whose area contains p (even-odd over its rings, so holes such as Lesotho inside
  // South Africa are not hits), or nullptr for sea.
  const MapCountry* hit_test(MapPoint p) const;
};

// Even-odd point-in-polygon over all of the country's rings.
bool country_contains(const MapCountry& country, MapPoint p);

struct MapLoadResult {
  std::optional<MapAsset> asset;
  std::string error;  // "<name>: byte <offset>: <what and why>" when asset is empty
};

MapLoadResult load_map_asset(const std::string& path);
MapLoadResult parse_map_asset(std::span<const uint8_t> bytes, std::string_view name_for_errors);

}  // namespace content
