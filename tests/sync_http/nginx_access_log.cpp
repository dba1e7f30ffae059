// The test nginx's access log format and parser; see nginx_access_log.hpp.
#include "sync_http/nginx_access_log.hpp"

#include <charconv>

const char* const access_log_format =
    "'$request\\t$status\\t$bytes_sent\\t$body_bytes_sent\\t$request_length\\t"
    "$http_range\\t$http_user_agent\\t$connection'";

namespace {

// Undoes nginx's \xHH escapes; "-" is how nginx writes an empty value.
std::string unescape(std::string_view s) {
  if (s == "-") return "";
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned value = 0;
    if (s[i] == '\\' && i + 3 < s.size() && s[i + 1] == 'x' &&
        std::from_chars(s.data() + i + 2, s.data() + i + 4, value, 16).ptr == s.data() + i + 4) {
      out += static_cast<char>(value);
      i += 3;
    } else {
      out += s[i];
    }
  }
  return out;
}

template <class Number>
Number number(std::string_view s) {
  Number n{};
  std::from_chars(s.data(), s.data() + s.size(), n);
  return n;
}

std::vector<std::string_view> split(std::string_view line, char sep) {
  std::vector<std::string_view> parts;
  for (size_t start = 0;;) {
    size_t end = line.find(sep, start);
    parts.push_back(line.substr(start, end == std::string_view::npos ? end : end - start));
    if (end == std::string_view::npos) return parts;
    start = end + 1;
  }
}

}  // namespace

std::vector<AccessLogEntry> parse_access_log(std::string_view text) {
  std::vector<AccessLogEntry> entries;
  for (size_t start = 0, end; (end = text.find('\n', start)) != std::string_view::npos; start = end + 1) {
    auto f = split(text.substr(start, end - start), '\t');
    if (f.size() != 8) continue;
    entries.push_back({unescape(f[0]), number<int>(f[1]), number<size_t>(f[2]), number<size_t>(f[3]),
                       number<size_t>(f[4]), unescape(f[5]), unescape(f[6]), number<std::uint64_t>(f[7])});
  }
  return entries;
}
