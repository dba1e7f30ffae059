// Publishing a built feed to a folder: a web server's document root or a mounted USB stick.
// Blobs are copied (each verified on the way, synced) before manifest.sig and then manifest.json
// are replaced by rename, so a reader never sees a manifest whose blobs are not all there. A feed
// already in DEST with a higher sequence, or the same sequence with other bytes, is never replaced.
// An unsigned feed (no manifest.sig: `kiosk-feed build --unsigned`) is refused. A feed whose
// manifest DEST already has but with another signature (signed again after a key rotation) only
// gets its new manifest.sig.
#pragma once

#include <filesystem>

#include "sync/feed_dir.hpp"
#include "sync/manifest.hpp"
#include "sync/result.hpp"

namespace feed {

struct PublishReport {
  Manifest manifest;
  size_t blobs_copied = 0, blobs_kept = 0;
  uint64_t bytes_copied = 0, bytes_kept = 0;
  bool already_published = false;   // DEST had these exact manifest bytes
  bool signature_replaced = false;  // ... with another manifest.sig, now replaced by OUT's
};

Result<PublishReport> publish_feed(const std::filesystem::path& out, const std::filesystem::path& dest,
                                   const Progress& progress = {});

}  // namespace feed
