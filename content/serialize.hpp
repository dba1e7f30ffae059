// Content model → JSON, in exactly the form the parsers read (docs/formats/content.md), so that
// parse(serialize(c)) == c. Used for the feed's content document and the store's item rows.
#pragma once

#include "content/json_reader.hpp"
#include "content/model.hpp"

namespace content {

Json to_json(const Text& t);
Json to_json(const Goal& g);
Json to_json(const Country& c);
Json to_json(const Place& p);
Json to_json(const Organisation& o);
Json to_json(const Network& n);
Json to_json(const Programme& p);
Json to_json(const Event& e);
Json to_json(const Meta& m);

// {"format": 1, "meta": {...}, "goals": [...], ...}
Json to_document(const Content& c);

}  // namespace content
