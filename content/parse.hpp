// JSON → content model. Each collection parses with every problem recorded (see issues.hpp);
// items with errors are still returned so that later checks can report their problems too, but
// content with any error must never be applied.
#pragma once

#include <string_view>

#include "content/issues.hpp"
#include "content/json_reader.hpp"
#include "content/model.hpp"

namespace content {

// Parses the collection `name` (one of collection_names) from `value`, the value of the key
// `name` in its file, into `out`. `file` names the file in issues.
void parse_collection(std::string_view name, const Json& value, std::string_view file, Content& out, Issues& issues);

// A whole content document: {"format": 1, "meta": ..., "goals": [...], ...}.
inline constexpr int document_format = 1;
Content parse_document(const Json& doc, std::string_view file, Issues& issues);

// Item parsers, also used to read items back from the store.
Place parse_place(ObjectReader& r);
Organisation parse_organisation(ObjectReader& r);
Network parse_network(ObjectReader& r);
Programme parse_programme(ObjectReader& r);
Event parse_event(ObjectReader& r);
Goal parse_goal(ObjectReader& r);
Country parse_country(ObjectReader& r);
Meta parse_meta(ObjectReader& r);

// Parses JSON text; on a syntax error records "line L, column C: reason" and returns null.
Json parse_json_text(std::string_view text, std::string_view file, Issues& issues);

}  // namespace content
