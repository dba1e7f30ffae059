// The map camera: which part of the Equal Earth map (content/projection.hpp) is on screen and
// how large. Pure math, no ImGui or SDL, so panning and zooming are unit-tested.
#pragma once

#include "content/projection.hpp"

namespace kiosk {

struct ScreenPoint {
  float x = 0, y = 0;
};

struct MapCamera {
  // The viewport on screen, in pixels.
  float viewport_x = 0, viewport_y = 0, viewport_w = 1, viewport_h = 1;
  // The map point at the viewport's centre, and pixels per map unit.
  float center_x = 0, center_y = 0;
  float scale_px = 100;

  ScreenPoint to_screen(content::MapPoint p) const;
  content::MapPoint to_map(ScreenPoint s) const;
  bool contains(ScreenPoint s) const;

  float min_scale_px() const;  // the whole world fits
  float max_scale_px() const;  // about city level
  void pan_px(float dx, float dy);
  void zoom_at(float factor, ScreenPoint anchor);  // anchor stays where it is on screen
  void clamp();                                    // keeps zoom in limits and the map on screen

  // Sets the viewport, keeping the same map point at the centre.
  void set_viewport(float x, float y, float w, float h);
  // Europe and Africa filling the viewport: Deventer's partners all lie there.
  void show_europe_africa();
};

}  // namespace kiosk
