// kiosk-feed build and sign: content folder → blobs, manifest.json, manifest.sig.
#include "sync/build.hpp"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <set>

#include "content/folder.hpp"
#include "content/serialize.hpp"
#include "sync/files.hpp"
#include "sync/signature.hpp"
#include "sync/verify.hpp"

namespace feed {
namespace fs = std::filesystem;
namespace {

Result<std::optional<uint64_t>> previous_sequence(const fs::path& out) {
  auto bytes = read_file(out / manifest_file_name, max_manifest_bytes);
  if (!bytes) {
    if (bytes.error().code == ErrorCode::missing) return std::optional<uint64_t>{};
    return bytes.error();
  }
  auto m = parse_manifest(*bytes);
  if (!m)
    return make_error(m.error().code, (out / manifest_file_name).string() + " exists but cannot be read (" +
                                          m.error().message + "); move it away or build into another folder");
  return std::optional<uint64_t>{m->sequence};
}

// Writes blob `sha` from `bytes` unless an intact copy is already there; returns whether it wrote.
Result<bool> put_blob_bytes(const fs::path& out, const BlobRef& ref, std::string_view bytes) {
  fs::path p = blob_path(out, ref.sha256);
  if (check_blob_file(p, ref)) return false;
  if (auto st = write_file_atomic(p, bytes); !st) return st.error();
  return true;
}

Result<bool> put_blob_file(const fs::path& out, const BlobRef& ref, const FileDigest& d, const fs::path& from) {
  fs::path p = blob_path(out, ref.sha256);
  if (check_blob_file(p, ref)) return false;
  auto copied = copy_file_synced(from, p, &d);
  if (!copied)
    return make_error(copied.error().code, copied.error().message + " (did the image change during the build?)");
  return true;
}

std::vector<std::string> image_paths(const content::Content& c) {
  std::set<std::string> paths;
  for (const auto& o : c.organisations)
    if (!o.image.empty()) paths.insert(o.image);
  for (const auto& p : c.programmes)
    if (!p.image.empty()) paths.insert(p.image);
  return {paths.begin(), paths.end()};
}

// Counts each distinct blob once, as written or kept.
struct BlobTally {
  BuildReport& report;
  std::set<std::string> seen;
  void add(const BlobRef& b, bool written) {
    if (!seen.insert(b.sha256).second) return;
    (written ? report.blobs_written : report.blobs_kept)++;
    (written ? report.bytes_written : report.bytes_kept) += b.size;
  }
};

// An unsigned build must not leave an older build's signature beside its new manifest.
Status remove_signature(const fs::path& out) {
  fs::path sig = out / signature_file_name;
  if (::unlink(sig.c_str()) != 0) {
    if (errno == ENOENT) return Ok{};
    return make_error(ErrorCode::io, sig.string() + ": cannot remove the old signature: " + std::strerror(errno));
  }
  return sync_directory(out);
}

Result<BuildReport> build(const fs::path& content_dir, const fs::path& out, const SecretKey* key,
                          const BuildOptions& options) {
  auto loaded = content::load_folder(content_dir);
  if (loaded.issues.has_errors())
    return make_error(ErrorCode::content,
                      content_dir.string() + ": the content has " + std::to_string(loaded.issues.error_count()) +
                          " errors; nothing was built:\n" + without_final_newline(loaded.issues.errors_text(100000)));
  auto previous = previous_sequence(out);
  if (!previous) return previous.error();

  BuildReport report;
  BlobTally tally{report, {}};
  Manifest& m = report.manifest;
  m.feed_id = options.feed_id;
  m.sequence = next_sequence(options.now_unix_s, *previous);
  m.created = iso8601_utc(options.now_unix_s);

  std::error_code ec;
  fs::create_directories(out / blobs_dir_name, ec);
  if (ec)
    return make_error(ErrorCode::io, (out / blobs_dir_name).string() + ": cannot create the folder: " + ec.message());

  std::string doc = content_document_bytes(loaded.content);
  Digest doc_sha = sha256(as_bytes(doc));
  m.content = BlobRef{to_hex(doc_sha), doc.size()};
  auto wrote = put_blob_bytes(out, m.content, doc);
  if (!wrote) return wrote.error();
  tally.add(m.content, *wrote);

  auto paths = image_paths(loaded.content);
  for (size_t i = 0; i < paths.size(); ++i) {
    auto d = hash_file(content_dir / paths[i]);
    if (!d) return d.error();
    ImageRef ref{paths[i], BlobRef{to_hex(d->sha256), d->size}};
    auto put = put_blob_file(out, ref.blob, *d, content_dir / paths[i]);
    if (!put) return put.error();
    tally.add(ref.blob, *put);
    m.images.push_back(std::move(ref));
    if (options.progress) options.progress({"hashing", i + 1, paths.size(), paths[i]});
  }
  if (auto st = check_manifest(m); !st) return st.error();
  // The document must read back as the same valid content, exactly as a kiosk will read it.
  if (auto c = check_content_document(doc, m, out); !c) return c.error();

  if (auto st = sync_directory(out / blobs_dir_name); !st) return st.error();
  std::string manifest = serialize_manifest(m);
  if (key) {
    if (auto st = write_file_atomic(out / signature_file_name, sign_manifest(*key, manifest)); !st) return st.error();
    report.key_id = public_key_of(*key).key_id;
  } else if (auto st = remove_signature(out); !st) {
    return st.error();
  }
  if (auto st = write_file_atomic(out / manifest_file_name, manifest); !st) return st.error();
  return report;
}

}  // namespace

uint64_t next_sequence(int64_t now_unix_s, std::optional<uint64_t> previous) {
  uint64_t now = now_unix_s > 0 ? static_cast<uint64_t>(now_unix_s) : 1;
  return previous ? std::max(now, *previous + 1) : now;
}

std::string content_document_bytes(const content::Content& c) {
  return content::to_document(c).dump(2) + "\n";
}

Result<BuildReport> build_feed(const fs::path& content_dir, const fs::path& out, const SecretKey& key,
                               const BuildOptions& options) {
  return build(content_dir, out, &key, options);
}

Result<BuildReport> build_unsigned_feed(const fs::path& content_dir, const fs::path& out, const BuildOptions& options) {
  return build(content_dir, out, nullptr, options);
}

Result<SignReport> sign_feed(const fs::path& out, const SecretKey& key, const Progress& progress) {
  const fs::path manifest_path = out / manifest_file_name;
  auto bytes = read_file(manifest_path, max_manifest_bytes);
  if (!bytes) {
    if (bytes.error().code == ErrorCode::missing)
      return make_error(ErrorCode::missing,
                        manifest_path.string() + " does not exist: is this a feed folder made by kiosk-feed build?");
    return bytes.error();
  }
  auto m = parse_manifest(*bytes);
  if (!m) return make_error(m.error().code, m.error().message + "; nothing was signed");

  SignReport report;
  report.manifest = *m;
  auto blobs = blobs_of(*m);
  for (size_t i = 0; i < blobs.size(); ++i) {
    if (auto st = check_blob_file(blob_path(out, blobs[i].sha256), blobs[i]); !st)
      return make_error(st.error().code,
                        st.error().message + "; nothing was signed (copy the whole feed folder, blobs/ included)");
    report.blobs_checked++;
    report.bytes_checked += blobs[i].size;
    if (progress) progress({"checking", i + 1, blobs.size(), blobs[i].sha256});
  }
  auto doc = read_file(blob_path(out, m->content.sha256), max_content_document_bytes);
  if (!doc) return doc.error();
  if (auto c = check_content_document(*doc, *m, out); !c)
    return make_error(c.error().code, c.error().message + "\nnothing was signed");

  std::string signature = sign_manifest(key, *bytes);
  report.key_id = public_key_of(key).key_id;
  auto old = read_file(out / signature_file_name, max_signature_bytes);
  report.unchanged = old && *old == signature;
  report.replaced = !report.unchanged && (old || old.error().code != ErrorCode::missing);
  if (report.unchanged) return report;
  if (auto st = write_file_atomic(out / signature_file_name, signature); !st) return st.error();
  return report;
}

}  // namespace feed
