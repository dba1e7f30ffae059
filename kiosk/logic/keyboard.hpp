// The on-screen keyboard as data and text editing, without ImGui: which keys there are, in which
// rows, and what a key does to the search text. The view (views/keyboard.cpp) only draws the
// rows and sends the text that type_key() returns; tests check the editing and the layout here.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace kiosk {

enum class KeyKind { letter, space, backspace, clear };

struct Key {
  KeyKind kind = KeyKind::letter;
  std::string_view text;  // the UTF-8 letter a letter key types; empty for the other keys
  float width_units = 1;  // relative to a letter key
};

using KeyRow = std::span<const Key>;

// QWERTY letters, then a row of the accented letters the content uses (é ë ö ü ß ă ș ț), then
// clear and space. Lower case only: search folds case.
std::span<const KeyRow> keyboard_rows();

// The key's stable name for hit targets: its letter, or "space", "backspace", "clear".
std::string_view key_name(const Key& key);

// The text after pressing key. Letters are appended while the text stays within
// max_search_bytes (update.hpp); backspace removes one whole UTF-8 code point; a space is only
// typed after a word, never first or twice.
std::string type_key(std::string text, const Key& key);

// Removes the last UTF-8 code point (all its bytes), if any.
std::string drop_last_code_point(std::string text);

// How big the keys are for a keyboard avail_px wide: as wide as the widest row allows, at most
// 1.5 × touch_px and never narrower than min_key_fraction × touch_px (the row then overflows
// rather than shrinking keys below what a finger can hit). Keys are always touch_px high.
struct KeySize {
  float unit_px = 0;  // width of a one-unit key
  float height_px = 0;
  float spacing_px = 0;  // between keys and between rows
};
inline constexpr float min_key_fraction = 0.75f;
KeySize key_size_for(float avail_px, float touch_px);

}  // namespace kiosk
