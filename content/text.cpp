// Language codes and the text fallback rule.
#include "content/text.hpp"

namespace content {

std::string_view lang_code(Lang lang) {
  switch (lang) {
    case Lang::nl: return "nl";
    case Lang::en: return "en";
    case Lang::de: return "de";
  }
  return "nl";
}

std::optional<Lang> lang_from_code(std::string_view code) {
  for (Lang l : all_langs)
    if (lang_code(l) == code) return l;
  return std::nullopt;
}

const std::string& Text::in(Lang lang) const {
  switch (lang) {
    case Lang::en: return en;
    case Lang::de: return de;
    case Lang::nl: break;
  }
  return nl;
}

std::string& Text::at(Lang lang) { return const_cast<std::string&>(in(lang)); }

const std::string& Text::get(Lang lang) const {
  for (Lang l : {lang, Lang::en, Lang::nl, Lang::de})
    if (!in(l).empty()) return in(l);
  return nl;
}

}  // namespace content
