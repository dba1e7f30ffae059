// The Equal Earth map projection (Šavrič, Patterson, Jenny 2018) that the world map is drawn in.
// Map units have R = 1: x runs from about -2.7066 (180° W) to 2.7066 (180° E), y from about -1.3174
// (North Pole) to 1.3174 (South Pole). y points DOWN, as on a screen, so north is negative y.
// content/map/build-map.mjs projects the map asset with the same formulas; keep the two in step.
#pragma once

#include <optional>

namespace content {

struct MapPoint {
  float x, y;
};

struct LatLon {
  double lat, lon;  // degrees; north and east positive
};

// Double-precision map coordinates, for tests and tools: a float MapPoint only resolves about
// 2e-5 degrees at the map's edge.
struct MapPointF64 {
  double x, y;
};

// x of the antimeridian on the equator (the widest point) and y of the North Pole (negated).
inline constexpr double equal_earth_max_x = 2.7066299836960743;
inline constexpr double equal_earth_max_y = 1.3173627591574131;

MapPoint project_equal_earth(double lat_deg, double lon_deg);
MapPointF64 project_equal_earth_f64(double lat_deg, double lon_deg);

// The inverse. Returns nothing for points outside the map's outline (with a small tolerance).
std::optional<LatLon> unproject_equal_earth(MapPoint p);
std::optional<LatLon> unproject_equal_earth_f64(MapPointF64 p);

}  // namespace content
