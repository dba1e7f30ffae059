// The on-screen keyboard's layout and its editing of the search text (UTF-8, bounded length).
#include <catch2/catch.hpp>
#include <set>
#include <string>

#include "kiosk/logic/keyboard.hpp"
#include "kiosk/logic/update.hpp"

using namespace kiosk;

namespace {

const Key& find_key(std::string_view name) {
  for (KeyRow row : keyboard_rows())
    for (const Key& k : row)
      if (key_name(k) == name) return k;
  FAIL("no key " << name);
  throw;  // not reached
}

std::string type(std::string text, std::initializer_list<std::string_view> keys) {
  for (auto name : keys) text = type_key(std::move(text), find_key(name));
  return text;
}

}  // namespace

TEST_CASE("the keyboard has every letter a-z, the accented letters, space, backspace and clear, each once") {
  std::multiset<std::string> names;
  for (KeyRow row : keyboard_rows())
    for (const Key& k : row) names.insert(std::string(key_name(k)));
  for (char c = 'a'; c <= 'z'; ++c) CHECK(names.count(std::string(1, c)) == 1);
  for (const char* s : {"é", "ë", "ö", "ü", "ß", "ă", "ș", "ț", "space", "backspace", "clear"}) {
    INFO(s);
    CHECK(names.count(s) == 1);
  }
  CHECK(names.size() == 26 + 8 + 3);
}

TEST_CASE("letter keys type their letter, multi-byte ones included") {
  CHECK(type("", {"o", "s", "n"}) == "osn");
  CHECK(type("stra", {"ß", "e"}) == "straße");
  CHECK(type("", {"ș", "t", "ă"}) == "ștă");
  CHECK(type("br", {"ü", "g"}) == "brüg");
}

TEST_CASE("backspace removes one whole letter, however many bytes it has") {
  CHECK(type("osn", {"backspace"}) == "os");
  CHECK(type("straß", {"backspace"}) == "stra");
  CHECK(type("cluj ș", {"backspace"}) == "cluj ");
  CHECK(type("ț", {"backspace"}) == "");
  CHECK(type("", {"backspace"}) == "");
  CHECK(drop_last_code_point("a\xE2\x82\xAC") == "a");  // a three-byte €
}

TEST_CASE("space is typed only after a word, and clear empties the text") {
  CHECK(type("", {"space"}) == "");
  CHECK(type("hanze", {"space", "space"}) == "hanze ");
  CHECK(type("hanze dagen", {"clear"}) == "");
}

TEST_CASE("typing stops at the search length bound without splitting a letter") {
  std::string full(max_search_bytes, 'a');
  CHECK(type(full, {"b"}) == full);
  std::string almost(max_search_bytes - 1, 'a');
  CHECK(type(almost, {"ß"}) == almost);  // two bytes do not fit in one
  CHECK(type(almost, {"b"}).size() == max_search_bytes);
  std::string many;
  for (int i = 0; i < 100; ++i) many = type(many, {"ß"});
  CHECK(many.size() == max_search_bytes);
  // What the keyboard sends, update() keeps as it is.
  State s = update(State{}, SearchTextChanged{many});
  CHECK(s.search_query == many);
}

TEST_CASE("keys fit a landscape and a portrait panel and never shrink below three quarters of a touch target") {
  const float touch = 72;
  for (float panel_w : {694.0f, 1044.0f}) {
    INFO(panel_w);
    KeySize k = key_size_for(panel_w, touch);
    CHECK(k.height_px >= touch);
    CHECK(k.unit_px >= min_key_fraction * touch);
    for (KeyRow row : keyboard_rows()) {
      float w = -k.spacing_px;
      for (const Key& key : row) w += key.width_units * k.unit_px + (key.width_units - 1) * k.spacing_px + k.spacing_px;
      CHECK(w <= panel_w + 0.01f);
    }
  }
  CHECK(key_size_for(300, touch).unit_px == Approx(min_key_fraction * touch));
  CHECK(key_size_for(5000, touch).unit_px <= 1.5f * touch);
}
