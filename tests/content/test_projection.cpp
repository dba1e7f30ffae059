// Tests of the Equal Earth projection: published constants, orientation (y down), the inverse, and
// the property the projection is chosen for, equal area.
#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <numbers>

#include "content/projection.hpp"

using content::MapPoint;
using content::MapPointF64;

namespace {

// Area of the projected cell [lat0, lat1] x [lon0, lon1], its curved meridian edges traced finely.
double projected_cell_area(double lat0, double lat1, double lon0, double lon1) {
  std::vector<MapPointF64> outline;
  const int steps = 200;
  for (int i = 0; i <= steps; ++i)
    outline.push_back(content::project_equal_earth_f64(lat0, lon0 + (lon1 - lon0) * i / steps));
  for (int i = 0; i <= steps; ++i)
    outline.push_back(content::project_equal_earth_f64(lat0 + (lat1 - lat0) * i / steps, lon1));
  for (int i = 0; i <= steps; ++i)
    outline.push_back(content::project_equal_earth_f64(lat1, lon1 - (lon1 - lon0) * i / steps));
  for (int i = 0; i <= steps; ++i)
    outline.push_back(content::project_equal_earth_f64(lat1 - (lat1 - lat0) * i / steps, lon0));
  double twice = 0;
  for (size_t i = 0, j = outline.size() - 1; i < outline.size(); j = i++) {
    twice += (outline[j].x - outline[i].x) * (outline[j].y + outline[i].y);
  }
  return std::abs(twice) / 2;
}

}  // namespace

TEST_CASE("The equator maps to y = 0 and the prime meridian to x = 0") {
  for (double lon = -180; lon <= 180; lon += 15) CHECK(content::project_equal_earth_f64(0, lon).y == 0.0);
  for (double lat = -90; lat <= 90; lat += 15) CHECK(content::project_equal_earth_f64(lat, 0).x == 0.0);
}

TEST_CASE("North is up: northern latitudes have negative y, eastern longitudes positive x") {
  const MapPoint deventer = content::project_equal_earth(52.255, 6.163);
  CHECK(deventer.y < 0);
  CHECK(deventer.x > 0);
  const MapPoint bukomansimbi = content::project_equal_earth(-0.16, 31.60);
  CHECK(bukomansimbi.y > 0);
}

TEST_CASE("The map's corners match the published Equal Earth extent for R = 1") {
  // x of (0, 180) is the map's maximum x; the poles are lines at y = ±1.3173627...
  CHECK(content::project_equal_earth_f64(0, 180).x == Approx(content::equal_earth_max_x).epsilon(1e-15));
  CHECK(content::equal_earth_max_x == Approx(2.70663).margin(1e-5));
  CHECK(content::project_equal_earth_f64(90, 0).y == Approx(-content::equal_earth_max_y).epsilon(1e-15));
  CHECK(content::project_equal_earth_f64(-90, 77).y == Approx(content::equal_earth_max_y).epsilon(1e-15));
  CHECK(content::equal_earth_max_y == Approx(1.31736).margin(1e-5));
  // Flat poles: the pole line is half as wide as the equator (cos θ = 1/2 there, y' is the ratio).
  CHECK(content::project_equal_earth_f64(90, 180).x > 0.5 * content::equal_earth_max_x);
  for (double lat = -90; lat <= 90; lat += 1) {
    CHECK(std::abs(content::project_equal_earth_f64(lat, 180).x) <= content::equal_earth_max_x * (1 + 1e-15));
  }
}

TEST_CASE("The projection is symmetric about both axes") {
  for (double lat = -80; lat <= 80; lat += 20) {
    for (double lon = -170; lon <= 170; lon += 20) {
      const MapPointF64 a = content::project_equal_earth_f64(lat, lon);
      const MapPointF64 b = content::project_equal_earth_f64(-lat, -lon);
      CHECK(a.x == Approx(-b.x).margin(1e-15));
      CHECK(a.y == Approx(-b.y).margin(1e-15));
    }
  }
}

TEST_CASE("Equal-sized cells on the globe have equal areas on the map") {
  // On the unit sphere, the cell [lat0, lat1] x [lon0, lon1] has area Δλ (sin φ1 - sin φ0).
  const double d2r = std::numbers::pi / 180;
  for (double lat0 : {-90.0, -40.0, 0.0, 30.0, 60.0, 80.0}) {
    const double lat1 = lat0 + 10;
    const double sphere = 20 * d2r * (std::sin(lat1 * d2r) - std::sin(lat0 * d2r));
    CHECK(projected_cell_area(lat0, lat1, 100, 120) == Approx(sphere).epsilon(1e-5));
  }
}

TEST_CASE("Projecting then unprojecting in double precision returns the point within 1e-6 degrees") {
  for (double lat = -90; lat <= 90; lat += 2.5) {
    for (double lon = -180; lon <= 180; lon += 7.5) {
      const auto back = content::unproject_equal_earth_f64(content::project_equal_earth_f64(lat, lon));
      REQUIRE(back);
      CHECK(back->lat == Approx(lat).margin(1e-6));
      CHECK(back->lon == Approx(lon).margin(1e-6));
    }
  }
}

TEST_CASE("Projecting then unprojecting through float map points loses only float precision") {
  // A float resolves ~2.4e-7 map units near x = 2.7, which is ~1.6e-5 degrees of longitude.
  for (double lat = -89; lat <= 89; lat += 4.25) {
    for (double lon = -179; lon <= 179; lon += 6.5) {
      const auto back = content::unproject_equal_earth(content::project_equal_earth(lat, lon));
      REQUIRE(back);
      CHECK(back->lat == Approx(lat).margin(5e-5));
      CHECK(back->lon == Approx(lon).margin(5e-5));
    }
  }
}

TEST_CASE("Unprojecting the map's own edge works despite float rounding") {
  for (double lat = -90; lat <= 90; lat += 10) {
    for (double lon : {-180.0, 180.0}) {
      const auto back = content::unproject_equal_earth(content::project_equal_earth(lat, lon));
      REQUIRE(back);
      CHECK(back->lon == Approx(lon).margin(1e-4));
      CHECK(std::abs(back->lon) <= 180.0);
      CHECK(std::abs(back->lat) <= 90.0);
    }
  }
}

TEST_CASE("Points outside the map's outline do not unproject") {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  CHECK_FALSE(content::unproject_equal_earth_f64({2.8, 0}));
  CHECK_FALSE(content::unproject_equal_earth_f64({0, 1.4}));
  CHECK_FALSE(content::unproject_equal_earth_f64({0, -1.4}));
  CHECK_FALSE(content::unproject_equal_earth_f64({2.6, 1.2}));  // a corner of the bounding box
  CHECK_FALSE(content::unproject_equal_earth_f64({nan, 0}));
  CHECK_FALSE(content::unproject_equal_earth_f64({0, inf}));
  CHECK(content::unproject_equal_earth_f64({2.6, 0}));
}
