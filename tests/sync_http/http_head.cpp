// Reading an HTTP/1.1 message head; see http_head.hpp.
#include "sync_http/http_head.hpp"

#include <strings.h>

#include <charconv>

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::string_view first_line(std::string_view head) {
  return head.substr(0, head.find("\r\n"));
}

int status_code(std::string_view head) {
  std::string_view line = first_line(head);
  if (line.substr(0, 5) != "HTTP/" || line.find(' ') == std::string_view::npos) return -1;
  std::string_view code = line.substr(line.find(' ') + 1, 3);
  int n = -1;
  auto [end, ec] = std::from_chars(code.data(), code.data() + code.size(), n);
  return ec == std::errc() && end == code.data() + 3 ? n : -1;
}

std::optional<std::string> header_value(std::string_view head, std::string_view name) {
  size_t pos = head.find("\r\n");
  while (pos != std::string_view::npos) {
    size_t start = pos + 2, end = head.find("\r\n", start);
    std::string_view line = head.substr(start, end == std::string_view::npos ? end : end - start);
    size_t colon = line.find(':');
    if (colon == name.size() && ::strncasecmp(line.data(), name.data(), name.size()) == 0)
      return std::string(trim(line.substr(colon + 1)));
    pos = end;
  }
  return std::nullopt;
}

std::optional<std::size_t> content_length(std::string_view head) {
  auto v = header_value(head, "Content-Length");
  std::size_t n = 0;
  if (!v || v->empty()) return std::nullopt;
  auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
  if (ec != std::errc() || end != v->data() + v->size()) return std::nullopt;
  return n;
}
