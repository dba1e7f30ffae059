// Where a kiosk gets a feed from: a web server (http://, https://) or a folder (file://, e.g. a
// USB stick). The client runs the same checks on both; a source only moves bytes, with limits.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "sync/result.hpp"

namespace feed {

// HTTP cache validators of the last manifest this kiosk handled completely.
struct Validators {
  std::string etag, last_modified;
  bool empty() const { return etag.empty() && last_modified.empty(); }
};

struct Fetched {
  bool not_modified = false;  // the server answered 304: nothing was transferred
  std::string body;
  Validators validators;
};

struct SourceOptions {
  std::string user_agent;
  int timeout_s = 30;  // to connect, and for a transfer that stalls
  std::string proxy;   // empty: the usual proxy environment variables
  std::string ca_file;  // https: also trust the CAs in this PEM file (verification itself stays on)
};

class Source {
 public:
  virtual ~Source() = default;
  // A small file of the feed (manifest.json, manifest.sig), at most max_bytes. With validators,
  // the request is conditional. ErrorCode::network for transport and server failures.
  virtual Result<Fetched> get(std::string_view name, size_t max_bytes, const Validators* conditional) = 0;
  // Appends the blob `name` to the file `part` until it holds `size` bytes, resuming after what
  // `part` already holds (HTTP Range). Never writes more than `size` bytes in all.
  virtual Status download(std::string_view name, const std::filesystem::path& part, uint64_t size) = 0;
  // For logs and errors: where `name` comes from.
  virtual std::string where(std::string_view name) const = 0;
  // Requests made so far (for logs and tests).
  virtual int requests() const = 0;
};

// file:///… opens a folder; http:// and https:// a web server (via libcurl). Anything else is
// ErrorCode::usage.
Result<std::unique_ptr<Source>> open_source(const std::string& url, const SourceOptions& options);

// Only the curl source; open_source uses it for http(s).
std::unique_ptr<Source> make_http_source(const std::string& base_url, const SourceOptions& options);

}  // namespace feed
