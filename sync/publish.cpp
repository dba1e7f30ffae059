// kiosk-feed publish: blobs first, then manifest.sig, then manifest.json.
#include "sync/publish.hpp"

#include "sync/files.hpp"
#include "sync/signature.hpp"
#include "sync/verify.hpp"

namespace feed {
namespace fs = std::filesystem;
namespace {

FileDigest digest_of(const BlobRef& b) {
  FileDigest d;
  d.size = b.size;
  auto raw = from_hex(b.sha256);
  std::copy(raw->begin(), raw->end(), d.sha256.begin());
  return d;
}

// Refuses to replace a newer feed, or the same sequence with other bytes.
Result<bool> check_destination(const fs::path& dest, const Manifest& m, const std::string& bytes) {
  auto existing = read_file(dest / manifest_file_name, max_manifest_bytes);
  if (!existing) return existing.error().code == ErrorCode::missing ? Result<bool>(false) : existing.error();
  if (*existing == bytes) return true;
  auto old = parse_manifest(*existing);
  if (!old)
    return make_error(old.error().code, (dest / manifest_file_name).string() + " exists but cannot be read (" +
                                            old.error().message + "); is this the right folder?");
  if (old->sequence >= m.sequence)
    return make_error(ErrorCode::rollback,
                      dest.string() + " already has sequence " + std::to_string(old->sequence) +
                          (old->sequence == m.sequence ? " with other bytes" : "") + ", and this feed has sequence " +
                          std::to_string(m.sequence) +
                          "; kiosks would reject it. Build again (a new build gets a higher sequence)");
  return false;
}

}  // namespace

Result<PublishReport> publish_feed(const fs::path& out, const fs::path& dest, const Progress& progress) {
  auto manifest_bytes = read_file(out / manifest_file_name, max_manifest_bytes);
  if (!manifest_bytes) {
    if (manifest_bytes.error().code != ErrorCode::missing) return manifest_bytes.error();
    return make_error(ErrorCode::missing, (out / manifest_file_name).string() +
                                              " does not exist: is this a feed folder made by kiosk-feed build?");
  }
  auto sig_bytes = read_file(out / signature_file_name, max_signature_bytes);
  if (!sig_bytes) {
    if (sig_bytes.error().code != ErrorCode::missing) return sig_bytes.error();
    return make_error(ErrorCode::invalid,
                      out.string() + " is not signed (it has no " + signature_file_name +
                          "; was it built with --unsigned?), and kiosks would reject it; nothing was published. "
                          "Sign it first: kiosk-feed sign " +
                          out.string() + " --key SECRET");
  }
  auto m = parse_manifest(*manifest_bytes);
  if (!m) return m.error();

  std::error_code ec;
  if (!fs::is_directory(dest, ec))
    return make_error(ErrorCode::missing, dest.string() + ": not a folder (create it, or mount the USB stick first)");
  auto same = check_destination(dest, *m, *manifest_bytes);
  if (!same) return same.error();

  PublishReport report;
  report.manifest = *m;
  report.already_published = *same;
  fs::create_directories(dest / blobs_dir_name, ec);
  if (ec)
    return make_error(ErrorCode::io, (dest / blobs_dir_name).string() + ": cannot create the folder: " + ec.message());
  auto blobs = blobs_of(*m);
  for (size_t i = 0; i < blobs.size(); ++i) {
    fs::path to = blob_path(dest, blobs[i].sha256);
    if (check_blob_file(to, blobs[i])) {
      report.blobs_kept++;
      report.bytes_kept += blobs[i].size;
    } else {
      FileDigest expected = digest_of(blobs[i]);
      auto copied = copy_file_synced(blob_path(out, blobs[i].sha256), to, &expected);
      if (!copied)
        return make_error(copied.error().code, copied.error().message + "; nothing was published (the manifest in " +
                                                   dest.string() + " is unchanged)");
      report.blobs_copied++;
      report.bytes_copied += blobs[i].size;
    }
    if (progress) progress({"copying", i + 1, blobs.size(), blobs[i].sha256});
  }
  if (auto st = sync_directory(dest / blobs_dir_name); !st) return st.error();
  if (report.already_published) {
    // The same manifest, signed again (a new key): only the signature changes. Either signature
    // matches the manifest, so a reader sees a valid pair before and after the rename.
    auto dest_sig = read_file(dest / signature_file_name, max_signature_bytes);
    if (dest_sig && *dest_sig == *sig_bytes) return report;
    if (auto st = write_file_atomic(dest / signature_file_name, *sig_bytes); !st) return st.error();
    if (progress) progress({"writing", 1, 1, signature_file_name});
    report.signature_replaced = true;
    return report;
  }
  if (auto st = write_file_atomic(dest / signature_file_name, *sig_bytes); !st) return st.error();
  if (progress) progress({"writing", 1, 2, signature_file_name});
  if (auto st = write_file_atomic(dest / manifest_file_name, *manifest_bytes); !st) return st.error();
  if (progress) progress({"writing", 2, 2, manifest_file_name});
  return report;
}

}  // namespace feed
