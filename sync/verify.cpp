// Feed verification: signature first, then blobs, then the content document.
#include "sync/verify.hpp"

#include <algorithm>
#include <set>

#include "content/image.hpp"
#include "content/parse.hpp"
#include "content/validate.hpp"
#include "sync/files.hpp"

namespace feed {

Status check_blob_file(const std::filesystem::path& path, const BlobRef& blob) {
  std::error_code ec;
  auto size = std::filesystem::file_size(path, ec);
  if (ec)
    return make_error(ec == std::errc::no_such_file_or_directory ? ErrorCode::missing : ErrorCode::io,
                      "blob " + blob.sha256 + " (" + path.string() + "): " + ec.message());
  if (size != blob.size)
    return make_error(ErrorCode::corrupt,
                      "blob " + blob.sha256 + ": " + std::to_string(size) + " bytes, the manifest says " +
                          std::to_string(blob.size) +
                          (size < blob.size ? " (truncated: an interrupted copy or download?)" : ""));
  auto d = hash_file(path);
  if (!d) return d.error();
  if (to_hex(d->sha256) != blob.sha256)
    return make_error(ErrorCode::corrupt, "blob " + blob.sha256 + ": its SHA-256 is " + to_hex(d->sha256) +
                                              "; the file is damaged or was replaced");
  return Ok{};
}

Result<content::Content> check_content_document(std::string_view document, const Manifest& m,
                                                const std::filesystem::path& feed_dir) {
  const std::string file = "content document " + m.content.sha256.substr(0, 12);
  content::Issues issues;
  content::Json j = content::parse_json_text(document, file, issues);
  content::Content c;
  if (!j.is_null()) c = content::parse_document(j, file, issues);
  std::set<std::string> used;
  content::ImageCheck check_image = [&](const std::string& path) -> std::optional<std::string> {
    used.insert(path);
    auto it = std::find_if(m.images.begin(), m.images.end(), [&](const ImageRef& r) { return r.path == path; });
    if (it == m.images.end()) return "not listed in manifest.json";
    auto bytes = read_file(blob_path(feed_dir, it->blob.sha256), max_image_blob_bytes);
    if (!bytes) return bytes.error().message;
    auto info = content::probe_image(as_bytes(*bytes));
    if (!info) return info.error().message;
    return std::nullopt;
  };
  if (!j.is_null()) content::validate(c, content::SourceNames{file}, check_image, issues);
  for (const auto& img : m.images)
    if (!j.is_null() && !used.count(img.path))
      issues.error("manifest.json", "/images", "\"" + img.path + "\" is listed but the content does not use it");
  if (issues.has_errors())
    return make_error(ErrorCode::content, "the content document fails validation (" +
                                              std::to_string(issues.error_count()) + " errors):\n" +
                                              without_final_newline(issues.errors_text(1000)));
  return c;
}

Result<VerifiedFeed> verify_feed_dir(const std::filesystem::path& dir, std::span<const PublicKey> trusted,
                                     const Progress& progress) {
  auto manifest_bytes = read_file(dir / manifest_file_name, max_manifest_bytes);
  if (!manifest_bytes) return manifest_bytes.error();
  auto sig_bytes = read_file(dir / signature_file_name, max_signature_bytes);
  if (!sig_bytes) return sig_bytes.error();
  auto sm = verify_manifest(*manifest_bytes, *sig_bytes, trusted);
  if (!sm) return sm.error();
  const Manifest& m = sm->manifest;

  auto blobs = blobs_of(m);
  for (size_t i = 0; i < blobs.size(); ++i) {
    if (auto st = check_blob_file(blob_path(dir, blobs[i].sha256), blobs[i]); !st) return st.error();
    if (progress) progress({"checking", i + 1, blobs.size(), blobs[i].sha256});
  }
  auto doc = read_file(blob_path(dir, m.content.sha256), max_content_document_bytes);
  if (!doc) return doc.error();
  auto c = check_content_document(*doc, m, dir);
  if (!c) return c.error();
  return VerifiedFeed{std::move(*sm), std::move(*manifest_bytes), std::move(*c)};
}

}  // namespace feed
