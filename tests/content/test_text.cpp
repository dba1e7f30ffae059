// The language fallback: requested, then English, then Dutch, then German.
#include <catch2/catch.hpp>

#include "content/text.hpp"
#include "content/walk.hpp"

using content::Lang;
using content::Text;

TEST_CASE("text falls back to English, then Dutch") {
  Text full{"hallo", "hello", "hallo de"};
  CHECK(full.get(Lang::de) == "hallo de");
  Text no_de{"hallo", "hello", ""};
  CHECK(no_de.get(Lang::de) == "hello");
  Text only_nl{"hallo", "", ""};
  CHECK(only_nl.get(Lang::de) == "hallo");
  CHECK(only_nl.get(Lang::en) == "hallo");
  Text no_en{"hallo", "", "hallo de"};
  CHECK(no_en.get(Lang::en) == "hallo");
}

TEST_CASE("the content can list what is missing per language") {
  content::Content c;
  c.meta.title = {"Titel", "Title", "Titel"};
  c.places.push_back({});
  c.places[0].id = "sibiu";
  c.places[0].name = {"Sibiu", "Sibiu", ""};
  c.places[0].description = {"Stad", "", ""};
  CHECK(content::missing_texts(c, Lang::de) ==
        std::vector<std::string>{"place/sibiu/name", "place/sibiu/description"});
  CHECK(content::missing_texts(c, Lang::en) == std::vector<std::string>{"place/sibiu/description"});
  CHECK(content::missing_texts(c, Lang::nl).empty());
}
