// Images (logos, photos) from content: probing their header and decoding them, with size limits
// checked before any pixel is decoded. The only file that includes stb_image.h.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "content/result.hpp"

namespace content {

inline constexpr size_t max_image_bytes = 2 * 1024 * 1024;
inline constexpr int max_image_side_px = 4096;

struct ImageInfo {
  int width_px = 0, height_px = 0;
};

struct DecodedImage {
  int width_px = 0, height_px = 0;
  std::vector<uint8_t> rgba;  // width*height*4 bytes
};

// Reads the header only: format, dimensions and the limits above.
Result<ImageInfo> probe_image(std::span<const uint8_t> bytes);
// Probes, then decodes to RGBA.
Result<DecodedImage> decode_image(std::span<const uint8_t> bytes);

}  // namespace content
