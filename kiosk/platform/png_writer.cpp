// PNG writing via stb_image_write (implementation in Debian's libstb).
#include "kiosk/platform/png_writer.hpp"

#include <stb_image_write.h>

namespace kiosk {

bool write_png(const std::string& path, int width_px, int height_px, const uint8_t* rgba, int stride_bytes) {
  return stbi_write_png(path.c_str(), width_px, height_px, 4, rgba, stride_bytes) != 0;
}

}  // namespace kiosk
