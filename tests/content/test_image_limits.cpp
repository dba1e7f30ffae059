// Image limits are checked on the header, before any pixel is decoded: a file that claims
// 60000×60000 pixels (14 GB as RGBA) or 8000×8000 (256 MB), or that is over the byte limit, is
// refused with the header's reason. Decoding first would fail differently ("could not be
// decoded"), or allocate the pixels, so the reason itself shows where the refusal came from.
#include <catch2/catch.hpp>

#include <fstream>

#include "content/folder.hpp"
#include "content/image.hpp"
#include "content_fixture.hpp"

namespace {

using Bytes = std::vector<uint8_t>;

void be32(Bytes& v, uint32_t x) {
  for (int shift : {24, 16, 8, 0}) v.push_back(uint8_t(x >> shift));
}

// A PNG's signature and IHDR (RGBA, 8 bits), then nothing: no pixel data to decode.
Bytes png_header(uint32_t w, uint32_t h) {
  Bytes v = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  be32(v, 13);
  for (char c : std::string("IHDR")) v.push_back(uint8_t(c));
  be32(v, w);
  be32(v, h);
  for (uint8_t b : {8, 6, 0, 0, 0}) v.push_back(b);
  be32(v, 0);  // CRC (stb_image does not check it)
  return v;
}

// A baseline JPEG's start and frame header (SOF0, 3 components), then nothing.
Bytes jpeg_header(uint16_t w, uint16_t h) {
  return {0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x11, 8, uint8_t(h >> 8), uint8_t(h), uint8_t(w >> 8), uint8_t(w),
          3,    1,    0x22, 0,    2,    0x11, 1, 3,              0x11,       1};
}

Bytes fixture(const std::string& name) {
  std::ifstream in(fixtures_dir / "images" / name, std::ios::binary);
  return Bytes(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

TEST_CASE("an image whose header claims huge dimensions is refused before decoding") {
  struct Case {
    const char* what;
    Bytes bytes;
    const char* says;
  };
  const Case cases[] = {
      {"PNG 60000x60000", png_header(60000, 60000), "image is 60000x60000 pixels; at most 4096 on each side allowed"},
      {"PNG 8000x8000", png_header(8000, 8000), "image is 8000x8000 pixels; at most 4096 on each side allowed"},
      {"PNG 4294967295x1", png_header(0xFFFFFFFF, 1), "image is 4294967295x1 pixels"},
      {"JPEG 60000x60000", jpeg_header(60000, 60000), "image is 60000x60000 pixels; at most 4096 on each side allowed"},
      {"JPEG 8000x8000", jpeg_header(8000, 8000), "image is 8000x8000 pixels; at most 4096 on each side allowed"},
      {"JPEG 65535x1", jpeg_header(65535, 1), "image is 65535x1 pixels"},
  };
  for (const auto& c : cases) {
    INFO(c.what);
    auto probed = content::probe_image(c.bytes);
    REQUIRE_FALSE(probed);
    CHECK_THAT(probed.error().message, Catch::Contains(c.says));
    auto decoded = content::decode_image(c.bytes);
    REQUIRE_FALSE(decoded);
    CHECK_THAT(decoded.error().message, Catch::Contains(c.says));  // the header's reason, not the decoder's
  }
  // Within the limits the same headers pass the probe (and fail only later, having no pixels).
  CHECK(content::probe_image(png_header(4096, 4096)));
  CHECK(content::probe_image(jpeg_header(4096, 100)));
  auto empty = content::decode_image(png_header(64, 64));
  REQUIRE_FALSE(empty);
  CHECK_THAT(empty.error().message, Catch::Contains("could not be decoded"));
}

TEST_CASE("an image over the byte limit is refused before its header is read") {
  Bytes big = fixture("red-8x8.png");
  REQUIRE(content::decode_image(big));
  big.resize(content::max_image_bytes + 1, 0);  // a valid PNG, padded past the limit
  auto probed = content::probe_image(big);
  REQUIRE_FALSE(probed);
  CHECK(probed.error().message == "image is 2097153 bytes; at most 2097152 allowed");
  CHECK_FALSE(content::decode_image(big));
  big.resize(content::max_image_bytes);
  CHECK(content::probe_image(big));
}

TEST_CASE("a content folder with an image claiming 60000x60000 pixels fails validation with that reason") {
  ContentFolderCopy folder;
  std::filesystem::create_directories(folder.dir / "images");
  Bytes png = png_header(60000, 60000);
  std::ofstream(folder.dir / "images/huge.png", std::ios::binary).write(reinterpret_cast<const char*>(png.data()), png.size());
  folder.edit("organisations.json", "/organisations/0/image", "images/huge.png");
  auto loaded = content::load_folder(folder.path());
  CHECK_THAT(loaded.issues.errors_text(), Catch::Contains("\"images/huge.png\": image is 60000x60000 pixels"));
}
