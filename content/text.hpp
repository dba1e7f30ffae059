// Visitor-facing text in the kiosk's three languages, and the fallback rule: the requested
// language, then English, then Dutch (always present: the validator requires it), then German.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace content {

enum class Lang { nl, en, de };
inline constexpr Lang all_langs[] = {Lang::nl, Lang::en, Lang::de};

std::string_view lang_code(Lang lang);  // "nl", "en", "de"
std::optional<Lang> lang_from_code(std::string_view code);

struct Text {
  std::string nl, en, de;

  const std::string& in(Lang lang) const;   // exactly that language, possibly empty
  const std::string& get(Lang lang) const;  // with fallback
  std::string& at(Lang lang);
  bool empty() const { return nl.empty() && en.empty() && de.empty(); }
  bool operator==(const Text&) const = default;
};

}  // namespace content
