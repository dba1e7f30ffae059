// Reading an HTTP/1.1 message head (request or response, through the blank line) as text: the
// first line, the status code, a header's value. Enough for the test proxy and raw-socket tests;
// no folding, no validation.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

// "GET /a HTTP/1.1" or "HTTP/1.1 200 OK": the head up to its first CRLF.
std::string_view first_line(std::string_view head);

// The status code of a response head; -1 if the first line is not "HTTP/x.y NNN ...".
int status_code(std::string_view head);

// The value of the first header called `name` (case-insensitive), without surrounding blanks.
std::optional<std::string> header_value(std::string_view head, std::string_view name);

// Content-Length as a number; nullopt if absent or not a number.
std::optional<std::size_t> content_length(std::string_view head);
