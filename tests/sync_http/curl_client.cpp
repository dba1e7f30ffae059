// A minimal libcurl client for the test-server tests; see curl_client.hpp.
#include "sync_http/curl_client.hpp"

#include <curl/curl.h>

namespace {

size_t append(char* data, size_t size, size_t count, void* out) {
  static_cast<std::string*>(out)->append(data, size * count);
  return size * count;
}

}  // namespace

CurlClient::CurlClient() : curl_(curl_easy_init()) {}

CurlClient::~CurlClient() {
  curl_easy_cleanup(curl_);
}

CurlResponse CurlClient::get(const std::string& url, const std::vector<std::string>& headers,
                             const std::string& user_agent) {
  CurlResponse r;
  CURL* c = curl_;
  char error[CURL_ERROR_SIZE] = "";
  curl_slist* list = nullptr;
  for (const std::string& h : headers) list = curl_slist_append(list, h.c_str());
  curl_easy_setopt(c, CURLOPT_URL, url.c_str());
  curl_easy_setopt(c, CURLOPT_HTTPHEADER, list);
  curl_easy_setopt(c, CURLOPT_USERAGENT, user_agent.c_str());
  curl_easy_setopt(c, CURLOPT_ERRORBUFFER, error);
  curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, 10000L);  // a broken server fails the test, not hangs it
  curl_easy_setopt(c, CURLOPT_NOPROXY, "*");        // never an http_proxy from the environment
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, append);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, &r.body);
  curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, append);
  curl_easy_setopt(c, CURLOPT_HEADERDATA, &r.head);
  CURLcode code = curl_easy_perform(c);
  r.ok = code == CURLE_OK;
  r.partial = code == CURLE_PARTIAL_FILE;
  r.error = r.ok ? "" : std::string(curl_easy_strerror(code)) + ": " + error;
  curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &r.status);
  curl_easy_getinfo(c, CURLINFO_NUM_CONNECTS, &r.new_connections);
  curl_easy_getinfo(c, CURLINFO_REQUEST_SIZE, &r.request_bytes);
  curl_easy_setopt(c, CURLOPT_HTTPHEADER, nullptr);
  curl_easy_setopt(c, CURLOPT_ERRORBUFFER, nullptr);
  curl_slist_free_all(list);
  return r;
}
