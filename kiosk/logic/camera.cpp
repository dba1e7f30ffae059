// Camera transforms and limits.
#include "kiosk/logic/camera.hpp"

#include <algorithm>

namespace kiosk {
namespace {

constexpr float world_half_w = float(content::equal_earth_max_x), world_half_h = float(content::equal_earth_max_y);

}  // namespace

ScreenPoint MapCamera::to_screen(content::MapPoint p) const {
  return {viewport_x + viewport_w * 0.5f + (p.x - center_x) * scale_px,
          viewport_y + viewport_h * 0.5f + (p.y - center_y) * scale_px};
}

content::MapPoint MapCamera::to_map(ScreenPoint s) const {
  return {center_x + (s.x - viewport_x - viewport_w * 0.5f) / scale_px,
          center_y + (s.y - viewport_y - viewport_h * 0.5f) / scale_px};
}

bool MapCamera::contains(ScreenPoint s) const {
  return s.x >= viewport_x && s.y >= viewport_y && s.x < viewport_x + viewport_w && s.y < viewport_y + viewport_h;
}

float MapCamera::min_scale_px() const {
  return std::min(viewport_w / (2 * world_half_w), viewport_h / (2 * world_half_h));
}

float MapCamera::max_scale_px() const { return min_scale_px() * 40; }

void MapCamera::pan_px(float dx, float dy) {
  center_x -= dx / scale_px;
  center_y -= dy / scale_px;
  clamp();
}

void MapCamera::zoom_at(float factor, ScreenPoint anchor) {
  content::MapPoint before = to_map(anchor);
  scale_px = std::clamp(scale_px * factor, min_scale_px(), max_scale_px());
  content::MapPoint after = to_map(anchor);
  center_x += before.x - after.x;
  center_y += before.y - after.y;
  clamp();
}

void MapCamera::clamp() {
  scale_px = std::clamp(scale_px, min_scale_px(), max_scale_px());
  // The centre may go as far as the world's edge, never beyond: the map never leaves the screen.
  float half_w = viewport_w * 0.5f / scale_px, half_h = viewport_h * 0.5f / scale_px;
  float lim_x = std::max(0.0f, world_half_w - half_w), lim_y = std::max(0.0f, world_half_h - half_h);
  center_x = std::clamp(center_x, -lim_x, lim_x);
  center_y = std::clamp(center_y, -lim_y, lim_y);
}

void MapCamera::set_viewport(float x, float y, float w, float h) {
  viewport_x = x;
  viewport_y = y;
  viewport_w = std::max(w, 1.0f);
  viewport_h = std::max(h, 1.0f);
  clamp();
}

void MapCamera::show_europe_africa() {
  // From Iceland and the North Cape down to the Cape of Good Hope: roughly 25°W–60°E, 36°S–72°N.
  content::MapPoint nw = content::project_equal_earth(72, -25);
  content::MapPoint se = content::project_equal_earth(-36, 60);
  center_x = (nw.x + se.x) * 0.5f;
  center_y = (nw.y + se.y) * 0.5f;
  scale_px = std::min(viewport_w / (se.x - nw.x), viewport_h / (se.y - nw.y));
  clamp();
}

}  // namespace kiosk
