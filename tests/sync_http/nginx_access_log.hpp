// The access log of the test nginx: one tab-separated line per request, in the format below, and
// its parsed form. nginx escapes tabs, quotes, backslashes and non-ASCII bytes in values as \xHH,
// so a tab always separates fields; parsing undoes the escapes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

struct AccessLogEntry {
  std::string request;              // the request line: "GET /blobs/ab12 HTTP/1.1"
  int status = 0;                   // 499 if the client went away first
  std::size_t bytes_sent = 0;       // the whole response on the wire, head included
  std::size_t body_bytes_sent = 0;  // the body part of bytes_sent
  std::size_t request_length = 0;   // request line, headers and body as received
  std::string range;                // the Range header, "" if none
  std::string user_agent;           // the User-Agent header, "" if none
  std::uint64_t connection = 0;     // nginx's serial number of the connection: same on keep-alive
};

// The nginx `log_format` string (in single quotes, ready for nginx.conf) for these fields.
extern const char* const access_log_format;

// Parses the log text. A last line without its newline (nginx is writing it) is left out, and so
// is any line with the wrong number of fields.
std::vector<AccessLogEntry> parse_access_log(std::string_view text);
