// sync_once: one attempt at bringing the store up to the feed, in the order of feed.md.
#include "sync/client.hpp"

#include <algorithm>
#include <random>
#include <set>

#include "content/store.hpp"
#include "sync/feed_dir.hpp"
#include "sync/files.hpp"
#include "sync/signature.hpp"
#include "sync/verify.hpp"

namespace feed {
namespace {

struct Attempt {
  Source& source;
  const ClientOptions& o;
  SyncReport report;

  void phase(std::string_view name, const std::string& detail) {
    if (o.on_phase) o.on_phase(name, detail);
  }
  SyncReport& end(Outcome outcome, std::optional<Error> error = std::nullopt) {
    report.outcome = outcome;
    report.error = std::move(error);
    return report;
  }
  SyncReport& fail(Error e) {
    bool feed_fault = e.code != ErrorCode::network && e.code != ErrorCode::io;
    return end(feed_fault ? Outcome::rejected : Outcome::failed, std::move(e));
  }
};

// Downloads one blob into partial/, checks size and SHA-256, and moves it into blobs/.
Status fetch_blob(Attempt& a, const BlobRef& blob, const fs::path& blobs, const fs::path& partial) {
  fs::path part = partial / blob.sha256;
  if (auto s = a.source.download(std::string(blobs_dir_name) + "/" + blob.sha256, part, blob.size); !s) return s;
  std::error_code ec;
  uint64_t got = fs::file_size(part, ec);
  if (ec) return make_error(ErrorCode::io, part.string() + ": " + ec.message());
  a.report.bytes_downloaded += got;
  std::string from = a.source.where(std::string(blobs_dir_name) + "/" + blob.sha256);
  if (got < blob.size) {
    fs::remove(part, ec);  // a short file served as complete: not resumable
    return make_error(ErrorCode::corrupt, from + ": " + std::to_string(got) + " bytes, the manifest says " +
                                              std::to_string(blob.size) + " (truncated on the server?)");
  }
  if (auto s = check_blob_file(part, blob); !s) {
    fs::remove(part, ec);
    return make_error(s.error().code, from + ": " + s.error().message);
  }
  auto f = AppendFile::open(part);  // fsync before the rename makes it visible under its name
  if (!f) return f.error();
  if (auto s = f->sync(); !s) return s;
  fs::rename(part, blobs / blob.sha256, ec);
  if (ec) return make_error(ErrorCode::io, "cannot move " + part.string() + " into " + blobs.string() + ": " + ec.message());
  ++a.report.blobs_downloaded;
  return Ok{};
}

bool have_blob(const fs::path& blobs, const BlobRef& b) {
  std::error_code ec;
  return fs::file_size(blobs / b.sha256, ec) == b.size && !ec;
}

// Removes what neither the current nor the previous feed needs, and every partial download.
size_t remove_unused(const fs::path& blobs, const fs::path& partial, const std::set<std::string>& keep) {
  size_t removed = 0;
  std::error_code ec;
  for (const auto& dir : {blobs, partial})
    for (const auto& e : fs::directory_iterator(dir, ec)) {
      std::string name = e.path().filename().string();
      if (dir == blobs && keep.count(name)) continue;
      if (fs::remove(e.path(), ec)) ++removed;
    }
  return removed;
}

std::set<std::string> blobs_of_records(const content::FeedRecords& records) {
  std::set<std::string> keep;
  for (const auto* r : {&records.current, &records.previous}) {
    if (!*r) continue;
    if (auto m = parse_manifest((*r)->manifest))
      for (const auto& b : blobs_of(*m)) keep.insert(b.sha256);
  }
  return keep;
}

Error store_error(const content::Error& e) { return make_error(ErrorCode::io, e.message); }

}  // namespace

bool worth_retrying(const SyncReport& r) { return r.outcome == Outcome::failed; }

double backoff_delay_s(int n, double base_s, double max_s) {
  static std::mt19937 rng{std::random_device{}()};
  double d = std::min(max_s, base_s * double(1ULL << std::clamp(n, 0, 30)));
  return d * std::uniform_real_distribution<double>(0.5, 1.5)(rng);
}

SyncReport sync_once(Source& source, const ClientOptions& o, const Validators& known, int64_t known_sequence) {
  Attempt a{source, o, {}};
  const fs::path blobs = o.data_dir / blobs_dir_name, partial = o.data_dir / partial_dir_name;
  std::error_code ec;
  for (const auto& dir : {o.data_dir, blobs, partial})
    if (fs::create_directories(dir, ec); ec) return a.fail(make_error(ErrorCode::io, dir.string() + ": " + ec.message()));

  auto store = content::Store::open(o.data_dir / store_file_name);
  if (!store) return a.fail(store_error(store.error()));
  auto state = store->state();
  if (!state) return a.fail(store_error(state.error()));
  auto records = content::read_feed_records(store->database());
  if (!records) return a.fail(store_error(records.error()));
  a.report.sequence = state->sequence;

  // 1. The manifest, conditionally: unchanged costs one request answered 304.
  a.phase("manifest", "fetching " + source.where(manifest_file_name));
  bool conditional = !known.empty() && state->sequence > 0 && known_sequence == state->sequence;
  auto manifest = source.get(manifest_file_name, max_manifest_bytes, conditional ? &known : nullptr);
  if (!manifest) return a.fail(manifest.error());
  if (manifest->not_modified) {
    a.report.validators = known;
    return a.end(Outcome::up_to_date);
  }
  auto sig = source.get(signature_file_name, max_signature_bytes, nullptr);
  if (!sig) return a.fail(sig.error());

  // 2. Signature and key before the manifest is even parsed; then the sequence.
  auto sm = verify_manifest(manifest->body, sig->body, o.trusted);
  if (!sm) return a.fail(sm.error());
  const Manifest& m = sm->manifest;
  if (!o.feed_id.empty() && m.feed_id != o.feed_id)
    return a.fail(make_error(ErrorCode::invalid, "the feed is \"" + m.feed_id + "\", this kiosk takes \"" + o.feed_id + "\""));
  int64_t seq = int64_t(m.sequence);
  // A feed withdrawn by `kiosk-sync rollback` stays withdrawn until a newer one is published.
  const auto& withdrawn = records->withdrawn;
  const auto& current = records->current;
  bool same_as_withdrawn = withdrawn && withdrawn->manifest == manifest->body;
  bool same_as_current = current && seq == state->sequence && current->manifest == manifest->body;
  if (same_as_withdrawn || same_as_current) {
    a.report.validators = manifest->validators;
    return a.end(Outcome::up_to_date);
  }
  int64_t newest = std::max(state->sequence, withdrawn ? withdrawn->sequence : -1);
  if (seq < newest)
    return a.fail(make_error(ErrorCode::rollback, "the feed has sequence " + std::to_string(seq) +
                                                      ", lower than the applied " + std::to_string(newest) +
                                                      ": refused as a rollback (an old copy of the feed?)"));
  if (seq == newest)
    return a.fail(make_error(ErrorCode::rollback, "the feed has the applied sequence " + std::to_string(seq) +
                                                      " but other contents: refused (was it rebuilt without a new sequence?)"));
  a.phase("manifest", "sequence " + std::to_string(seq) + " (created " + m.created + "), signed by key " + sm->key_id);

  // 3. The blobs the kiosk lacks, each verified before it gets its name.
  std::vector<BlobRef> needed;
  uint64_t needed_bytes = 0;
  for (const auto& b : blobs_of(m))
    if (!have_blob(blobs, b)) {
      needed.push_back(b);
      needed_bytes += b.size;
    }
  if (needed_bytes > o.max_download_bytes)
    return a.fail(make_error(ErrorCode::too_large, "the feed needs " + std::to_string(needed_bytes) +
                                                       " bytes of new files, more than this kiosk's limit of " +
                                                       std::to_string(o.max_download_bytes)));
  for (size_t i = 0; i < needed.size(); ++i) {
    a.phase("downloading", "blob " + std::to_string(i + 1) + "/" + std::to_string(needed.size()) + " " +
                               needed[i].sha256.substr(0, 12) + " (" + std::to_string(needed[i].size) + " bytes)");
    if (auto s = fetch_blob(a, needed[i], blobs, partial); !s) return a.fail(s.error());
  }
  a.phase("staging", "checking the content document");
  if (auto s = sync_directory(blobs); !s) return a.fail(s.error());

  // 4. The content, validated exactly as a content folder would be.
  auto document = read_file(blob_path(o.data_dir, m.content.sha256), max_content_document_bytes);
  if (!document) return a.fail(document.error());
  auto content = check_content_document(*document, m, o.data_dir);
  if (!content) return a.fail(content.error());

  // 5. One transaction. The blobs are already in place and synced.
  std::vector<content::ImageBlob> images;
  for (const auto& i : m.images) images.push_back({i.path, i.blob.sha256, int64_t(i.blob.size)});
  content::ContentState new_state{seq, m.feed_id, m.created, content::utc_now_iso8601()};
  a.phase("transaction", "applying sequence " + std::to_string(seq));
  store->set_before_commit([&] { a.phase("transaction", "committing"); });
  auto applied = store->apply(*content, new_state, images, content::FeedRecord{seq, manifest->body, sig->body});
  if (!applied) return a.fail(store_error(applied.error()));
  a.report.sequence = seq;
  a.report.validators = manifest->validators;
  a.phase("committed", "applied sequence " + std::to_string(seq));

  // 6. Blobs of neither the current nor the previous feed go.
  if (auto now = content::read_feed_records(store->database())) {
    a.phase("cleanup", "removing unused blobs");
    a.report.blobs_removed = remove_unused(blobs, partial, blobs_of_records(*now));
  }
  return a.end(Outcome::applied);
}

Result<int64_t> roll_back(const ClientOptions& o) {
  auto store = content::Store::open(o.data_dir / store_file_name);
  if (!store) return store_error(store.error());
  auto records = content::read_feed_records(store->database());
  if (!records) return store_error(records.error());
  if (!records->previous)
    return make_error(ErrorCode::missing, "there is no previous feed to go back to (only one feed was applied, or "
                                          "the kiosk already went back)");
  // Checked again as if it were new: a key removed from the trusted list since then, or a damaged
  // blob, stops the rollback.
  const content::FeedRecord& p = *records->previous;
  auto sm = verify_manifest(p.manifest, p.signature, o.trusted);
  if (!sm) return make_error(sm.error().code, "the previous feed (sequence " + std::to_string(p.sequence) + "): " + sm.error().message);
  const Manifest& m = sm->manifest;
  for (const auto& b : blobs_of(m))
    if (auto s = check_blob_file(blob_path(o.data_dir, b.sha256), b); !s) return s.error();
  auto document = read_file(blob_path(o.data_dir, m.content.sha256), max_content_document_bytes);
  if (!document) return document.error();
  auto c = check_content_document(*document, m, o.data_dir);
  if (!c) return c.error();
  std::vector<content::ImageBlob> images;
  for (const auto& i : m.images) images.push_back({i.path, i.blob.sha256, int64_t(i.blob.size)});
  content::ContentState state{int64_t(m.sequence), m.feed_id, m.created, content::utc_now_iso8601()};
  if (auto s = store->roll_back(*c, state, images); !s) return store_error(s.error());
  return int64_t(m.sequence);
}

}  // namespace feed
