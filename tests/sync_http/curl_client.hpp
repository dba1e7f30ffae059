// A minimal libcurl client for tests of the test servers themselves: GET with extra headers, the
// response as it arrived, and whether curl had to open a new connection. One client reuses its
// connection across requests, as the sync client's handle will. (The sync client gets its own
// wrapper; this one keeps the helpers' tests independent of it.)
#pragma once

#include <string>
#include <vector>

struct CurlResponse {
  bool ok = false;           // the transfer completed (any HTTP status)
  bool partial = false;      // the connection closed before the whole body arrived
  std::string error;         // curl's message when !ok
  long status = 0;           // HTTP status of the last response head
  std::string head;          // the response head(s) as received
  std::string body;          // the body bytes received, even when cut short
  long new_connections = 0;  // 0 if a kept-alive connection carried the request
  long request_bytes = 0;    // the request as sent
};

class CurlClient {
 public:
  CurlClient();
  ~CurlClient();
  CurlClient(const CurlClient&) = delete;
  CurlClient& operator=(const CurlClient&) = delete;

  CurlResponse get(const std::string& url, const std::vector<std::string>& headers = {},
                   const std::string& user_agent = "kiosk-test");

 private:
  void* curl_;  // CURL*; curl.h stays in the .cpp
};
