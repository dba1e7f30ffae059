// Text folding for search, applied identically to indexed text and to queries. FTS5's
// unicode61 tokenizer (remove_diacritics 2) already folds case and accents (ö→o, ë→e, ș→s);
// what it cannot do is fold letters that Unicode does not decompose: ß/ẞ → ss (so "strasse"
// finds Straße), and ł ø đ æ ı, which happen here.
#pragma once

#include <string>
#include <string_view>

namespace content {

std::string fold_for_search(std::string_view text);

// Turns what a visitor typed into an FTS5 MATCH expression: every word must match as a prefix.
// Returns an empty string when there is nothing to search for.
std::string build_match_query(std::string_view typed);

}  // namespace content
