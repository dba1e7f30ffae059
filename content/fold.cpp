// ß → ss folding and the visitor query → FTS5 expression.
#include "content/fold.hpp"

namespace content {

std::string fold_for_search(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 2, "\xC3\x9F") == 0) {  // ß
      out += "ss";
      ++i;
    } else if (text.compare(i, 3, "\xE1\xBA\x9E") == 0) {  // ẞ
      out += "ss";
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

std::string build_match_query(std::string_view typed) {
  std::string folded = fold_for_search(typed);
  std::string query, word;
  auto flush = [&] {
    if (word.empty()) return;
    if (!query.empty()) query += ' ';
    query += '"' + word + "\"*";
    word.clear();
  };
  for (char c : folded) {
    unsigned char u = static_cast<unsigned char>(c);
    // ASCII letters and digits and every byte of a multi-byte UTF-8 letter belong to a word;
    // ASCII punctuation (including FTS5 syntax such as " * : ^ ( )) separates words.
    bool word_char = u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
    if (word_char) {
      word += c;
    } else {
      flush();
    }
  }
  flush();
  return query;
}

}  // namespace content
