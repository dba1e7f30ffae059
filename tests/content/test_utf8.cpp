// content::valid_utf8 (ill-formed UTF-8 → U+FFFD) and first_control_char.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "content/utf8.hpp"

using content::valid_utf8;

namespace {
const std::string fffd = "\xEF\xBF\xBD";
}

TEST_CASE("valid UTF-8 passes unchanged") {
  for (const std::string& s : std::vector<std::string>{"", "Deventer", "Roemeni\xC3\xAB", "Stra\xC3\x9F" "e", "\xE2\x82\xAC 5", "\xF0\x9F\x8C\x8D",
                        "\xEF\xBF\xBD", "\xF4\x8F\xBF\xBF", std::string("a\0b", 3)})
    CHECK(valid_utf8(s) == s);
}

TEST_CASE("each byte of ill-formed UTF-8 becomes U+FFFD, and what follows is kept") {
  CHECK(valid_utf8("a\xC0\xAF" "b") == "a" + fffd + fffd + "b");  // overlong '/'
  CHECK(valid_utf8("\xE0\x80\xAF") == fffd + fffd + fffd);          // overlong, 3 bytes
  CHECK(valid_utf8("\xF0\x80\x80\xAF") == fffd + fffd + fffd + fffd);
  CHECK(valid_utf8("\x80") == fffd);                                // lone continuation
  CHECK(valid_utf8("x\xBF\xBFy") == "x" + fffd + fffd + "y");
  CHECK(valid_utf8("\xED\xA0\x80") == fffd + fffd + fffd);          // surrogate U+D800
  CHECK(valid_utf8("\xED\xBF\xBF") == fffd + fffd + fffd);          // surrogate U+DFFF
  CHECK(valid_utf8("\xF4\x90\x80\x80") == fffd + fffd + fffd + fffd);  // above U+10FFFF
  CHECK(valid_utf8("\xF5\xFF") == fffd + fffd);
  CHECK(valid_utf8("ab\xE2\x82") == "ab" + fffd + fffd);            // cut short at the end
  CHECK(valid_utf8("\xE2\x82x") == fffd + fffd + "x");              // cut short in the middle
  CHECK(valid_utf8("\xC3") == fffd);
  CHECK(valid_utf8("Roemeni\xEB") == "Roemeni" + fffd);            // Latin-1
}

TEST_CASE("control characters other than line feed and tab are found, with their place") {
  size_t at = 99;
  CHECK(content::first_control_char("plain\ntext\twith breaks", at) == -1);
  CHECK(content::first_control_char(std::string("a\0b", 3), at) == 0);
  CHECK(at == 1);
  CHECK(content::first_control_char("red \x1B[31m", at) == 0x1B);
  CHECK(at == 4);
  CHECK(content::first_control_char("cr\r\n", at) == '\r');
  CHECK(content::first_control_char("del\x7F", at) == 0x7F);
  CHECK(content::first_control_char("\xC3\xAB \xE2\x80\x94", at) == -1);  // UTF-8 bytes are not controls
}
