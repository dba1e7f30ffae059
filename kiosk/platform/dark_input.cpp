// Touches while dark (dark_input.hpp).
#include "kiosk/platform/dark_input.hpp"

#include "kiosk/logic/admin.hpp"
#include "kiosk/logic/update.hpp"

namespace kiosk {

State dark_touch(State s, PointerInput& input) {
  if (!input.pending() && !input.touching()) return s;
  s = update(std::move(s), DarkTouched{});
  if (is_dark(s)) {
    input.feed_gestures_only();
    for (const auto& g : input.take_gestures())
      if (auto a = admin_action_for(s, g)) s = update(std::move(s), *a);
  }
  if (!is_dark(s)) input = PointerInput{};
  return s;
}

}  // namespace kiosk
