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

// A PNG chunk that claims more bytes than the file has left: stb allocates the claimed size
// before reading (a 77-byte file asked for 2 GiB; found by fuzz_image).
std::optional<std::string> png_problem(std::span<const uint8_t> b) {
  if (b.size() < 8 || b[0] != 0x89) return std::nullopt;
  for (size_t pos = 8; pos + 8 <= b.size();) {
    uint64_t length = uint64_t(b[pos]) << 24 | uint64_t(b[pos + 1]) << 16 | uint64_t(b[pos + 2]) << 8 | b[pos + 3];
    if (length > b.size() - pos - 8)
      return "PNG chunk at byte " + std::to_string(pos) + " claims " + std::to_string(length) + " bytes; only " +
             std::to_string(b.size() - pos - 8) + " follow (a truncated or corrupt file)";
    if (std::equal(b.begin() + pos + 4, b.begin() + pos + 8, "IEND")) break;
    pos += 12 + length;
  }
  return std::nullopt;
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
  if (auto why = png_problem(bytes)) return Error{ErrorCode::invalid, *why};
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
