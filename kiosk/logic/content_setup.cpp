// First-start content setup.
#include "kiosk/logic/content_setup.hpp"

#include <cstdio>

#include "content/folder.hpp"
#include "content/store.hpp"
#include "content/validate.hpp"

namespace kiosk {

using content::Error;
using content::ErrorCode;

std::filesystem::path image_file(const content::Snapshot& snap, const std::filesystem::path& data_dir,
                                 const std::filesystem::path& bundled_dir, const std::string& path) {
  if (const content::ImageBlob* blob = snap.image_blob(path)) return data_dir / "blobs" / blob->sha256;
  if (!content::is_safe_image_path(path)) return {};
  return bundled_dir / path;
}

content::Result<std::shared_ptr<const content::Snapshot>> open_content(const std::filesystem::path& data_dir,
                                                                       const std::filesystem::path& bundled_dir) {
  std::error_code ec;
  std::filesystem::create_directories(data_dir, ec);
  if (ec) return Error{ErrorCode::io, data_dir.string() + ": cannot create the data directory: " + ec.message()};
  auto db_path = data_dir / database_file_name;
  {
    auto store = content::Store::open(db_path);
    if (!store) return store.error();
    auto state = store->state();
    if (!state) return state.error();
    if (state->sequence < 0) {
      auto loaded = content::load_folder(bundled_dir);
      if (loaded.issues.has_errors())
        return Error{ErrorCode::invalid, "bundled content in " + bundled_dir.string() + " is not valid:\n" +
                                             loaded.issues.errors_text()};
      auto applied = store->apply(loaded.content, {0, "bundled", "", content::utc_now_iso8601()});
      if (!applied) return applied.error();
      std::fprintf(stderr, "applied the bundled content from %s\n", bundled_dir.c_str());
    }
  }
  return content::load_snapshot(db_path);
}

}  // namespace kiosk
