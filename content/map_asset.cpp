// Reads the map asset (docs/formats/map.md) and answers "which country is under this point".
// The parser is written for fuzzing: a Reader never reads past the end, each count is checked
// against the bytes left before a vector is sized, and the first problem stops the parse with a
// message that gives the byte offset, the country and ring, and why.
#include "content/map_asset.hpp"

#include <array>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <fstream>
#include <set>

namespace content {
namespace {

constexpr std::array<uint8_t, 8> magic = {'D', 'K', 'M', 'A', 'P', 0, 0, 1};
constexpr uint32_t format_version = 1;
constexpr uint16_t flag_antarctica = 1;
constexpr uint64_t min_country_bytes = 2 + 2 + 2 + 16 + 4 + 4;  // code, flags, name, bbox, counts
constexpr std::streamoff max_file_bytes = 64 << 20;

// Bounds-checked little-endian reads; the first failure records the error and every later read
// fails too, so callers can chain reads and check once.
class Reader {
 public:
  Reader(std::span<const uint8_t> bytes, std::string_view name) : bytes_(bytes), name_(name) {}

  uint64_t offset() const { return offset_; }
  uint64_t remaining() const { return bytes_.size() - offset_; }
  bool failed() const { return !error_.empty(); }
  const std::string& error() const { return error_; }

  bool fail(uint64_t at, const std::string& why) {
    if (error_.empty()) error_ = std::string(name_) + ": byte " + std::to_string(at) + ": " + why;
    return false;
  }

  bool need(uint64_t n, std::string_view what) {
    if (failed()) return false;
    if (n <= remaining()) return true;
    return fail(offset_, "truncated: " + std::string(what) + " needs " + std::to_string(n) + " bytes, only " +
                             std::to_string(remaining()) + " left");
  }

  std::span<const uint8_t> bytes(uint64_t n, std::string_view what) {
    if (!need(n, what)) return {};
    auto out = bytes_.subspan(offset_, n);
    offset_ += n;
    return out;
  }

  uint16_t u16(std::string_view what) {
    auto b = bytes(2, what);
    return b.empty() ? 0 : static_cast<uint16_t>(b[0] | b[1] << 8);
  }

  uint32_t u32(std::string_view what) {
    auto b = bytes(4, what);
    if (b.empty()) return 0;
    return uint32_t{b[0]} | uint32_t{b[1]} << 8 | uint32_t{b[2]} << 16 | uint32_t{b[3]} << 24;
  }

  // Rejects NaN and infinity: every coordinate in the asset is a finite map position.
  float f32(std::string_view what) {
    const uint64_t at = offset_;
    const uint32_t raw = u32(what);
    float v;
    std::memcpy(&v, &raw, sizeof v);
    if (!failed() && !std::isfinite(v)) fail(at, std::string(what) + " is not a finite number");
    return v;
  }

  MapRect rect(std::string_view what) {
    const uint64_t at = offset_;
    MapRect r{f32(what), f32(what), f32(what), f32(what)};
    if (!failed() && (r.min_x > r.max_x || r.min_y > r.max_y)) fail(at, std::string(what) + " is inverted");
    return r;
  }

 private:
  std::span<const uint8_t> bytes_;
  std::string_view name_;
  uint64_t offset_ = 0;
  std::string error_;
};

std::string describe(const MapCountry& c, uint32_t index) {
  return "country " + std::to_string(index) + (c.code.empty() ? " (no code)" : " \"" + c.code + "\"");
}

bool read_identity(Reader& in, uint32_t index, MapCountry& c) {
  const uint64_t at = in.offset();
  auto code = in.bytes(2, "country code");
  if (in.failed()) return false;
  const auto upper = [](uint8_t b) { return b >= 'A' && b <= 'Z'; };
  if (upper(code[0]) && upper(code[1])) {
    c.code = {char(code[0]), char(code[1])};
  } else if (code[0] != 0 || code[1] != 0) {
    return in.fail(
        at, "country " + std::to_string(index) + ": code is neither two capital letters nor two zero bytes");
  }
  const uint64_t flags_at = in.offset();
  const uint16_t flags = in.u16("country flags");
  if (!in.failed() && (flags & ~flag_antarctica) != 0) {
    return in.fail(flags_at, describe(c, index) + ": unknown flags " + std::to_string(flags));
  }
  c.is_antarctica = (flags & flag_antarctica) != 0;
  const uint16_t name_bytes = in.u16("country name length");
  auto name = in.bytes(name_bytes, "country name");
  c.name.assign(name.begin(), name.end());
  c.bbox = in.rect("country bounding box");
  return !in.failed();
}

bool read_rings(Reader& in, uint32_t index, MapCountry& c) {
  const uint64_t count_at = in.offset();
  const uint32_t ring_count = in.u32("ring count");
  if (in.failed()) return false;
  // Each ring needs at least its u32 count and three points; the index count follows.
  if (ring_count == 0) return in.fail(count_at, describe(c, index) + " has no rings");
  if (uint64_t{ring_count} * (4 + 3 * 8) + 4 > in.remaining()) {
    return in.fail(count_at, describe(c, index) + " claims " + std::to_string(ring_count) + " rings, only " +
                                 std::to_string(in.remaining()) + " bytes left");
  }
  c.ring_starts.reserve(ring_count + 1);
  uint64_t total = 0;
  for (uint32_t r = 0; r < ring_count; ++r) {
    const uint64_t at = in.offset();
    const uint32_t n = in.u32("ring point count");
    // Bytes left for points once the remaining ring counts and the index count are read.
    const uint64_t left = in.remaining() - 4 * uint64_t{ring_count - r - 1} - 4 - total * 8;
    const std::string ring = "ring " + std::to_string(r) + " of " + describe(c, index);
    if (n < 3) return in.fail(at, ring + " has " + std::to_string(n) + " points, fewer than 3");
    if (uint64_t{n} * 8 > left) {
      return in.fail(at, ring + " claims " + std::to_string(n) + " points, only " + std::to_string(left) +
                             " bytes left");
    }
    if (total + n > map_max_points_per_country) {
      return in.fail(at, ring + " brings the country to " + std::to_string(total + n) +
                             " points, more than " + std::to_string(map_max_points_per_country));
    }
    c.ring_starts.push_back(static_cast<uint32_t>(total));
    total += n;
  }
  c.ring_starts.push_back(static_cast<uint32_t>(total));

  c.points.reserve(total);
  for (uint64_t i = 0; i < total; ++i) {
    const uint64_t at = in.offset();
    const MapPoint p{in.f32("point x"), in.f32("point y")};
    if (in.failed()) return false;
    if (!c.bbox.contains(p))
      return in.fail(at,
                     describe(c, index) + ": point " + std::to_string(i) + " lies outside its bounding box");
    c.points.push_back(p);
  }
  return true;
}

bool read_triangles(Reader& in, uint32_t index, MapCountry& c) {
  const uint64_t at = in.offset();
  const uint32_t n = in.u32("triangle index count");
  if (in.failed()) return false;
  if (n % 3 != 0)
    return in.fail(
        at, describe(c, index) + ": triangle index count " + std::to_string(n) + " is not a multiple of 3");
  if (uint64_t{n} * 4 > in.remaining()) {
    return in.fail(at, describe(c, index) + " claims " + std::to_string(n) + " triangle indices, only " +
                           std::to_string(in.remaining()) + " bytes left");
  }
  c.triangles.reserve(n);
  for (uint32_t i = 0; i < n; ++i) {
    const uint64_t index_at = in.offset();
    const uint32_t v = in.u32("triangle index");
    if (v >= c.points.size()) {
      return in.fail(index_at, describe(c, index) + ": triangle index " + std::to_string(v) +
                                   " is out of range (" + std::to_string(c.points.size()) + " points)");
    }
    c.triangles.push_back(v);
  }
  return true;
}

bool read_asset(Reader& in, MapAsset& asset) {
  auto head = in.bytes(magic.size(), "magic");
  if (in.failed()) return false;
  if (!std::equal(magic.begin(), magic.end(), head.begin()))
    return in.fail(0, "not a map asset (wrong magic)");
  const uint64_t version_at = in.offset();
  const uint32_t version = in.u32("format version");
  if (!in.failed() && version != format_version) {
    return in.fail(version_at, "format version " + std::to_string(version) + ", this build reads " +
                                   std::to_string(format_version));
  }
  const uint64_t count_at = in.offset();
  const uint32_t count = in.u32("country count");
  asset.bbox = in.rect("map bounding box");
  if (in.failed()) return false;
  if (count * min_country_bytes > in.remaining()) {
    return in.fail(count_at, "claims " + std::to_string(count) + " countries, only " +
                                 std::to_string(in.remaining()) + " bytes left");
  }
  asset.countries.reserve(count);
  std::set<std::string> codes;
  for (uint32_t i = 0; i < count; ++i) {
    const uint64_t at = in.offset();
    MapCountry c;
    if (!read_identity(in, i, c) || !read_rings(in, i, c) || !read_triangles(in, i, c)) return false;
    if (!c.code.empty() && !codes.insert(c.code).second)
      return in.fail(at, describe(c, i) + ": code appears twice");
    const MapRect& b = c.bbox;
    if (!asset.bbox.contains({b.min_x, b.min_y}) || !asset.bbox.contains({b.max_x, b.max_y})) {
      return in.fail(at, describe(c, i) + ": bounding box lies outside the map's");
    }
    asset.countries.push_back(std::move(c));
  }
  if (in.remaining() != 0)
    return in.fail(in.offset(), std::to_string(in.remaining()) + " bytes after the last country");
  return true;
}

}  // namespace

const MapCountry* MapAsset::find(std::string_view code) const {
  if (code.empty()) return nullptr;
  for (const MapCountry& c : countries) {
    if (c.code == code) return &c;
  }
  return nullptr;
}

bool country_contains(const MapCountry& country, MapPoint p) {
  bool inside = false;
  for (size_t r = 0; r + 1 < country.ring_starts.size(); ++r) {
    const uint32_t begin = country.ring_starts[r];
    const uint32_t end = country.ring_starts[r + 1];
    for (uint32_t i = begin, j = end - 1; i < end; j = i++) {
      const MapPoint a = country.points[i];
      const MapPoint b = country.points[j];
      if ((a.y > p.y) == (b.y > p.y)) continue;
      const double x_cross = a.x + (double(b.x) - a.x) * (double(p.y) - a.y) / (double(b.y) - a.y);
      if (p.x < x_cross) inside = !inside;
    }
  }
  return inside;
}

const MapCountry* MapAsset::hit_test(MapPoint p) const {
  for (const MapCountry& c : countries) {
    if (c.bbox.contains(p) && country_contains(c, p)) return &c;
  }
  return nullptr;
}

MapLoadResult parse_map_asset(std::span<const uint8_t> bytes, std::string_view name_for_errors) {
  try {
    Reader in(bytes, name_for_errors);
    MapAsset asset;
    if (!read_asset(in, asset)) return {std::nullopt, in.error()};
    return {std::move(asset), {}};
  } catch (const std::exception& e) {  // only allocation can throw here
    return {std::nullopt, std::string(name_for_errors) + ": " + e.what()};
  }
}

MapLoadResult load_map_asset(const std::string& path) {
  try {
    std::ifstream file(path, std::ios::binary | std::ios::ate);
    if (!file) return {std::nullopt, path + ": cannot open: " + std::strerror(errno)};
    const std::streamoff size = file.tellg();
    if (size < 0 || size > max_file_bytes)
      return {std::nullopt, path + ": not a map asset (size " + std::to_string(size) + " bytes)"};
    std::vector<uint8_t> bytes(static_cast<size_t>(size));
    file.seekg(0);
    if (!file.read(reinterpret_cast<char*>(bytes.data()), size))
      return {std::nullopt, path + ": read failed"};
    return parse_map_asset(bytes, path);
  } catch (const std::exception& e) {
    return {std::nullopt, path + ": " + e.what()};
  }
}

}  // namespace content
