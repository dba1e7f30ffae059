// Photo-like JPEGs via stb_image_write (the implementation is in Debian's libstb).
#include "bench/photo_jpeg.hpp"

#include <stb_image_write.h>

#include <cmath>
#include <vector>

namespace bench {

namespace {

uint64_t mix(uint64_t z) {
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

struct Blob {
  float x, y, radius, r, g, b;
};

}  // namespace

bool write_photo_jpeg(const std::string& path, int w, int h, uint64_t seed) {
  uint64_t s = mix(seed + 1);
  auto unit = [&] { return float((s = mix(s + 0x9E3779B97F4A7C15ull)) >> 11) / float(1ull << 53); };
  float top[3] = {unit(), unit(), unit()}, bottom[3] = {unit(), unit(), unit()};
  std::vector<Blob> blobs(6);
  for (auto& b : blobs) b = {unit() * w, unit() * h, (0.1f + 0.3f * unit()) * w, unit(), unit(), unit()};
  // Grain decides the file size: from fine to coarse across the images.
  float grain = 10.0f + 22.0f * unit();
  // The smooth part on a grid of 8 px cells, interpolated between them: photos are smooth at that
  // scale, and it keeps 300 photos to seconds.
  constexpr int cell = 8;
  int gw = w / cell + 2, gh = h / cell + 2;
  std::vector<float> grid(size_t(gw) * gh * 3);
  for (int gy = 0; gy < gh; ++gy)
    for (int gx = 0; gx < gw; ++gx) {
      float x = float(gx * cell), y = float(gy * cell), t = std::fmin(1.0f, y / float(h)), c[3];
      for (int k = 0; k < 3; ++k) c[k] = top[k] * (1 - t) + bottom[k] * t;
      for (const auto& b : blobs) {
        float dx = (x - b.x) / b.radius, dy = (y - b.y) / b.radius;
        float a = 0.6f * std::exp(-(dx * dx + dy * dy));
        c[0] += (b.r - c[0]) * a, c[1] += (b.g - c[1]) * a, c[2] += (b.b - c[2]) * a;
      }
      for (int k = 0; k < 3; ++k) grid[(size_t(gy) * gw + gx) * 3 + k] = c[k] * 255.0f;
    }
  std::vector<uint8_t> rgb(size_t(w) * h * 3);
  uint64_t noise = s;
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      int gx = x / cell, gy = y / cell;
      float fx = float(x % cell) / cell, fy = float(y % cell) / cell;
      const float* g00 = &grid[(size_t(gy) * gw + gx) * 3];
      const float* g10 = g00 + 3;
      const float* g01 = g00 + size_t(gw) * 3;
      const float* g11 = g01 + 3;
      noise = mix(noise);
      for (int k = 0; k < 3; ++k) {
        float v = (g00[k] * (1 - fx) + g10[k] * fx) * (1 - fy) + (g01[k] * (1 - fx) + g11[k] * fx) * fy;
        float n = (float((noise >> (k * 16)) & 0xFFFF) / 65535.0f - 0.5f) * grain;
        rgb[(size_t(y) * w + x) * 3 + k] = uint8_t(std::fmin(255.0f, std::fmax(0.0f, v + n)));
      }
    }
  return stbi_write_jpg(path.c_str(), w, h, 3, rgb.data(), 85) != 0;
}

}  // namespace bench
