// The kiosk's data directory on start: if it holds no content yet, the bundled default content
// is validated and applied (sequence 0, feed "bundled"), through the same validation and apply
// path as a downloaded feed; then the current snapshot is loaded.
#pragma once

#include <filesystem>
#include <memory>

#include "content/result.hpp"
#include "content/snapshot.hpp"

namespace kiosk {

inline constexpr const char* database_file_name = "kiosk.db";

// Where the file of a content image is: for a feed's content, its blob in <data dir>/blobs/; for
// content from a folder (the bundled default), the file in that folder. Empty for a path that
// is not a plain file under images/.
std::filesystem::path image_file(const content::Snapshot& snap, const std::filesystem::path& data_dir,
                                 const std::filesystem::path& bundled_dir, const std::string& path);

content::Result<std::shared_ptr<const content::Snapshot>> open_content(const std::filesystem::path& data_dir,
                                                                       const std::filesystem::path& bundled_dir);

}  // namespace kiosk
