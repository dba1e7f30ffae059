// Visits every visitor-facing text of the content, with the kind and id of its item and the
// field's name. One walker serves the missing-translation list and the search index.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "content/model.hpp"

namespace content {

using TextVisitor =
    std::function<void(std::string_view kind, std::string_view id, std::string_view field, const Text& text)>;

void for_each_text(const Content& content, const TextVisitor& visit);

// "kind/id/field" for every text that has no translation in `lang` (it falls back).
std::vector<std::string> missing_texts(const Content& content, Lang lang);

}  // namespace content
