// UTF-8 repair and control-character checks; see utf8.hpp.
#include "content/utf8.hpp"

namespace content {
namespace {

// Length of the well-formed sequence at s[i] (Unicode table 3-7), or 0 if it is ill-formed.
size_t sequence_length(std::string_view s, size_t i) {
  auto at = [&](size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
  auto cont = [](unsigned c, unsigned lo = 0x80, unsigned hi = 0xBF) { return c >= lo && c <= hi; };
  unsigned c = at(0);
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return cont(at(1)) ? 2 : 0;
  if (c == 0xE0) return cont(at(1), 0xA0) && cont(at(2)) ? 3 : 0;         // no overlongs
  if (c == 0xED) return cont(at(1), 0x80, 0x9F) && cont(at(2)) ? 3 : 0;   // no surrogates
  if (c >= 0xE1 && c <= 0xEF) return cont(at(1)) && cont(at(2)) ? 3 : 0;
  if (c == 0xF0) return cont(at(1), 0x90) && cont(at(2)) && cont(at(3)) ? 4 : 0;
  if (c >= 0xF1 && c <= 0xF3) return cont(at(1)) && cont(at(2)) && cont(at(3)) ? 4 : 0;
  if (c == 0xF4) return cont(at(1), 0x80, 0x8F) && cont(at(2)) && cont(at(3)) ? 4 : 0;  // ≤ U+10FFFF
  return 0;  // C0, C1, F5-FF, or a continuation byte on its own
}

}  // namespace

std::string valid_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    size_t n = sequence_length(text, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD for this byte; the next byte starts afresh
      ++i;
    } else {
      out.append(text.substr(i, n));
      i += n;
    }
  }
  return out;
}

int first_control_char(std::string_view text, size_t& at) {
  for (size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) {
      at = i;
      return c;
    }
  }
  return -1;
}

}  // namespace content
