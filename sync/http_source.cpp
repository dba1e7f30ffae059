// The feed over HTTP(S) with libcurl: the only file that includes curl. One easy handle per
// source, so requests reuse the connection. TLS verification stays on (curl's default), only
// http and https are allowed (also after redirects; a feed on https follows only https), and
// every transfer is bounded in size and time, so a broken or hostile server cannot fill the disk
// or hang the sync.
#include <curl/curl.h>

#include <algorithm>
#include <mutex>

#include "sync/files.hpp"
#include "sync/source.hpp"

namespace feed {
namespace {

std::string trimmed(std::string_view s) {
  while (!s.empty() && (s.back() == '\r' || s.back() == '\n' || s.back() == ' ')) s.remove_suffix(1);
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  return std::string(s);
}

bool header_is(std::string_view line, std::string_view name) {
  if (line.size() <= name.size() || line[name.size()] != ':') return false;
  return std::equal(name.begin(), name.end(), line.begin(),
                    [](char a, char b) { return std::tolower((unsigned char)a) == std::tolower((unsigned char)b); });
}

// What one transfer collects; the write callbacks decide what to keep.
struct Transfer {
  CURL* curl = nullptr;
  Validators validators;
  // get(): the body, bounded
  std::string body;
  size_t max_bytes = 0;
  // download(): appended to a file, bounded by the blob's size
  AppendFile* part = nullptr;
  uint64_t limit = 0;
  bool checked_status = false;
  std::string location;  // the last response's Location header: where a refused redirect led
  // Why the write callback stopped the transfer, if it did.
  std::optional<Error> stopped;

  long status() const {
    long code = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &code);
    return code;
  }
};

size_t on_header(char* data, size_t size, size_t n, void* user) {
  auto* t = static_cast<Transfer*>(user);
  std::string_view line(data, size * n);
  if (line.starts_with("HTTP/")) t->validators = {}, t->location.clear();  // a new response (after a redirect)
  if (header_is(line, "location")) t->location = trimmed(line.substr(9));
  if (header_is(line, "etag")) t->validators.etag = trimmed(line.substr(5));
  if (header_is(line, "last-modified")) t->validators.last_modified = trimmed(line.substr(14));
  return size * n;
}

size_t on_body(char* data, size_t size, size_t n, void* user) {
  auto* t = static_cast<Transfer*>(user);
  size_t len = size * n;
  if (t->status() != 200) return len;  // an error page: read and dropped
  if (t->body.size() + len > t->max_bytes) {
    t->stopped = make_error(ErrorCode::too_large, "larger than " + std::to_string(t->max_bytes) + " bytes");
    return 0;
  }
  t->body.append(data, len);
  return len;
}

size_t on_blob(char* data, size_t size, size_t n, void* user) {
  auto* t = static_cast<Transfer*>(user);
  size_t len = size * n;
  long code = t->status();
  if (code != 200 && code != 206) return len;  // an error page: never written into the blob
  if (!t->checked_status) {
    t->checked_status = true;
    if (code == 200 && t->part->size() > 0) {  // the server ignored Range: start over
      if (auto s = t->part->truncate(); !s) {
        t->stopped = s.error();
        return 0;
      }
    }
  }
  if (t->part->size() + len > t->limit) {
    t->stopped = make_error(ErrorCode::corrupt, "the server sent more than the manifest's " + std::to_string(t->limit) + " bytes");
    return 0;
  }
  if (auto s = t->part->append({data, len}); !s) {
    t->stopped = s.error();
    return 0;
  }
  return len;
}

class HttpSource : public Source {
 public:
  HttpSource(std::string base, const SourceOptions& o) : base_(std::move(base)) {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    if (!base_.ends_with('/')) base_ += '/';
    curl_ = curl_easy_init();
    curl_easy_setopt(curl_, CURLOPT_USERAGENT, o.user_agent.c_str());
    curl_easy_setopt(curl_, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl_, CURLOPT_CONNECTTIMEOUT, long(o.timeout_s));
    curl_easy_setopt(curl_, CURLOPT_LOW_SPEED_LIMIT, 1L);  // a transfer that stalls this long fails
    curl_easy_setopt(curl_, CURLOPT_LOW_SPEED_TIME, long(o.timeout_s));
    curl_easy_setopt(curl_, CURLOPT_PROTOCOLS_STR, "http,https");
    // A feed on https follows redirects to https only: one to http would drop TLS.
    curl_easy_setopt(curl_, CURLOPT_REDIR_PROTOCOLS_STR, base_.starts_with("https:") ? "https" : "http,https");
    curl_easy_setopt(curl_, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(curl_, CURLOPT_MAXREDIRS, 3L);
    curl_easy_setopt(curl_, CURLOPT_ERRORBUFFER, error_);
    curl_easy_setopt(curl_, CURLOPT_HEADERFUNCTION, on_header);
    if (!o.proxy.empty()) curl_easy_setopt(curl_, CURLOPT_PROXY, o.proxy.c_str());
    // Replaces curl's CA bundle; Debian's curl still reads /etc/ssl/certs as its CA path.
    if (!o.ca_file.empty()) curl_easy_setopt(curl_, CURLOPT_CAINFO, o.ca_file.c_str());
  }
  ~HttpSource() override { curl_easy_cleanup(curl_); }

  Result<Fetched> get(std::string_view name, size_t max_bytes, const Validators* conditional) override {
    Transfer t;
    t.max_bytes = max_bytes;
    curl_slist* headers = nullptr;
    if (conditional && !conditional->etag.empty())
      headers = curl_slist_append(headers, ("If-None-Match: " + conditional->etag).c_str());
    if (conditional && !conditional->last_modified.empty())
      headers = curl_slist_append(headers, ("If-Modified-Since: " + conditional->last_modified).c_str());
    curl_easy_setopt(curl_, CURLOPT_RANGE, nullptr);
    curl_easy_setopt(curl_, CURLOPT_WRITEFUNCTION, on_body);
    auto result = perform(t, name, headers);
    curl_slist_free_all(headers);
    if (!result) return result.error();
    long code = t.status();
    if (code == 304 && conditional) return Fetched{true, {}, conditional ? *conditional : Validators{}};
    if (code != 200) return status_error(name, code);
    return Fetched{false, std::move(t.body), std::move(t.validators)};
  }

  Status download(std::string_view name, const std::filesystem::path& part_path, uint64_t size) override {
    auto part = AppendFile::open(part_path);
    if (!part) return part.error();
    if (part->size() >= size) return Ok{};
    Transfer t;
    t.part = &*part;
    t.limit = size;
    std::string range = part->size() > 0 ? std::to_string(part->size()) + "-" : "";
    curl_easy_setopt(curl_, CURLOPT_RANGE, range.empty() ? nullptr : range.c_str());
    curl_easy_setopt(curl_, CURLOPT_WRITEFUNCTION, on_blob);
    auto result = perform(t, name, nullptr);
    curl_easy_setopt(curl_, CURLOPT_RANGE, nullptr);
    if (!result) return result;
    long code = t.status();
    if (code == 416) {  // our partial file does not fit the server's: start over next time
      (void)part->truncate();
      return make_error(ErrorCode::network, where(name) + ": the server refused to resume (HTTP 416); starting over next time");
    }
    if (code != 200 && code != 206) return status_error(name, code);
    return Ok{};
  }

  std::string where(std::string_view name) const override { return base_ + std::string(name); }
  int requests() const override { return requests_; }

 private:
  Status perform(Transfer& t, std::string_view name, curl_slist* headers) {
    ++requests_;
    t.curl = curl_;
    std::string url = where(name);
    error_[0] = 0;
    curl_easy_setopt(curl_, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl_, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl_, CURLOPT_WRITEDATA, &t);
    curl_easy_setopt(curl_, CURLOPT_HEADERDATA, &t);
    CURLcode rc = curl_easy_perform(curl_);
    curl_easy_setopt(curl_, CURLOPT_HTTPHEADER, nullptr);
    if (t.stopped) {
      Error e = *t.stopped;
      e.message = url + ": " + e.message;
      return e;
    }
    if (rc != CURLE_OK) {
      std::string why = error_[0] ? error_ : curl_easy_strerror(rc);
      if (rc == CURLE_PARTIAL_FILE || rc == CURLE_RECV_ERROR) why += " (the connection was cut; the download resumes)";
      if (rc == CURLE_UNSUPPORTED_PROTOCOL && !t.location.empty())
        why = "the server redirected to " + t.location + ", which this feed may not follow: " + why +
              (base_.starts_with("https:") ? " (a feed on https stays on https)" : "");
      return make_error(ErrorCode::network, url + ": " + trimmed(why));
    }
    return Ok{};
  }

  Error status_error(std::string_view name, long code) const {
    std::string url = where(name);
    if (code == 404) return make_error(ErrorCode::missing, url + ": not on the server (HTTP 404)");
    return make_error(ErrorCode::network, url + ": the server answered HTTP " + std::to_string(code));
  }

  std::string base_;
  CURL* curl_;
  char error_[CURL_ERROR_SIZE] = {};
  int requests_ = 0;
};

}  // namespace

std::unique_ptr<Source> make_http_source(const std::string& base_url, const SourceOptions& options) {
  return std::make_unique<HttpSource>(base_url, options);
}

}  // namespace feed
