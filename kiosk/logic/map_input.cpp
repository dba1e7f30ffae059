// Routing gestures to map actions.
#include "kiosk/logic/map_input.hpp"

#include "kiosk/logic/update.hpp"

namespace kiosk {

std::vector<Action> map_actions(const State& s, const Gesture& g) {
  switch (g.type) {
    case Gesture::Type::pinched:
      if (!map_takes_touch(s, {g.x, g.y})) return {};
      return {MapZoomed{g.scale, {g.x, g.y}}, MapDragged{g.dx, g.dy}};
    case Gesture::Type::drag_ended:
      if (!map_takes_touch(s, {g.start_x, g.start_y}) || (g.velocity_x == 0 && g.velocity_y == 0)) return {};
      return {MapFlung{g.velocity_x, g.velocity_y}};
    case Gesture::Type::double_tap:
      if (!map_takes_touch(s, {g.x, g.y})) return {};
      return {MapZoomed{double_tap_zoom, {g.x, g.y}}};
    default:
      return {};
  }
}

std::vector<Action> map_actions_for_down(const State& s, const PointerEvent& down) {
  if (!map_takes_touch(s, {down.x, down.y}) || !is_animating(s)) return {};
  return {MapTouched{}};
}

}  // namespace kiosk
