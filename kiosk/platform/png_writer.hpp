// Writes RGBA pixels as a PNG (screenshots for tests and docs). The only file that includes
// stb_image_write.h.
#pragma once

#include <cstdint>
#include <string>

namespace kiosk {

bool write_png(const std::string& path, int width_px, int height_px, const uint8_t* rgba, int stride_bytes);

}  // namespace kiosk
