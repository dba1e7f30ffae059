// Verifying a feed folder as a kiosk would before applying it: the signature by a trusted key,
// then every blob (present, right size, right SHA-256), then the content document (parses,
// validates, and uses exactly the images the manifest lists). The pieces are separate so the
// client can run them on what it downloads.
#pragma once

#include <filesystem>
#include <span>
#include <string>
#include <string_view>

#include "content/model.hpp"
#include "sync/feed_dir.hpp"
#include "sync/keys.hpp"
#include "sync/manifest.hpp"
#include "sync/result.hpp"
#include "sync/signature.hpp"

namespace feed {

// missing (no file), corrupt (wrong size: truncated or padded; wrong SHA-256).
Status check_blob_file(const std::filesystem::path& path, const BlobRef& blob);

// Parses and validates the content document; every image it refers to must be in the manifest
// (probed from the blob in `blobs_dir`) and every manifest image must be used. ErrorCode::content
// lists every problem.
Result<content::Content> check_content_document(std::string_view document, const Manifest& m,
                                                const std::filesystem::path& feed_dir);

struct VerifiedFeed {
  SignedManifest signed_manifest;
  std::string manifest_bytes;
  content::Content content;
};

Result<VerifiedFeed> verify_feed_dir(const std::filesystem::path& dir, std::span<const PublicKey> trusted,
                                     const Progress& progress = {});

}  // namespace feed
