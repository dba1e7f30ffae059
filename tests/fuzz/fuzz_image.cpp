// An image file from content (a logo or photo) through content::decode_image, which the kiosk's
// ImageDecoder worker calls on every image, with the size limits of content/image.hpp.
#include <cstdint>
#include <cstdlib>

#include "content/image.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::span<const uint8_t> bytes(data, size);
  auto info = content::probe_image(bytes);
  auto image = content::decode_image(bytes);
  if (!image) return 0;
  if (!info || info->width_px != image->width_px || info->height_px != image->height_px) std::abort();
  if (image->width_px > content::max_image_side_px || image->height_px > content::max_image_side_px) std::abort();
  if (image->rgba.size() != size_t(image->width_px) * size_t(image->height_px) * 4) std::abort();
  return 0;
}
