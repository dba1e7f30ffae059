// The keyboard's rows and its UTF-8-aware editing of the search text.
#include "kiosk/logic/keyboard.hpp"

#include <algorithm>

#include "kiosk/logic/update.hpp"

namespace kiosk {
namespace {

constexpr Key letter(std::string_view s) {
  return {KeyKind::letter, s, 1};
}

constexpr Key row_top[] = {letter("q"), letter("w"), letter("e"), letter("r"), letter("t"),
                           letter("y"), letter("u"), letter("i"), letter("o"), letter("p")};
constexpr Key row_home[] = {letter("a"), letter("s"), letter("d"), letter("f"), letter("g"),
                            letter("h"), letter("j"), letter("k"), letter("l")};
constexpr Key row_bottom[] = {letter("z"), letter("x"), letter("c"), letter("v"),
                              letter("b"), letter("n"), letter("m"), {KeyKind::backspace, {}, 2}};
// The letters of the content's Dutch, German and Romanian names that QWERTY lacks. Search folds
// accents, so these are a courtesy: "sibiu" finds Sibiu either way, but a visitor may type "ș".
constexpr Key row_accents[] = {letter("é"), letter("ë"), letter("ö"), letter("ü"),
                               letter("ß"), letter("ă"), letter("ș"), letter("ț")};
constexpr Key row_space[] = {{KeyKind::clear, {}, 2}, {KeyKind::space, {}, 6}};

constexpr KeyRow rows[] = {row_top, row_home, row_bottom, row_accents, row_space};

float row_units(KeyRow row) {
  float units = 0;
  for (const Key& k : row) units += k.width_units;
  return units;
}

bool is_continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

}  // namespace

std::span<const KeyRow> keyboard_rows() {
  return rows;
}

std::string_view key_name(const Key& key) {
  switch (key.kind) {
    case KeyKind::letter:
      return key.text;
    case KeyKind::space:
      return "space";
    case KeyKind::backspace:
      return "backspace";
    case KeyKind::clear:
      return "clear";
  }
  return {};
}

std::string drop_last_code_point(std::string text) {
  size_t end = text.size();
  while (end > 0 && is_continuation(text[end - 1])) --end;
  // end now sits on the lead byte of the last code point (or 0 for stray continuation bytes).
  text.resize(end > 0 ? end - 1 : 0);
  return text;
}

std::string type_key(std::string text, const Key& key) {
  switch (key.kind) {
    case KeyKind::letter:
      if (text.size() + key.text.size() <= max_search_bytes) text += key.text;
      break;
    case KeyKind::space:
      // A leading or doubled space finds nothing new, and would only look like a bug.
      if (!text.empty() && text.back() != ' ' && text.size() < max_search_bytes) text += ' ';
      break;
    case KeyKind::backspace:
      text = drop_last_code_point(std::move(text));
      break;
    case KeyKind::clear:
      text.clear();
      break;
  }
  return text;
}

KeySize key_size_for(float avail_px, float touch_px) {
  float widest = 0;
  for (KeyRow row : rows) widest = std::max(widest, row_units(row));
  KeySize k;
  k.height_px = touch_px;
  k.spacing_px = 0.12f * touch_px;
  float fit = (avail_px - (widest - 1) * k.spacing_px) / widest;
  k.unit_px = std::clamp(fit, min_key_fraction * touch_px, 1.5f * touch_px);
  return k;
}

}  // namespace kiosk
