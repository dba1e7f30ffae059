// kiosk-feed: the editor's tool for the kiosk's content. This version checks a content folder
// (`validate`); building, signing and publishing feeds come with the sync work.
#include <cstdio>
#include <cstring>
#include <string>

#include "content/folder.hpp"

namespace {

constexpr const char* usage = R"(usage: kiosk-feed validate DIR

Checks a content folder (docs/formats/content.md) the way the kiosk will: every JSON file, every
field, every reference between items, every image. Prints every problem as
  file: /path/to/field: reason
and a summary. Missing English or German translations are warnings; the kiosk then falls back
to English, then Dutch.

Exit status: 0 when the content is valid (warnings allowed), 1 when it has errors, 2 on usage errors.
)";

int validate(const char* dir) {
  auto loaded = content::load_folder(dir);
  size_t errors = 0, warnings = 0;
  for (const auto& issue : loaded.issues.list) {
    std::printf("%s\n", issue.to_string().c_str());
    (issue.severity == content::Issue::Severity::error ? errors : warnings)++;
  }
  const auto& c = loaded.content;
  std::printf("%s: %zu goals, %zu countries, %zu places, %zu organisations, %zu networks, %zu programmes, %zu events\n",
              dir, c.goals.size(), c.countries.size(), c.places.size(), c.organisations.size(), c.networks.size(),
              c.programmes.size(), c.events.size());
  if (errors == 0) {
    std::printf("no errors, %zu warnings: the kiosk can show this content\n", warnings);
    return 0;
  }
  std::printf("%zu errors, %zu warnings: fix the errors; the kiosk would refuse this content\n", errors, warnings);
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 2 && (!std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h"))) {
    std::fputs(usage, stdout);
    return 0;
  }
  if (argc == 3 && !std::strcmp(argv[1], "validate")) return validate(argv[2]);
  std::fputs(usage, stderr);
  return 2;
}
