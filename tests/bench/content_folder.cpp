// Content → folder; see content_folder.hpp.
#include "bench/content_folder.hpp"

#include <fstream>

#include "content/serialize.hpp"

namespace bench {

bool write_content_folder(const content::Content& c, const std::filesystem::path& dir, std::string& why) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  // The feed's content document holds every collection under its file's name.
  content::Json document = content::to_document(c);
  for (const char* name : content::collection_names) {
    std::filesystem::path file = dir / (std::string(name) + ".json");
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << content::Json{{name, document[name]}}.dump(2) << '\n';
    if (!out.flush()) {
      why = file.string() + ": cannot write";
      return false;
    }
  }
  return true;
}

}  // namespace bench
