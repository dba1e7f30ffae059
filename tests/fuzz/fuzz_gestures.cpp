// Random pointer streams (fingers and the mouse, as the SDL layer delivers them: ids, positions
// around a 1920x1080 screen, a clock that never runs back) through the GestureRecogniser, its
// long-press poll, and the map's use of the gestures (map_input) applied to a kiosk state on the
// home screen. Every gesture must carry finite numbers, and the map camera must stay finite and
// within its zoom limits whatever the fingers do.
#include <fuzzer/FuzzedDataProvider.h>

#include <cmath>
#include <cstdint>
#include <cstdlib>

#include "kiosk/logic/map_input.hpp"
#include "kiosk/logic/update.hpp"

namespace {

using namespace kiosk;

void check(const Gesture& g) {
  for (float v : {g.x, g.y, g.dx, g.dy, g.start_x, g.start_y, g.scale, g.velocity_x, g.velocity_y})
    if (!std::isfinite(v)) std::abort();
  if (g.type == Gesture::Type::pinched && !(g.scale > 0)) std::abort();
}

void check(const State& s) {
  const MapCamera& c = s.camera;
  for (float v : {c.center_x, c.center_y, c.scale_px})
    if (!std::isfinite(v)) std::abort();
  if (c.scale_px < c.min_scale_px() * 0.999f || c.scale_px > c.max_scale_px() * 1.001f) std::abort();
}

float coordinate(FuzzedDataProvider& in, float screen_px) {
  return -0.25f * screen_px + 1.5f * screen_px * in.ConsumeIntegral<uint16_t>() / 65535.0f;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  FuzzedDataProvider in(data, size);
  State s;
  int64_t now_ms = 1000;
  for (Action a : {Action{Tick{now_ms}}, Action{StartRequested{}}, Action{MapViewportChanged{0, 100, 1920, 980}}})
    s = update(s, a);
  GestureRecogniser recogniser;
  auto apply = [&](const Gesture& g) {
    check(g);
    for (const Action& a : map_actions(s, g)) s = update(s, a);
    check(s);
  };
  while (in.remaining_bytes() > 0) {
    now_ms += in.ConsumeBool() ? in.ConsumeIntegralInRange<int64_t>(0, 50) : in.ConsumeIntegral<uint16_t>();
    s = update(s, Tick{now_ms});
    check(s);
    uint8_t op = in.ConsumeIntegralInRange<uint8_t>(0, 4);
    if (op == 4) {
      if (auto g = recogniser.poll(now_ms)) apply(*g);
      continue;
    }
    PointerEvent e{PointerEvent::Type(op), in.ConsumeIntegralInRange<int64_t>(0, 3), 0, 0, now_ms};
    e.x = coordinate(in, 1920);
    e.y = coordinate(in, 1080);
    if (e.type == PointerEvent::Type::down)
      for (const Action& a : map_actions_for_down(s, e)) s = update(s, a);
    for (const Gesture& g : recogniser.feed(e)) apply(g);
  }
  return 0;
}
