// ß → ss folding and the visitor query → FTS5 expression.
#include "content/fold.hpp"

namespace content {

namespace {

// Letters that Unicode does not decompose into base letter + accent, so unicode61 keeps them.
struct Expansion {
  std::string_view from, to;
};
constexpr Expansion expansions[] = {
    {"\xC3\x9F", "ss"},      // ß
    {"\xE1\xBA\x9E", "ss"},  // ẞ
    {"\xC5\x82", "l"},       // ł
    {"\xC5\x81", "L"},       // Ł
    {"\xC3\xB8", "o"},       // ø
    {"\xC3\x98", "O"},       // Ø
    {"\xC4\x91", "d"},       // đ
    {"\xC4\x90", "D"},       // Đ
    {"\xC3\xA6", "ae"},      // æ
    {"\xC3\x86", "AE"},      // Æ
    {"\xC4\xB1", "i"},       // ı
};

}  // namespace

std::string fold_for_search(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    bool expanded = false;
    if (static_cast<unsigned char>(text[i]) >= 0xC3) {
      for (const auto& e : expansions) {
        if (text.compare(i, e.from.size(), e.from) == 0) {
          out += e.to;
          i += e.from.size();
          expanded = true;
          break;
        }
      }
    }
    if (!expanded) out += text[i++];
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
