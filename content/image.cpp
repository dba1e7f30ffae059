// stb_image behind the limits; libstb.so from Debian's libstb-dev holds the implementation.
#include "content/image.hpp"

#include <stb_image.h>

#include <memory>
#include <string>

namespace content {

Result<ImageInfo> probe_image(std::span<const uint8_t> bytes) {
  if (bytes.size() > max_image_bytes)
    return Error{ErrorCode::invalid, "image is " + std::to_string(bytes.size()) + " bytes; at most " +
                                         std::to_string(max_image_bytes) + " allowed"};
  int w = 0, h = 0, channels = 0;
  if (!stbi_info_from_memory(bytes.data(), int(bytes.size()), &w, &h, &channels))
    return Error{ErrorCode::invalid, std::string("not a readable PNG or JPEG image (") + stbi_failure_reason() + ")"};
  if (w <= 0 || h <= 0 || w > max_image_side_px || h > max_image_side_px)
    return Error{ErrorCode::invalid, "image is " + std::to_string(w) + "x" + std::to_string(h) + " pixels; at most " +
                                         std::to_string(max_image_side_px) + " on each side allowed"};
  return ImageInfo{w, h};
}

Result<DecodedImage> decode_image(std::span<const uint8_t> bytes) {
  auto info = probe_image(bytes);
  if (!info) return info.error();
  int w = 0, h = 0, channels = 0;
  std::unique_ptr<stbi_uc, void (*)(void*)> pixels(
      stbi_load_from_memory(bytes.data(), int(bytes.size()), &w, &h, &channels, 4), stbi_image_free);
  if (!pixels || w != info->width_px || h != info->height_px)
    return Error{ErrorCode::invalid, std::string("image could not be decoded (") + stbi_failure_reason() + ")"};
  DecodedImage out{w, h, {}};
  out.rgba.assign(pixels.get(), pixels.get() + size_t(w) * size_t(h) * 4);
  return out;
}

}  // namespace content
