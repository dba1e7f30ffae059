// Text from a feed, through the checks kiosk-sync runs on a downloaded content document
// (feed::check_content_document: parse, then validate): ill-formed UTF-8, control characters and
// over-long strings are refused with a clear reason, and that reason is itself valid UTF-8 (it
// goes to the log, sync-status.json and the admin screen), with U+FFFD for the bytes quoted.
#include "content/utf8.hpp"
#include "sync/feed_fixture.hpp"
#include "sync/verify.hpp"

namespace {

// The feed's content document with the first organisation's name (plain string) and its Dutch
// description (a text) spelled as `name_json` and `text_json`: raw bytes of a JSON string body.
std::string document_with(const BuiltFeed& f, const std::string& name_json, const std::string& text_json = "x") {
  auto doc = nlohmann::json::parse(slurp(f.blob(f.manifest.content)));
  doc["organisations"][0]["name"] = "@NAME@";
  doc["organisations"][0]["description"]["nl"] = "@TEXT@";
  std::string text = doc.dump();
  text.replace(text.find("@NAME@"), 6, name_json);
  text.replace(text.find("@TEXT@"), 6, text_json);
  return text;
}

feed::Error refused(const BuiltFeed& f, const std::string& document) {
  auto c = feed::check_content_document(document, f.manifest, f.out);
  REQUIRE_FALSE(c);
  CHECK(c.error().code == feed::ErrorCode::content);
  CHECK(content::valid_utf8(c.error().message) == c.error().message);
  return c.error();
}

const std::string replacement = "\xEF\xBF\xBD";  // U+FFFD

}  // namespace

TEST_CASE("a feed's unchanged content document passes the same checks") {
  BuiltFeed f;
  CHECK(feed::check_content_document(slurp(f.blob(f.manifest.content)), f.manifest, f.out));
  auto ok = feed::check_content_document(document_with(f, "Stichting Sibiu \xC3\xA9\xC3\xAB \xE2\x80\x94 \xF0\x9F\x8C\x8D"),
                                         f.manifest, f.out);
  INFO((ok ? "" : ok.error().message));
  CHECK(ok);
  CHECK(ok->organisations[0].name == "Stichting Sibiu \xC3\xA9\xC3\xAB \xE2\x80\x94 \xF0\x9F\x8C\x8D");
}

TEST_CASE("ill-formed UTF-8 in a feed is refused, and the reason shows the bad bytes as U+FFFD") {
  BuiltFeed f;
  const std::pair<const char*, std::string> bad[] = {
      {"overlong '/'", "a\xC0\xAF"},
      {"overlong NUL", "a\xC0\x80"},
      {"lone continuation byte", "a\x80z"},
      {"UTF-16 surrogate", "a\xED\xA0\x80"},
      {"truncated sequence", "a\xE2\x82"},
      {"above U+10FFFF", "a\xF4\x90\x80\x80"},
      {"not UTF-8 at all (Latin-1)", "Roemeni\xEB"},
  };
  for (const auto& [what, bytes] : bad) {
    INFO(what);
    auto e = refused(f, document_with(f, bytes));
    CHECK_THAT(e.message, Catch::Contains("not valid JSON") && Catch::Contains("ill-formed UTF-8"));
    CHECK_THAT(e.message, Catch::Contains(replacement));
  }
}

TEST_CASE("NUL and other control characters in a feed's text are refused") {
  BuiltFeed f;
  // A raw NUL byte is not JSON at all.
  auto raw = refused(f, document_with(f, std::string("a\0b", 3)));
  CHECK_THAT(raw.message, Catch::Contains("control character U+0000"));
  // Escaped, JSON allows them: the validator does not.
  auto nul = refused(f, document_with(f, "a\\u0000b"));
  CHECK_THAT(nul.message, Catch::Contains("/organisations/0/name: contains the control character U+0000 at byte 1"));
  auto esc = refused(f, document_with(f, "ok", "red \\u001b[31m text"));
  CHECK_THAT(esc.message, Catch::Contains("/organisations/0/description/nl: contains the control character U+001B"));
  auto lone = refused(f, document_with(f, "a\\ud800"));  // a lone surrogate as an escape
  CHECK_THAT(lone.message, Catch::Contains("surrogate"));
  // Line breaks and tabs are text.
  CHECK(feed::check_content_document(document_with(f, "ok", "one\\ntwo\\tthree"), f.manifest, f.out));
}

TEST_CASE("over-long strings in a feed are refused with their length and the limit") {
  BuiltFeed f;
  auto name = refused(f, document_with(f, std::string(201, 'n')));
  CHECK_THAT(name.message, Catch::Contains("/organisations/0/name: is 201 bytes long; at most 200 allowed"));
  auto text = refused(f, document_with(f, "ok", std::string(4001, 't')));
  CHECK_THAT(text.message, Catch::Contains("/organisations/0/description/nl: is 4001 bytes long; at most 4000 allowed"));
  // A reference (here a country code) is bounded too, and is not quoted back in full.
  auto doc = nlohmann::json::parse(document_with(f, "ok"));
  doc["organisations"][0]["countries"][0] = std::string(100'000, 'R');
  auto ref = refused(f, doc.dump());
  CHECK_THAT(ref.message, Catch::Contains("/organisations/0/countries/0: is 100000 bytes long; at most 200 allowed"));
  CHECK(ref.message.size() < 2000);
}
