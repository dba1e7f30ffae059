// JPEG Huffman tables with more than 256 symbols are refused before stb_image reads them (stb
// would write past its tables); real JPEGs, baseline and progressive, still load, and bytes that
// only look like a table inside another segment are not mistaken for one. Formats other than PNG
// and JPEG never reach stb.
#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>

#include "content/image.hpp"
#include "content/jpeg_check.hpp"
#include "content_fixture.hpp"

namespace {

using Bytes = std::vector<uint8_t>;

Bytes read_fixture(const std::string& name) {
  std::ifstream in(fixtures_dir / "images" / name, std::ios::binary);
  REQUIRE(in);
  return Bytes(std::istreambuf_iterator<char>(in), {});
}

// SOI, then a DHT segment holding one table whose 16 counts are `counts`, with that many symbols.
Bytes jpeg_with_table(std::initializer_list<uint8_t> counts) {
  size_t symbols = 0;
  for (uint8_t c : counts) symbols += c;
  size_t length = 2 + 17 + symbols;
  Bytes b;
  for (uint8_t byte : {0xFF, 0xD8, 0xFF, 0xC4, int(length >> 8), int(length & 0xFF), 0x00}) b.push_back(byte);
  for (uint8_t c : counts) b.push_back(c);
  b.resize(b.size() + symbols, 0x01);
  return b;
}

}  // namespace

// Found by fuzz_image: stbi_info alone wrote past stbi__huffman::size[257].
TEST_CASE("a JPEG whose Huffman table claims more than 256 symbols is refused before decoding") {
  Bytes found = read_fixture("jpeg-dht-257-symbols.jpg");
  CHECK_FALSE(content::decode_image(found));
  auto probe = content::probe_image(found);
  REQUIRE_FALSE(probe);
  CHECK_THAT(probe.error().message,
             Catch::Contains("JPEG Huffman table at byte") && Catch::Contains("a table holds at most 256"));

  Bytes over = jpeg_with_table({0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 255});
  Bytes at_limit = jpeg_with_table({0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 255});
  CHECK(content::jpeg_problem(over) ==
        "JPEG Huffman table at byte 6 has 257 symbols; a table holds at most 256 "
        "(a corrupt or malicious file)");
  CHECK_FALSE(content::jpeg_problem(at_limit));
}

TEST_CASE("baseline and progressive JPEGs still load, and table-like bytes inside a comment are data") {
  for (const char* name : {"baseline-8x6.jpg", "progressive-8x6.jpg"}) {
    auto image = content::decode_image(read_fixture(name));
    INFO(name << ": " << (image ? "" : image.error().message));
    REQUIRE(image);
    CHECK(image->width_px == 8);
    CHECK(image->height_px == 6);
  }
  // A COM segment whose text contains FF C4 followed by huge counts: skipped, as stb skips it.
  Bytes b = {0xFF, 0xD8, 0xFF, 0xFE, 0x00, 0x17, 0xFF, 0xC4, 0x00, 0x13, 0x00};
  b.resize(b.size() + 16, 0xFF);
  b.push_back(0xFF);
  b.push_back(0xD9);
  CHECK_FALSE(content::jpeg_problem(b));
}

// Found by fuzz_image: stb_image guesses at formats the content does not allow; a 159-byte file
// that stb read as a 3855x3855 TGA took seconds to decode. Only PNG and JPEG reach stb now.
TEST_CASE("only PNG and JPEG images are read; a file stb would guess to be a TGA is refused") {
  Bytes tga = read_fixture("tga-3855x3855-159-bytes.tga");
  auto probe = content::probe_image(tga);
  REQUIRE_FALSE(probe);
  CHECK(probe.error().message == "not a readable PNG or JPEG image (its first bytes are neither's signature)");
  CHECK_FALSE(content::decode_image(tga));
  CHECK(content::probe_image(read_fixture("red-8x8.png")));
}

// Found by fuzz_image: a scan using a Huffman table no DHT defined made stb decode with the
// table's uninitialised memory (symbol indices far outside the table).
TEST_CASE("a JPEG scan that uses a Huffman table the file never defines is refused") {
  Bytes found = read_fixture("jpeg-scan-undefined-table.jpg");
  auto probe = content::probe_image(found);
  REQUIRE_FALSE(probe);
  CHECK_THAT(probe.error().message, Catch::Contains("uses a Huffman table the file does not define"));
  CHECK_FALSE(content::decode_image(found));
}

// Found by fuzz_image: stb allocated a PNG chunk's claimed length (2 GiB for a 77-byte file)
// before reading it. A chunk longer than what follows is refused first.
TEST_CASE("a PNG chunk that claims more bytes than the file holds is refused before decoding") {
  Bytes found = read_fixture("png-chunk-claims-2gb.png");
  auto probe = content::probe_image(found);
  REQUIRE_FALSE(probe);
  CHECK_THAT(probe.error().message, Catch::StartsWith("PNG chunk at byte") && Catch::Contains("bytes; only"));
  CHECK_FALSE(content::decode_image(found));
  CHECK(content::decode_image(read_fixture("red-8x8.png")));
}
