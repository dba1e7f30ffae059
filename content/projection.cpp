// Equal Earth forward and inverse projection. The forward formulas are the published ones; the
// inverse solves y(θ) for the parametric latitude θ by Newton's method, which converges in a
// handful of steps because y(θ) is nearly linear.
#include "content/projection.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace content {
namespace {

constexpr double a1 = 1.340264;
constexpr double a2 = -0.081106;
constexpr double a3 = 0.000893;
constexpr double a4 = 0.003796;
const double m = std::sqrt(3.0) / 2.0;
constexpr double deg_to_rad = std::numbers::pi / 180.0;

// Inputs within this relative distance outside the map's outline still unproject (float rounding).
constexpr double edge_tolerance = 1e-6;

double y_of_theta(double theta) {
  const double t2 = theta * theta;
  const double t6 = t2 * t2 * t2;
  return theta * (a1 + a2 * t2 + t6 * (a3 + a4 * t2));
}

double dy_dtheta(double theta) {
  const double t2 = theta * theta;
  const double t6 = t2 * t2 * t2;
  return a1 + 3 * a2 * t2 + t6 * (7 * a3 + 9 * a4 * t2);
}

}  // namespace

MapPointF64 project_equal_earth_f64(double lat_deg, double lon_deg) {
  const double lambda = lon_deg * deg_to_rad;
  const double theta = std::asin(m * std::sin(lat_deg * deg_to_rad));
  const double x = lambda * std::cos(theta) / (m * dy_dtheta(theta));
  return {x, -y_of_theta(theta)};  // screen convention: north up means negative y
}

MapPoint project_equal_earth(double lat_deg, double lon_deg) {
  const MapPointF64 p = project_equal_earth_f64(lat_deg, lon_deg);
  return {static_cast<float>(p.x), static_cast<float>(p.y)};
}

std::optional<LatLon> unproject_equal_earth_f64(MapPointF64 p) {
  if (!std::isfinite(p.x) || !std::isfinite(p.y)) return std::nullopt;
  if (std::abs(p.y) > equal_earth_max_y * (1 + edge_tolerance)) return std::nullopt;
  const double y = std::clamp(-p.y, -equal_earth_max_y, equal_earth_max_y);

  const double theta_max = std::numbers::pi / 3;  // θ at the poles: asin(√3/2)
  double theta = std::clamp(y / a1, -theta_max, theta_max);
  bool converged = false;
  for (int i = 0; i < 30 && !converged; ++i) {
    const double step = (y_of_theta(theta) - y) / dy_dtheta(theta);
    theta = std::clamp(theta - step, -theta_max, theta_max);
    converged = std::abs(step) < 1e-14;
  }
  if (!converged && std::abs(y_of_theta(theta) - y) > 1e-9) return std::nullopt;

  const double lambda = m * p.x * dy_dtheta(theta) / std::cos(theta);
  if (std::abs(lambda) > std::numbers::pi * (1 + edge_tolerance)) return std::nullopt;
  const double lat = std::asin(std::clamp(std::sin(theta) / m, -1.0, 1.0)) / deg_to_rad;
  const double lon = std::clamp(lambda / deg_to_rad, -180.0, 180.0);
  return LatLon{lat, lon};
}

std::optional<LatLon> unproject_equal_earth(MapPoint p) { return unproject_equal_earth_f64({p.x, p.y}); }

}  // namespace content
