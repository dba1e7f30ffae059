// Reads one JSON object field by field, recording every problem (missing, wrong type, out of
// range, unknown key) with its JSON pointer instead of stopping at the first. Internal to the
// content library's parsers.
#pragma once

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "content/issues.hpp"
#include "content/model.hpp"

namespace content {

using Json = nlohmann::json;

inline constexpr size_t max_text_bytes = 4000;
inline constexpr size_t max_name_bytes = 200;

struct ParseContext {
  std::string file;
  Issues& issues;
};

class ObjectReader {
 public:
  ObjectReader(const Json& value, std::string path, ParseContext& ctx);
  bool ok() const { return ok_; }
  const std::string& path() const { return path_; }
  ParseContext& ctx() { return ctx_; }

  std::string string(std::string_view key, bool required, size_t max_bytes = max_name_bytes);
  std::string id(std::string_view key);  // required, [a-z0-9-]{1,64}
  std::string choice(std::string_view key, std::initializer_list<std::string_view> allowed, bool required,
                     std::string_view fallback = {});
  std::string url(std::string_view key);  // optional http(s) URL
  Text text(std::string_view key, bool required);
  PartialDate date(std::string_view key, bool required);
  double number(std::string_view key, double min, double max, std::string_view what);
  int integer(std::string_view key, int min, int max);
  std::vector<std::string> strings(std::string_view key);
  GoalLinks goals();  // "goals" and "goals_basis"

  // Calls each(element, element_path) for every element of an optional or required array.
  template <class F>
  void array(std::string_view key, bool required, F each) {
    const Json* a = get(key, required, Json::value_t::array, "an array");
    if (!a) return;
    for (size_t i = 0; i < a->size(); ++i) each((*a)[i], path_ + "/" + std::string(key) + "/" + std::to_string(i));
  }

  const Json* get(std::string_view key, bool required, Json::value_t type, std::string_view type_name);
  void error(std::string_view key, std::string message);
  void finish();  // reports keys nobody asked for (almost always typos)

 private:
  const Json& value_;
  std::string path_;
  ParseContext& ctx_;
  bool ok_ = true;
  std::vector<std::string> seen_;
};

bool is_valid_id(std::string_view s);
bool is_country_code(std::string_view s);
std::string_view json_type_name(const Json& j);

}  // namespace content
