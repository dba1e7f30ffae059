// feed_gen: writes a large content folder for the sync benchmark: the bundled content grown to
// 1,000 organisations and 2,000 events, with 300 photo-like JPEGs (1280×853, 100–300 KB) for
// organisations. Deterministic for a given seed. Check it with `kiosk-feed validate DIR`.
// Prints a JSON summary on stdout.
//
//   feed_gen DIR [--seed N] [--organisations N] [--events N] [--places N] [--images N]
//                [--photo WxH] [--quick]
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "bench/content_folder.hpp"
#include "bench/generated_content.hpp"
#include "bench/photo_jpeg.hpp"
#include "bench/timing.hpp"

namespace {

struct Options {
  std::filesystem::path dir;
  uint64_t seed = 1;
  bench::ContentSize size{100, 1000, 0, 2000, 300};
  int photo_w = 1280, photo_h = 853;
};

[[noreturn]] void usage() {
  std::fprintf(stderr,
               "usage: feed_gen DIR [--seed N] [--organisations N] [--events N] [--places N] [--images N] "
               "[--photo WxH] [--quick]\n");
  std::exit(2);
}

Options parse(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    bool has_value = i + 1 < argc;
    auto number = [&] { return std::strtoull(argv[++i], nullptr, 10); };
    if (a == "--quick") o.size = {15, 40, 0, 40, 3}, o.photo_w = 320, o.photo_h = 213;
    else if (a == "--seed" && has_value) o.seed = number();
    else if (a == "--organisations" && has_value) o.size.organisations = number();
    else if (a == "--events" && has_value) o.size.events = number();
    else if (a == "--places" && has_value) o.size.places = number();
    else if (a == "--images" && has_value) o.size.images = number();
    else if (a == "--photo" && has_value && std::sscanf(argv[++i], "%dx%d", &o.photo_w, &o.photo_h) == 2) {
    } else if (!a.starts_with("-") && o.dir.empty()) o.dir = a;
    else usage();
  }
  if (o.dir.empty()) usage();
  return o;
}

// Photo i gets seed·100000 + i, whichever thread writes it; one thread per core.
bool write_photos(const std::vector<std::filesystem::path>& photos, const Options& o) {
  std::atomic<size_t> next = 0;
  std::atomic<bool> ok = true;
  auto work = [&] {
    for (size_t i; (i = next++) < photos.size();)
      if (!bench::write_photo_jpeg(photos[i].string(), o.photo_w, o.photo_h, o.seed * 100'000 + i)) {
        std::fprintf(stderr, "feed_gen: %s: cannot write\n", photos[i].c_str());
        ok = false;
      }
  };
  std::vector<std::thread> threads(std::max(1u, std::thread::hardware_concurrency()));
  for (auto& t : threads) t = std::thread(work);
  for (auto& t : threads) t.join();
  return ok;
}

}  // namespace

int main(int argc, char** argv) {
  Options o = parse(argc, argv);
  bench::Stopwatch total;
  content::Content c = bench::generated_content(o.size, o.seed);
  std::string why;
  if (!bench::write_content_folder(c, o.dir, why)) {
    std::fprintf(stderr, "feed_gen: %s\n", why.c_str());
    return 1;
  }
  std::vector<std::filesystem::path> photos;
  for (const auto& org : c.organisations)
    if (!org.image.empty()) photos.push_back(o.dir / org.image);
  std::filesystem::create_directories(o.dir / "images");
  if (!write_photos(photos, o)) return 1;
  size_t image_bytes = 0;
  for (const auto& p : photos) image_bytes += std::filesystem::file_size(p);
  size_t images = photos.size();
  nlohmann::json out = {{"dir", o.dir.string()},
                        {"seed", o.seed},
                        {"places", c.places.size()},
                        {"organisations", c.organisations.size()},
                        {"programmes", c.programmes.size()},
                        {"events", c.events.size()},
                        {"images", images},
                        {"image_bytes", image_bytes},
                        {"ms", bench::round_ms(total.ms())}};
  std::printf("%s\n", out.dump().c_str());
  return 0;
}
