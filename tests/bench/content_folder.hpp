// Writing content as an editor's content folder (docs/formats/content.md): one JSON file per
// collection, through the project's own serializer, so the folder reads back as the same content.
#pragma once

#include <filesystem>
#include <string>

#include "content/model.hpp"

namespace bench {

// Writes <dir>/<collection>.json for every collection; false (and `why`) on a write error.
bool write_content_folder(const content::Content& c, const std::filesystem::path& dir, std::string& why);

}  // namespace bench
