// stb_image behind the limits; libstb.so from Debian's libstb-dev holds the implementation.
#include "content/image.hpp"

#include <stb_image.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "content/jpeg_check.hpp"

namespace content {
namespace {

Error too_big(int64_t w, int64_t h) {
  return Error{ErrorCode::invalid, "image is " + std::to_string(w) + "x" + std::to_string(h) + " pixels; at most " +
                                       std::to_string(max_image_side_px) + " on each side allowed"};
}

// A PNG's size from its IHDR. stb_image's header check refuses a PNG of more than 2^30 bytes of
// pixels as "unknown image type", which would hide the real reason from an editor.
std::optional<std::pair<int64_t, int64_t>> png_header_size(std::span<const uint8_t> b) {
  static constexpr uint8_t signature[] = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
  if (b.size() < 24 || !std::equal(std::begin(signature), std::end(signature), b.begin())) return std::nullopt;
  auto be32 = [&](size_t i) { return int64_t(b[i]) << 24 | int64_t(b[i + 1]) << 16 | int64_t(b[i + 2]) << 8 | b[i + 3]; };
  return std::pair{be32(16), be32(20)};
}

bool is_png_or_jpeg(std::span<const uint8_t> b) {
  static constexpr uint8_t png[] = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, jpeg[] = {0xFF, 0xD8, 0xFF};
  auto starts_with = [&](std::span<const uint8_t> sig) {
    return b.size() >= sig.size() && std::equal(sig.begin(), sig.end(), b.begin());
  };
  return starts_with(png) || starts_with(jpeg);
}

}  // namespace

Result<ImageInfo> probe_image(std::span<const uint8_t> bytes) {
  if (bytes.size() > max_image_bytes)
    return Error{ErrorCode::invalid, "image is " + std::to_string(bytes.size()) + " bytes; at most " +
                                         std::to_string(max_image_bytes) + " allowed"};
  // Only what docs/formats/content.md allows reaches stb: it would also guess at TGA (which has no
  // signature), BMP, GIF, PSD and more, e.g. a 159-byte "TGA" of 3855x3855 pixels (fuzz_image).
  if (!is_png_or_jpeg(bytes))
    return Error{ErrorCode::invalid, "not a readable PNG or JPEG image (its first bytes are neither's signature)"};
  if (auto why = jpeg_problem(bytes)) return Error{ErrorCode::invalid, *why};
  int w = 0, h = 0, channels = 0;
  if (auto png = png_header_size(bytes); png && (png->first > max_image_side_px || png->second > max_image_side_px))
    return too_big(png->first, png->second);
  if (!stbi_info_from_memory(bytes.data(), int(bytes.size()), &w, &h, &channels))
    return Error{ErrorCode::invalid, std::string("not a readable PNG or JPEG image (") + stbi_failure_reason() + ")"};
  if (w <= 0 || h <= 0 || w > max_image_side_px || h > max_image_side_px) return too_big(w, h);
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
