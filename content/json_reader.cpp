// Field-by-field JSON object reading with complete error reporting.
#include "content/json_reader.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "content/utf8.hpp"

namespace content {

bool is_valid_id(std::string_view s) {
  if (s.empty() || s.size() > 64) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

bool is_country_code(std::string_view s) {
  return s.size() == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z';
}

std::string_view json_type_name(const Json& j) {
  if (j.is_number()) return "a number";
  if (j.is_string()) return "a string";
  if (j.is_boolean()) return "true/false";
  if (j.is_null()) return "null";
  if (j.is_array()) return "an array";
  return "an object";
}

ObjectReader::ObjectReader(const Json& value, std::string path, ParseContext& ctx)
    : value_(value), path_(std::move(path)), ctx_(ctx) {
  if (!value_.is_object()) {
    ctx_.issues.error(ctx_.file, path_, "expected an object, found " + std::string(json_type_name(value_)));
    ok_ = false;
  }
}

void ObjectReader::error(std::string_view key, std::string message) {
  ctx_.issues.error(ctx_.file, key.empty() ? path_ : path_ + "/" + std::string(key), std::move(message));
}

const Json* ObjectReader::get(std::string_view key, bool required, Json::value_t type, std::string_view type_name) {
  if (!ok_) return nullptr;
  seen_.emplace_back(key);
  auto it = value_.find(key);
  if (it == value_.end() || it->is_null()) {
    if (required) error(key, "missing (required)");
    return nullptr;
  }
  bool matches = it->type() == type || (type == Json::value_t::number_float && it->is_number());
  if (!matches) {
    error(key, "expected " + std::string(type_name) + ", found " + std::string(json_type_name(*it)));
    return nullptr;
  }
  return &*it;
}

std::string ObjectReader::string(std::string_view key, bool required, size_t max_bytes) {
  const Json* j = get(key, required, Json::value_t::string, "a string");
  if (!j) return {};
  std::string s = j->get<std::string>();
  if (required && s.empty()) error(key, "is empty");
  if (s.size() > max_bytes)
    error(key, "is " + std::to_string(s.size()) + " bytes long; at most " + std::to_string(max_bytes) + " allowed");
  // The JSON parser has refused ill-formed UTF-8 already; escapes such as \u0000 it lets through.
  size_t at = 0;
  if (int c = first_control_char(s, at); c >= 0) {
    char code[16];
    std::snprintf(code, sizeof code, "U+%04X", unsigned(c));
    error(key, "contains the control character " + std::string(code) + " at byte " + std::to_string(at) +
                   " (only line breaks and tabs are allowed)");
  }
  return s;
}

std::string ObjectReader::id(std::string_view key) {
  std::string s = string(key, true, 1000);
  if (!s.empty() && !is_valid_id(s))
    error(key, "\"" + s + "\" is not a valid id (use 1 to 64 of a-z, 0-9 and -)");
  return s;
}

std::string ObjectReader::choice(std::string_view key, std::initializer_list<std::string_view> allowed, bool required,
                                 std::string_view fallback) {
  std::string s = string(key, required);
  if (s.empty()) return std::string(fallback);
  if (std::find(allowed.begin(), allowed.end(), s) == allowed.end()) {
    std::string list;
    for (auto a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
    error(key, "\"" + s + "\" is not one of: " + list);
  }
  return s;
}

std::string ObjectReader::url(std::string_view key) {
  std::string s = string(key, false, 2000);
  if (s.empty()) return s;
  bool scheme = s.starts_with("https://") || s.starts_with("http://");
  bool spaces = s.find_first_of(" \t\n\"<>") != std::string::npos;
  if (!scheme || spaces || s.size() < 12) error(key, "\"" + s + "\" is not a web address (https://...)");
  return s;
}

Text ObjectReader::text(std::string_view key, bool required) {
  Text t;
  const Json* j = get(key, required, Json::value_t::object, "a text object {\"nl\", \"en\", \"de\"}");
  if (!j) return t;
  ObjectReader r(*j, path_ + "/" + std::string(key), ctx_);
  for (Lang l : all_langs) t.at(l) = r.string(lang_code(l), false, max_text_bytes);
  r.finish();
  if (t.nl.empty()) r.error("nl", "Dutch text is missing or empty (Dutch is required)");
  if (!t.nl.empty()) {
    if (t.en.empty()) ctx_.issues.warning(ctx_.file, r.path() + "/en", "English translation missing (falls back to Dutch)");
    if (t.de.empty()) ctx_.issues.warning(ctx_.file, r.path() + "/de", "German translation missing (falls back to English)");
  }
  return t;
}

PartialDate ObjectReader::date(std::string_view key, bool required) {
  std::string s = string(key, required);
  if (s.empty()) return {};
  auto d = PartialDate::parse(s);
  if (!d) {
    error(key, "\"" + s + "\" is not a date (YYYY, YYYY-MM, YYYY-MM-DD, or YYYY-early/mid/late/spring/summer/autumn/winter)");
    return {};
  }
  return *d;
}

double ObjectReader::number(std::string_view key, double min, double max, std::string_view what) {
  const Json* j = get(key, true, Json::value_t::number_float, "a number");
  if (!j) return 0;
  double v = j->get<double>();
  if (!std::isfinite(v) || v < min || v > max) {
    char buf[160];
    snprintf(buf, sizeof buf, "%g is not %.*s (must be between %g and %g)", v, int(what.size()), what.data(), min, max);
    error(key, buf);
  }
  return v;
}

int ObjectReader::integer(std::string_view key, int min, int max) {
  const Json* j = get(key, true, Json::value_t::number_float, "a whole number");
  if (!j) return 0;
  if (!j->is_number_integer() || j->get<long long>() < min || j->get<long long>() > max) {
    error(key, j->dump() + " is not a whole number from " + std::to_string(min) + " to " + std::to_string(max));
    return 0;
  }
  return j->get<int>();
}

std::vector<std::string> ObjectReader::strings(std::string_view key) {
  std::vector<std::string> out;
  array(key, false, [&](const Json& e, const std::string& p) {
    if (!e.is_string()) {
      ctx_.issues.error(ctx_.file, p, "expected a string, found " + std::string(json_type_name(e)));
      return;
    }
    out.push_back(e.get<std::string>());
    if (out.back().size() > max_name_bytes) {  // ids and country codes: short, and quoted in errors
      ctx_.issues.error(ctx_.file, p, "is " + std::to_string(out.back().size()) + " bytes long; at most " +
                                          std::to_string(max_name_bytes) + " allowed");
      out.back() = valid_utf8(std::string_view(out.back()).substr(0, max_name_bytes));  // cut, still UTF-8
    }
  });
  return out;
}

GoalLinks ObjectReader::goals() {
  GoalLinks g;
  array("goals", false, [&](const Json& e, const std::string& p) {
    if (!e.is_number_integer() || e.get<long long>() < 1 || e.get<long long>() > goal_count) {
      ctx_.issues.error(ctx_.file, p, e.dump() + " is not a Global Goal number (1 to 17)");
      return;
    }
    g.goals.push_back(e.get<int>());
  });
  g.basis = choice("goals_basis", {"note", "editorial"}, false);
  if (!g.goals.empty() && g.basis.empty())
    error("goals_basis", "missing: say whether the goals come from the source (\"note\") or an editor (\"editorial\")");
  return g;
}

void ObjectReader::finish() {
  if (!ok_) return;
  for (auto it = value_.begin(); it != value_.end(); ++it) {
    if (std::find(seen_.begin(), seen_.end(), it.key()) == seen_.end())
      error(it.key(), "unknown field \"" + it.key() + "\" (a typo?)");
  }
}

}  // namespace content
