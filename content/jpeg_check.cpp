// The DHT check of jpeg_check.hpp.
#include "content/jpeg_check.hpp"

namespace content {
namespace {

constexpr size_t max_table_symbols = 256;

// stb reads past the end of its input as zeros; so does this.
uint8_t at(std::span<const uint8_t> b, size_t i) {
  return i < b.size() ? b[i] : 0;
}
size_t be16(std::span<const uint8_t> b, size_t i) {
  return size_t(at(b, i)) << 8 | at(b, i + 1);
}

// The tables of the DHT segment whose length field is at `pos`, read as stb reads them: one table
// after another while the declared length lasts, each a class byte, 16 counts, then the symbols.
// Records in `defined` ([class][id]) the tables it holds.
std::optional<std::string> check_dht(std::span<const uint8_t> b, size_t pos, bool (&defined)[2][4]) {
  long left = long(be16(b, pos)) - 2;
  size_t p = pos + 2;
  while (left > 0) {
    if (uint8_t q = at(b, p); q >> 4 <= 1 && (q & 15) <= 3) defined[q >> 4][q & 15] = true;
    size_t symbols = 0;
    for (size_t i = 1; i <= 16; ++i) symbols += at(b, p + i);
    if (symbols > max_table_symbols)
      return "JPEG Huffman table at byte " + std::to_string(p) + " has " + std::to_string(symbols) +
             " symbols; a table holds at most 256 (a corrupt or malicious file)";
    p += 17 + symbols;
    left -= long(17 + symbols);
  }
  return std::nullopt;
}

// A scan (SOS at `pos`) must use only tables defined before it: stb would decode with a table's
// uninitialised memory (a file relying on the standard's default tables, or a malicious one).
std::optional<std::string> check_sos(std::span<const uint8_t> b, size_t pos, const bool (&defined)[2][4]) {
  size_t components = at(b, pos + 2), after = pos + 3 + 2 * components;
  bool needs_dc = at(b, after) == 0 && at(b, after + 2) >> 4 == 0, needs_ac = at(b, after + 1) > 0;
  for (size_t i = 0; i < components; ++i) {
    uint8_t dc = at(b, pos + 4 + 2 * i) >> 4, ac = at(b, pos + 4 + 2 * i) & 15;
    if ((needs_dc && (dc > 3 || !defined[0][dc])) || (needs_ac && (ac > 3 || !defined[1][ac])))
      return "JPEG scan at byte " + std::to_string(pos - 2) + " uses a Huffman table the file does not define";
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> jpeg_problem(std::span<const uint8_t> b) {
  if (b.empty() || b[0] != 0xFF) return std::nullopt;  // stb's JPEG test starts with a 0xFF
  bool defined[2][4] = {};
  size_t p = 0;
  while (p + 1 < b.size()) {
    if (b[p] != 0xFF) {  // entropy-coded data, or junk stb skips while it looks for a marker
      ++p;
      continue;
    }
    uint8_t m = b[p + 1];
    if (m == 0xFF || m == 0x00 || m == 0x01 || (m >= 0xD0 && m <= 0xD8)) {  // fill, stuffing, no length
      ++p;
      continue;
    }
    if (m == 0xD9) break;  // EOI: stb reads no further
    if (m == 0xC4)
      if (auto why = check_dht(b, p + 2, defined)) return why;
    if (m == 0xDA)
      if (auto why = check_sos(b, p + 2, defined)) return why;
    p += 2 + be16(b, p + 2);  // every other marker has a length; stb skips or parses exactly that much
  }
  return std::nullopt;
}

}  // namespace content
