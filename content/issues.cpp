// Issue formatting.
#include "content/issues.hpp"

namespace content {

std::string Issue::to_string() const {
  std::string s = file;
  if (!path.empty()) s += ": " + path;
  s += ": ";
  if (severity == Severity::warning) s += "warning: ";
  return s + message;
}

void Issues::error(std::string file, std::string path, std::string message) {
  list.push_back({Issue::Severity::error, std::move(file), std::move(path), std::move(message)});
}

void Issues::warning(std::string file, std::string path, std::string message) {
  list.push_back({Issue::Severity::warning, std::move(file), std::move(path), std::move(message)});
}

size_t Issues::error_count() const {
  size_t n = 0;
  for (const auto& i : list) n += i.severity == Issue::Severity::error;
  return n;
}

bool Issues::has_errors() const { return error_count() > 0; }

std::string Issues::errors_text(size_t max_lines) const {
  std::string s;
  size_t shown = 0, total = error_count();
  for (const auto& i : list) {
    if (i.severity != Issue::Severity::error) continue;
    if (shown == max_lines) {
      s += "... and " + std::to_string(total - shown) + " more errors\n";
      break;
    }
    s += i.to_string() + "\n";
    ++shown;
  }
  return s;
}

}  // namespace content
