// manifest.json: serialise in a fixed form, parse strictly.
#include "sync/manifest.hpp"

#include <algorithm>
#include <ctime>
#include <nlohmann/json.hpp>
#include <set>

#include "content/validate.hpp"
#include "sync/sodium.hpp"

namespace feed {
namespace {

using Json = nlohmann::ordered_json;

Error invalid(const std::string& where, const std::string& why) {
  return make_error(ErrorCode::invalid, "manifest.json: " + where + ": " + why);
}

// A field's value for an error message: JSON-quoted, so a NUL or a control character shows as an
// escape instead of cutting the log line short, and at most 100 bytes of it.
std::string quoted_value(std::string_view s) {
  return Json(std::string(s.substr(0, 100))).dump(-1, ' ', false, Json::error_handler_t::replace) +
         (s.size() > 100 ? "..." : "");
}

bool is_feed_id(std::string_view s) {
  if (s.empty() || s.size() > 64) return false;
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

Status check_blob(const BlobRef& b, const std::string& where, uint64_t max_size) {
  if (!is_sha256_hex(b.sha256))
    return invalid(where + "/sha256", quoted_value(b.sha256) + " is not 64 lowercase hex digits");
  if (b.size > max_size)
    return invalid(where + "/size", std::to_string(b.size) + " bytes is over the limit of " + std::to_string(max_size));
  return Ok{};
}

// Checks that `o` is an object with exactly `keys`.
Status expect_keys(const Json& o, std::initializer_list<const char*> keys, const std::string& where) {
  if (!o.is_object()) return invalid(where.empty() ? "/" : where, "expected an object");
  for (const char* k : keys)
    if (!o.contains(k)) return invalid(where + "/" + k, "missing");
  for (auto it = o.begin(); it != o.end(); ++it)
    if (std::none_of(keys.begin(), keys.end(), [&](const char* k) { return it.key() == k; }))
      return invalid(where + "/" + it.key(), "unknown field");
  return Ok{};
}

Result<uint64_t> get_uint(const Json& v, const std::string& where) {
  if (!v.is_number_unsigned()) return invalid(where, "expected a whole number of at least 0");
  return v.get<uint64_t>();
}

Result<std::string> get_string(const Json& v, const std::string& where) {
  if (!v.is_string()) return invalid(where, "expected a string");
  return v.get<std::string>();
}

Result<BlobRef> get_blob(const Json& o, const std::string& where, std::initializer_list<const char*> keys) {
  if (auto st = expect_keys(o, keys, where); !st) return st.error();
  BlobRef b;
  auto sha = get_string(o["sha256"], where + "/sha256");
  if (!sha) return sha.error();
  auto size = get_uint(o["size"], where + "/size");
  if (!size) return size.error();
  b.sha256 = *sha;
  b.size = *size;
  return b;
}

}  // namespace

std::vector<BlobRef> blobs_of(const Manifest& m) {
  std::vector<BlobRef> out{m.content};
  std::set<std::string> seen{m.content.sha256};
  for (const auto& img : m.images)
    if (seen.insert(img.blob.sha256).second) out.push_back(img.blob);
  return out;
}

std::string serialize_manifest(const Manifest& m) {
  Json j;
  j["format"] = m.format;
  j["feed"] = m.feed_id;
  j["sequence"] = m.sequence;
  j["created"] = m.created;
  j["content"] = Json{{"sha256", m.content.sha256}, {"size", m.content.size}};
  j["images"] = Json::array();
  for (const auto& img : m.images)
    j["images"].push_back(Json{{"path", img.path}, {"sha256", img.blob.sha256}, {"size", img.blob.size}});
  return j.dump(2) + "\n";
}

Status check_manifest(const Manifest& m) {
  if (m.format != manifest_format)
    return invalid("/format", "format " + std::to_string(m.format) + " is not supported (this version reads format " +
                                  std::to_string(manifest_format) + ")");
  if (!is_feed_id(m.feed_id)) return invalid("/feed", quoted_value(m.feed_id) + " is not a feed id ([a-z0-9-], 1 to 64)");
  if (m.sequence == 0 || m.sequence > max_sequence)
    return invalid("/sequence",
                   std::to_string(m.sequence) + " is out of range (1 to 2^53-1; 0 is the bundled content)");
  if (!is_iso8601_utc(m.created)) return invalid("/created", quoted_value(m.created) + " is not YYYY-MM-DDTHH:MM:SSZ");
  if (auto st = check_blob(m.content, "/content", max_content_document_bytes); !st) return st;
  if (m.images.size() > max_images)
    return invalid("/images", std::to_string(m.images.size()) + " images; at most " + std::to_string(max_images));
  for (size_t i = 0; i < m.images.size(); ++i) {
    const auto& img = m.images[i];
    std::string at = "/images/" + std::to_string(i);
    if (!content::is_safe_image_path(img.path))
      return invalid(at + "/path", quoted_value(img.path) + " is not a plain file under images/");
    if (i > 0 && !(m.images[i - 1].path < img.path))
      return invalid(at + "/path", quoted_value(img.path) + " is a duplicate or out of order (images are sorted by path)");
    if (auto st = check_blob(img.blob, at, max_image_blob_bytes); !st) return st;
  }
  return Ok{};
}

Result<Manifest> parse_manifest(std::string_view bytes) {
  if (bytes.size() > max_manifest_bytes)
    return make_error(ErrorCode::too_large, "manifest.json: " + std::to_string(bytes.size()) +
                                                " bytes is over the limit of " + std::to_string(max_manifest_bytes));
  Json j = Json::parse(bytes, nullptr, false);
  if (j.is_discarded()) return make_error(ErrorCode::parse, "manifest.json: not valid JSON");
  if (auto st = expect_keys(j, {"format", "feed", "sequence", "created", "content", "images"}, ""); !st)
    return st.error();
  Manifest m;
  auto format = get_uint(j["format"], "/format");
  if (!format) return format.error();
  if (*format != manifest_format) return invalid("/format", "format " + std::to_string(*format) + " is not supported");
  auto feed = get_string(j["feed"], "/feed");
  if (!feed) return feed.error();
  auto seq = get_uint(j["sequence"], "/sequence");
  if (!seq) return seq.error();
  auto created = get_string(j["created"], "/created");
  if (!created) return created.error();
  auto content = get_blob(j["content"], "/content", {"sha256", "size"});
  if (!content) return content.error();
  const Json& images = j["images"];
  if (!images.is_array()) return invalid("/images", "expected an array");
  if (images.size() > max_images)
    return invalid("/images", std::to_string(images.size()) + " images; at most " + std::to_string(max_images));
  m.feed_id = *feed;
  m.sequence = *seq;
  m.created = *created;
  m.content = *content;
  for (size_t i = 0; i < images.size(); ++i) {
    std::string at = "/images/" + std::to_string(i);
    auto blob = get_blob(images[i], at, {"path", "sha256", "size"});
    if (!blob) return blob.error();
    auto path = get_string(images[i]["path"], at + "/path");
    if (!path) return path.error();
    m.images.push_back(ImageRef{*path, *blob});
  }
  if (auto st = check_manifest(m); !st) return st.error();
  return m;
}

std::string iso8601_utc(int64_t unix_seconds) {
  std::time_t t = static_cast<std::time_t>(unix_seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

bool is_iso8601_utc(std::string_view s) {
  constexpr std::string_view pattern = "dddd-dd-ddTdd:dd:ddZ";
  if (s.size() != pattern.size()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (pattern[i] == 'd' ? !(s[i] >= '0' && s[i] <= '9') : s[i] != pattern[i]) return false;
  }
  return true;
}

}  // namespace feed
