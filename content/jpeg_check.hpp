// A check stb_image lacks. Debian 12's stb_image (git 2022-09-08) trusts the symbol counts of a
// JPEG Huffman table (DHT): a table claiming more than the 256 symbols a JPEG table can hold
// makes stb write past its table arrays, while reading the header (stbi_info) as well as while
// decoding. And it decodes a scan with a table the file never defined from uninitialised memory.
// Both found by fuzz_image (tests/fuzz). probe_image runs these checks before stb sees the bytes.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>

namespace content {

// Why these bytes must not reach stb_image's JPEG reader, or nullopt. Walks the markers as stb
// does (fill bytes, segment lengths, entropy-coded data up to EOI) and checks every DHT table
// stb would build, and the tables each scan uses. Bytes that do not start like a JPEG are left to stb.
std::optional<std::string> jpeg_problem(std::span<const uint8_t> bytes);

}  // namespace content
