// The benchmark's typed words; see search_words.hpp. City names come from name_pools.cpp; the
// Dutch words match many items at once ("deventer" is in almost every description), which is the
// slow case for a ranked prefix search.
#include "bench/search_words.hpp"

namespace bench {

namespace {

constexpr std::string_view word_list[] = {
    "osnabrück", "osnabruck", "ösnabrück", "sibiu",     "łódź",       "lodz",      "ștefan",    "stefan",
    "jūrmala",   "jurmala",   "zürich",    "zurich",    "ærø",        "aero",      "são",       "sao",
    "tomé",      "tome",      "münster",   "munster",   "lübeck",     "lubeck",    "köln",      "koln",
    "göttingen", "gottingen", "kraków",    "krakow",    "gdańsk",     "gdansk",    "poznań",    "poznan",
    "wrocław",   "wroclaw",   "brașov",    "brasov",    "timișoara",  "timisoara", "constanța", "constanta",
    "târgu",     "targu",     "liepāja",   "liepaja",   "rēzekne",    "rezekne",   "pärnu",     "parnu",
    "šiauliai",  "siauliai",  "genève",    "geneve",    "neuchâtel",  "neuchatel", "næstved",   "naestved",
    "malmö",     "malmo",     "göteborg",  "goteborg",  "tromsø",     "tromso",    "reykjavík", "reykjavik",
    "guimarães", "guimaraes", "córdoba",   "cordoba",   "coruña",     "coruna",    "besançon",  "besancon",
    "český",     "cesky",     "plzeň",     "plzen",     "győr",       "gyor",      "eskişehir", "eskisehir",
    "đà",        "da",        "śródmieście", "srodmiescie", "straße", "strasse",  "roemenië",  "roemenie",
    "deventer",  "stichting", "wereldwinkel", "jumelage", "stedenband", "cultuurweek", "hanzedagen", "freundeskreis",
    "asociația", "asociatia", "towarzystwa", "kerstmarkt", "onderwijs", "duurzame", "vrijwilligers", "saxion",
};

}  // namespace

std::span<const std::string_view> search_words() { return word_list; }

std::vector<std::string> keystrokes(std::string_view word, size_t max_chars) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < word.size() && out.size() < max_chars) {
    ++i;  // past the lead byte, then past its continuation bytes (10xxxxxx)
    while (i < word.size() && (static_cast<unsigned char>(word[i]) & 0xC0) == 0x80) ++i;
    out.emplace_back(word.substr(0, i));
  }
  return out;
}

}  // namespace bench
