// Semantic checks across the whole content: duplicate ids, unknown references, the 17 goals,
// dates in order, images present and within limits. Structural checks happen while parsing
// (parse.hpp); together they are what `kiosk-feed validate` reports.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "content/issues.hpp"
#include "content/model.hpp"

namespace content {

// Where each collection came from, for issue locations.
struct SourceNames {
  std::string document_file;  // empty: a content folder with one file per collection
  std::string file_for(std::string_view collection) const {
    return document_file.empty() ? std::string(collection) + ".json" : document_file;
  }
};

// Checks an image path the content refers to; returns the reason it is bad, or nullopt.
using ImageCheck = std::function<std::optional<std::string>(const std::string& path)>;

// Accepts only relative paths under images/ with plain file names (no "..", no hidden files).
bool is_safe_image_path(std::string_view path);

void validate(const Content& content, const SourceNames& names, const ImageCheck& check_image, Issues& issues);

}  // namespace content
