// Problems found in content, each with file, field path (a JSON pointer) and reason, so an
// editor can find and fix every one of them in a single pass.
#pragma once

#include <string>
#include <vector>

namespace content {

struct Issue {
  enum class Severity { error, warning };
  Severity severity = Severity::error;
  std::string file;     // "places.json", or the feed's content document name
  std::string path;     // JSON pointer, e.g. "/places/3/lat"; empty for the whole file
  std::string message;  // why, in words an editor understands

  std::string to_string() const;  // "places.json: /places/3/lat: 95 is not a latitude ..."
};

struct Issues {
  std::vector<Issue> list;

  void error(std::string file, std::string path, std::string message);
  void warning(std::string file, std::string path, std::string message);
  bool has_errors() const;
  size_t error_count() const;
  std::string errors_text(size_t max_lines = 20) const;  // for logs and status lines
};

}  // namespace content
