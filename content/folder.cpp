// Loading and validating a content folder.
#include "content/folder.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "content/image.hpp"
#include "content/parse.hpp"
#include "content/validate.hpp"

namespace content {

std::optional<std::string> read_file(const std::filesystem::path& path, std::string& why, size_t max_bytes) {
  std::error_code ec;
  auto size = std::filesystem::file_size(path, ec);
  if (ec) {
    why = ec.message();
    return std::nullopt;
  }
  if (size > max_bytes) {
    why = "file is " + std::to_string(size) + " bytes; at most " + std::to_string(max_bytes) + " allowed";
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    why = std::strerror(errno);
    return std::nullopt;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  return std::move(ss).str();
}

FolderContent load_folder(const std::filesystem::path& dir) {
  FolderContent out;
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    out.issues.error(dir.string(), "", "not a folder (expected a content folder with meta.json, goals.json, ...)");
    return out;
  }
  for (const char* name : collection_names) {
    std::string file = std::string(name) + ".json";
    std::string why;
    auto text = read_file(dir / file, why, max_collection_file_bytes);
    if (!text) {
      out.issues.error(file, "", "cannot read: " + why);
      continue;
    }
    Json j = parse_json_text(*text, file, out.issues);
    if (j.is_null()) continue;
    if (!j.is_object() || !j.contains(name)) {
      out.issues.error(file, "", std::string("expected an object with the key \"") + name + "\"");
      continue;
    }
    for (auto it = j.begin(); it != j.end(); ++it)
      if (it.key() != name) out.issues.error(file, "/" + it.key(), "unknown field \"" + it.key() + "\" (a typo?)");
    parse_collection(name, j[name], file, out.content, out.issues);
  }
  ImageCheck check_image = [&dir](const std::string& path) -> std::optional<std::string> {
    std::string why;
    auto bytes = read_file(dir / path, why, max_image_bytes);
    if (!bytes) return "cannot read: " + why;
    auto info = probe_image({reinterpret_cast<const uint8_t*>(bytes->data()), bytes->size()});
    if (!info) return info.error().message;
    return std::nullopt;
  };
  validate(out.content, SourceNames{}, check_image, out.issues);
  return out;
}

}  // namespace content
