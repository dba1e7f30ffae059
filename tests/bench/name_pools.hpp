// Word lists the benchmark content is made from: real cities (many with diacritics, so search has
// to fold ł, ø, æ, ș, ā ...), their countries, and Dutch/English/German phrases for items.
// Combining them gives thousands of names that read like a city's international content.
#pragma once

#include <span>
#include <string_view>

namespace bench {

struct City {
  std::string_view name, country;  // country: ISO 3166-1 alpha-2
  double lat, lon;
};

struct CountryName {
  std::string_view id, nl, en, de;
};

// A phrase in the three languages; "{}" is where a name goes.
struct Phrase {
  std::string_view nl, en, de;
};

std::span<const City> cities();
std::span<const CountryName> country_names();
std::span<const std::string_view> districts();      // "Altstadt", "Śródmieście", ...
std::span<const std::string_view> org_patterns();   // "Stichting Vrienden van {}", ...
std::span<const Phrase> programme_patterns();       // "Stedenband Deventer–{}", ...
std::span<const Phrase> event_patterns();           // "Cultuurweek {}", ...
std::span<const Phrase> description_patterns();     // a sentence or two about {}

}  // namespace bench
