// A content document (the feed's JSON, docs/formats/content.md) through the steps
// feed::check_content_document takes: JSON text, parse_document, validate. Content that passes
// must also survive the trip the feed builder gives it: serialised and parsed again, it is the
// same content and still valid.
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "content/parse.hpp"
#include "content/serialize.hpp"
#include "content/validate.hpp"

namespace {

// Images are not what this target is about (fuzz_image is): every safe path is accepted.
std::optional<std::string> any_image(const std::string&) {
  return std::nullopt;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string file = "fuzz.json";
  content::Issues issues;
  content::Json j = content::parse_json_text({reinterpret_cast<const char*>(data), size}, file, issues);
  if (j.is_null()) return 0;
  content::Content c = content::parse_document(j, file, issues);
  content::validate(c, content::SourceNames{file}, any_image, issues);
  (void)issues.errors_text(1000);  // what kiosk-feed validate and the sync log print
  if (issues.has_errors()) return 0;

  content::Issues again;
  content::Content c2 = content::parse_document(content::to_document(c), file, again);
  content::validate(c2, content::SourceNames{file}, any_image, again);
  if (again.has_errors() || !(c2 == c)) std::abort();
  return 0;
}
