// An editor's content folder (docs/formats/content.md): read every collection file, parse and
// validate it all, and report every problem. This is what `validate DIR` and the bundled
// default content go through.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "content/issues.hpp"
#include "content/model.hpp"

namespace content {

struct FolderContent {
  Content content;
  Issues issues;  // content may only be used when !issues.has_errors()
};

FolderContent load_folder(const std::filesystem::path& dir);

// Reads a whole file; nullopt (and `why`) when it cannot.
std::optional<std::string> read_file(const std::filesystem::path& path, std::string& why, size_t max_bytes);

inline constexpr size_t max_collection_file_bytes = 16 * 1024 * 1024;

}  // namespace content
