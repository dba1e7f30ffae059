// UTF-8 checks for text that came from outside (feeds, content files). The JSON parser already
// refuses ill-formed UTF-8 in strings; these keep our own messages about such input valid too
// (they end up in the log, in sync-status.json and on the admin screen).
#pragma once

#include <string>
#include <string_view>

namespace content {

// `text` with ill-formed UTF-8 (overlong forms, lone continuation bytes, surrogates, code points
// above U+10FFFF, sequences cut short) replaced by U+FFFD, one for each byte that does not start
// a well-formed sequence. Valid UTF-8 is returned unchanged.
std::string valid_utf8(std::string_view text);

// The first C0 control character (U+0000-U+001F, and U+007F) other than line feed and tab, or -1.
// Text may hold line breaks; a NUL would cut it short on screen, escapes would garble a terminal.
int first_control_char(std::string_view text, size_t& at);

}  // namespace content
