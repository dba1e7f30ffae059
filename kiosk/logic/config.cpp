// TOML config parsing with toml++ (Debian's libtomlplusplus-dev); the only file that includes it.
#include "kiosk/logic/config.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <toml++/toml.h>

namespace kiosk {
namespace {

using content::Error;
using content::ErrorCode;

// Sections other programs read from the same file; the kiosk leaves them alone.
const std::set<std::string> other_sections = {};

struct Reader {
  const std::string& file;
  std::string error;

  std::string where(const toml::node& n) const {
    return file + ":" + std::to_string(n.source().begin.line) + ": ";
  }
  void fail(const toml::node& n, const std::string& what) {
    if (error.empty()) error = where(n) + what;
  }
  void check_keys(const toml::table& t, std::string_view section, std::initializer_list<std::string_view> keys) {
    for (const auto& [k, v] : t) {
      bool known = false;
      for (auto key : keys) known = known || k.str() == key;
      if (!known) fail(v, "unknown key \"" + std::string(k.str()) + "\" in [" + std::string(section) + "] (a typo?)");
    }
  }
  template <class T>
  std::optional<T> get(const toml::table& t, std::string_view key, std::string_view type_name) {
    const toml::node* n = t.get(key);
    if (!n) return std::nullopt;
    if (auto v = n->value<T>()) return *v;
    fail(*n, std::string(key) + " must be " + std::string(type_name));
    return std::nullopt;
  }
  void string(const toml::table& t, std::string_view key, std::string& out) {
    if (auto v = get<std::string>(t, key, "a string")) out = *v;
  }
  void integer(const toml::table& t, std::string_view key, int& out, int min, int max) {
    const toml::node* n = t.get(key);
    auto v = get<int64_t>(t, key, "a whole number");
    if (!v) return;
    if (*v < min || *v > max) {
      fail(*n, std::string(key) + " = " + std::to_string(*v) + " is out of range (" + std::to_string(min) + " to " +
                   std::to_string(max) + ")");
      return;
    }
    out = int(*v);
  }
  std::optional<double> number(const toml::table& t, std::string_view key, double min, double max) {
    const toml::node* n = t.get(key);
    if (!n) return std::nullopt;
    std::optional<double> v = n->value<double>();  // integers convert too
    if (!v || *v < min || *v > max) {
      fail(*n, std::string(key) + " must be a number from " + std::to_string(int(min)) + " to " + std::to_string(int(max)));
      return std::nullopt;
    }
    return v;
  }
};

void read_sync(Reader& r, const toml::table& t, SyncSettings& s) {
  r.check_keys(t, "sync", {"feed", "trusted_keys", "feed_id", "poll_interval_s", "timeout_s", "retries",
                           "retry_delay_s", "proxy", "max_download_mb", "ca_file"});
  r.string(t, "feed", s.feed);
  if (const toml::node* n = t.get("feed"); n && !s.feed.empty()) {
    bool known = s.feed.starts_with("https://") || s.feed.starts_with("http://") || s.feed.starts_with("file:///");
    if (!known) r.fail(*n, "feed must start with https://, http:// or file:/// (got \"" + s.feed + "\")");
  }
  if (const toml::node* n = t.get("trusted_keys")) {
    const toml::array* a = n->as_array();
    if (!a) r.fail(*n, "trusted_keys must be a list of strings, e.g. [\"ed25519:...\"]");
    for (size_t i = 0; a && i < a->size(); ++i) {
      if (auto v = (*a)[i].value<std::string>()) s.trusted_keys.push_back(*v);
      else r.fail((*a)[i], "trusted_keys must hold strings (each a feed-signing.pub line)");
    }
  }
  r.string(t, "feed_id", s.feed_id);
  r.integer(t, "poll_interval_s", s.poll_interval_s, 10, 7 * 24 * 3600);
  r.integer(t, "timeout_s", s.timeout_s, 1, 600);
  r.integer(t, "retries", s.retries, 0, 10);
  if (auto d = r.number(t, "retry_delay_s", 0, 3600)) s.retry_delay_s = *d;
  r.string(t, "proxy", s.proxy);
  r.string(t, "ca_file", s.ca_file);
  if (const toml::node* n = t.get("ca_file"); n && !s.ca_file.empty() && !s.ca_file.starts_with("/"))
    r.fail(*n, "ca_file must be an absolute path (e.g. /etc/deventer-kiosk/feed-ca.pem)");
  r.integer(t, "max_download_mb", s.max_download_mb, 1, 64 * 1024);
}

void read_admin(Reader& r, const toml::table& t, AdminSettings& a) {
  r.check_keys(t, "admin", {"pin_hash", "usb_glob", "tasks"});
  r.string(t, "tasks", a.tasks);
  if (const toml::node* n = t.get("tasks"); n && a.tasks != "child" && a.tasks != "systemd")
    r.fail(*n, "tasks must be \"child\" (kiosk-sync runs as the kiosk's child) or \"systemd\" (kiosk-admin-request.path runs it)");
  r.string(t, "pin_hash", a.pin_hash);
  if (const toml::node* n = t.get("pin_hash"); n && !a.pin_hash.empty() && !a.pin_hash.starts_with("$argon2id$"))
    r.fail(*n, "pin_hash must be the \"$argon2id$...\" text that `deventer-kiosk --hash-pin` prints, never the PIN");
  if (const toml::node* n = t.get("usb_glob")) {
    a.usb_globs.clear();
    if (auto one = n->value<std::string>()) a.usb_globs.push_back(*one);
    else if (const toml::array* list = n->as_array(); list && !list->empty())
      for (size_t i = 0; i < list->size(); ++i) {
        if (auto v = (*list)[i].value<std::string>()) a.usb_globs.push_back(*v);
        else r.fail((*list)[i], "usb_glob must hold strings, e.g. \"/media/*/kiosk-feed\"");
      }
    else r.fail(*n, "usb_glob must be a pattern or a list of patterns, e.g. [\"/media/*/kiosk-feed\"]");
  }
}

// [opening_hours]: all seven days ("09:00-17:30", "09:00-12:00, 13:00-17:00" or "closed"),
// closed_dates = ["YYYY-MM-DD", ...], special = { "YYYY-MM-DD" = "09:00-14:00" }, wake_on_touch.
void read_opening_hours(Reader& r, const toml::table& t, const toml::node& section, OpeningHours& h) {
  r.check_keys(t, "opening_hours", {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                    "closed_dates", "special", "wake_on_touch"});
  auto day_hours = [&](const toml::node& n, const std::string& what) -> std::optional<DayHours> {
    std::string error;
    auto text = n.value<std::string>();
    if (!text) r.fail(n, what + " must be a string such as \"09:00-17:30\" or \"closed\"");
    else if (auto parsed = parse_day_hours(*text, error)) return parsed;
    else r.fail(n, what + ": " + error);
    return std::nullopt;
  };
  std::string missing;
  for (size_t d = 0; d < 7; ++d) {
    if (const toml::node* n = t.get(weekday_keys[d])) {
      if (auto hours = day_hours(*n, weekday_keys[d])) h.weekly[d] = *hours;
    } else {
      missing += std::string(missing.empty() ? "" : ", ") + weekday_keys[d];
    }
  }
  if (!missing.empty())
    r.fail(section, "[opening_hours] needs all seven days (missing: " + missing + "); write \"closed\" for a closed day");
  auto date_of = [&](const toml::node& n, std::string_view text) -> std::optional<int> {
    auto date = parse_date(text);
    if (!date) r.fail(n, "\"" + std::string(text) + "\" is not a date: expected \"YYYY-MM-DD\", e.g. \"2026-12-25\"");
    return date;
  };
  if (const toml::node* n = t.get("closed_dates")) {
    const toml::array* a = n->as_array();
    if (!a) r.fail(*n, "closed_dates must be a list of dates, e.g. [\"2026-12-25\", \"2026-12-26\"]");
    for (size_t i = 0; a && i < a->size(); ++i) {
      const toml::node& e = (*a)[i];
      std::optional<int> date;
      if (auto s = e.value<std::string>()) date = date_of(e, *s);
      else if (auto d = e.value<toml::date>()) date = date_of(e, (std::ostringstream() << *d).str());
      else r.fail(e, "closed_dates must hold dates such as \"2026-12-25\"");
      if (date) h.dates[*date] = {};
    }
  }
  if (const toml::node* n = t.get("special")) {
    const toml::table* special = n->as_table();
    if (!special) r.fail(*n, "special must be a table of dates, e.g. { \"2026-12-24\" = \"09:00-14:00\" }");
    if (special)
      for (const auto& [k, v] : *special) {
        std::string key(k.str());
        auto date = date_of(v, key);
        auto hours = day_hours(v, "special \"" + key + "\"");
        if (date && h.dates.count(*date)) r.fail(v, "special \"" + key + "\" is also in closed_dates");
        else if (date && hours) h.dates[*date] = *hours;
      }
  }
  if (const toml::node* n = t.get("wake_on_touch")) {
    if (auto b = n->value<bool>()) h.wake_on_touch = *b;
    else r.fail(*n, "wake_on_touch must be true or false");
  }
}

}  // namespace

content::Result<Config> parse_config(std::string_view text, const std::string& name) {
  toml::table root;
  try {
    root = toml::parse(text, name);  // Debian's toml++ is built with exceptions
  } catch (const toml::parse_error& e) {
    return Error{ErrorCode::parse, name + ":" + std::to_string(e.source().begin.line) + ": not valid TOML: " +
                                       std::string(e.description())};
  }
  Config c;
  Reader r{name, {}};
  for (const auto& [k, v] : root) {
    std::string key(k.str());
    if (!v.is_table()) {
      r.fail(v, "\"" + key + "\" must be inside a section such as [kiosk]");
      continue;
    }
    const toml::table& t = *v.as_table();
    if (key == "kiosk") {
      r.check_keys(t, key, {"id", "data_dir", "content_dir", "map_dir", "font_dir"});
      r.string(t, "id", c.kiosk_id);
      r.string(t, "data_dir", c.data_dir);
      r.string(t, "content_dir", c.content_dir);
      r.string(t, "map_dir", c.map_dir);
      r.string(t, "font_dir", c.font_dir);
    } else if (key == "idle") {
      r.check_keys(t, key, {"warning_s", "countdown_s"});
      r.integer(t, "warning_s", c.idle_warning_s, 10, 3600);
      r.integer(t, "countdown_s", c.idle_countdown_s, 3, 120);
    } else if (key == "location") {
      r.check_keys(t, key, {"name", "lat", "lon"});
      Location loc;
      r.string(t, "name", loc.name);
      auto lat = r.number(t, "lat", -90, 90), lon = r.number(t, "lon", -180, 180);
      if (!t.get("lat") || !t.get("lon")) r.fail(v, "[location] needs both lat and lon");
      if (lat && lon) c.location = Location{loc.name, *lat, *lon};
    } else if (key == "display") {
      r.check_keys(t, key, {"rotation", "diagonal_inch"});
      r.integer(t, "rotation", c.rotation_deg, 0, 270);
      if (c.rotation_deg % 90 != 0) r.fail(*t.get("rotation"), "rotation must be 0, 90, 180 or 270");
      if (auto d = r.number(t, "diagonal_inch", 5, 120)) c.diagonal_inch = *d;
    } else if (key == "sync") {
      read_sync(r, t, c.sync);
    } else if (key == "admin") {
      read_admin(r, t, c.admin);
    } else if (key == "opening_hours") {
      read_opening_hours(r, t, v, c.opening_hours.emplace());
    } else if (!other_sections.count(key)) {
      r.fail(v, "unknown section [" + key + "] (a typo?)");
    }
  }
  if (!r.error.empty()) return Error{ErrorCode::invalid, r.error};
  return c;
}

std::string default_data_dir() {
  if (const char* s = std::getenv("XDG_STATE_HOME"); s && *s) return std::string(s) + "/deventer-kiosk";
  if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.local/state/deventer-kiosk";
  return "/var/lib/deventer-kiosk";
}

content::Result<Config> load_config(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{ErrorCode::io, path + ": cannot read the config: " + std::strerror(errno)};
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return parse_config(text, path);
}

}  // namespace kiosk
