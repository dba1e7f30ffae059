// What visitors type into search in the benchmark: words as typed on the kiosk's keyboard, in
// lower case, with diacritics and without (and once with a wrong one), and the keystrokes that
// type them.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace bench {

std::span<const std::string_view> search_words();

// The text after each of the first `max_chars` keystrokes: "łódź" → "ł", "łó", "łód", "łódź".
// A keystroke is one UTF-8 character.
std::vector<std::string> keystrokes(std::string_view word, size_t max_chars);

}  // namespace bench
