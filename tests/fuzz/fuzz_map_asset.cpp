// A world map asset (docs/formats/map.md) through content::parse_map_asset, which treats its
// input as hostile. An asset that loads is then used as the kiosk uses it: the hit test and the
// lookup by code, at points taken from the input.
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "content/map_asset.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto r = content::parse_map_asset({data, size}, "fuzz.bin");
  if (!r.asset) {
    if (r.error.empty()) std::abort();
    return 0;
  }
  const content::MapAsset& a = *r.asset;
  for (const auto& c : a.countries) {
    if (c.ring_starts.empty() || c.ring_starts.back() != c.points.size()) std::abort();
    for (uint32_t i : c.triangles)
      if (i >= c.points.size()) std::abort();
    (void)a.find(c.code);
  }
  // Probe points: the boxes' corners and centre, and floats from the input's last bytes.
  std::vector<content::MapPoint> probes = {{a.bbox.min_x, a.bbox.min_y},
                                           {a.bbox.max_x, a.bbox.max_y},
                                           {(a.bbox.min_x + a.bbox.max_x) / 2, (a.bbox.min_y + a.bbox.max_y) / 2}};
  if (size >= 8) {
    float xy[2];
    std::memcpy(xy, data + size - 8, 8);
    if (std::isfinite(xy[0]) && std::isfinite(xy[1])) probes.push_back({xy[0], xy[1]});
  }
  for (auto p : probes) (void)a.hit_test(p);
  return 0;
}
