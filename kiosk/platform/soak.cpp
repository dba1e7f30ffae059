// The soak script (soak.hpp).
#include "kiosk/platform/soak.hpp"

#include <SDL.h>
#include <malloc.h>

#include <algorithm>
#include <chrono>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sstream>

namespace kiosk {
namespace {

constexpr int64_t panel_event_ms = 16;       // a touch panel reports at about 60 Hz
constexpr int64_t press_hold_ms = 80;        // a tap: finger down this long
constexpr int64_t double_tap_gap_ms = 200;   // from one press of a double tap to the next
constexpr int64_t tap_patience_ms = 5'000;   // no control to tap for this long: do something else
constexpr int64_t walk_away_ms = 125'000;    // longer than the default idle time (90 + 15 s)
constexpr int64_t walk_away_every = 40;      // gestures: a visit's length

int64_t wall_us() {
  using namespace std::chrono;
  return duration_cast<microseconds>(steady_clock::now().time_since_epoch()).count();
}

// Rss and Pss of /proc/self/smaps_rollup, in kB, read without allocating.
void rss_pss_kb(int64_t& rss, int64_t& pss) {
  rss = pss = -1;
  FILE* f = std::fopen("/proc/self/smaps_rollup", "r");
  if (!f) return;
  char line[256];
  while (std::fgets(line, sizeof line, f)) {
    if (std::strncmp(line, "Rss:", 4) == 0) rss = std::atoll(line + 4);
    else if (std::strncmp(line, "Pss:", 4) == 0) pss = std::atoll(line + 4);
  }
  std::fclose(f);
}

int64_t peak_rss_kb() {
  FILE* f = std::fopen("/proc/self/status", "r");
  if (!f) return -1;
  char line[256];
  int64_t kb = -1;
  while (std::fgets(line, sizeof line, f))
    if (std::strncmp(line, "VmHWM:", 6) == 0) kb = std::atoll(line + 6);
  std::fclose(f);
  return kb;
}

bool starts_with(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

// A heap figure for the JSON: null when malloc's figures are unknown (-1).
std::string heap_json(int64_t kb) { return kb < 0 ? "null" : std::to_string(kb); }

}  // namespace

Soak::Soak(const std::string& args, int width_px, int height_px) : w_(width_px), h_(height_px) {
  char* end = nullptr;
  long long frames = std::strtoll(args.c_str(), &end, 10);
  bool seed_ok = true;
  if (*end == ':') {
    const char* seed = end + 1;
    seed_ = std::strtoull(seed, &end, 10);
    seed_ok = end != seed;
  }
  if (*end || !seed_ok || frames < 100 || frames > 100'000'000) {
    error_ = "soak:FRAMES[:SEED] needs 100 to 100000000 frames and a number as the seed, not '" + args + "'";
    return;
  }
  frames_asked_ = frames;
  sample_every_ = std::clamp<int64_t>(frames / 200, 10, 1000);
  warmup_frames_ = std::max<int64_t>(frames / 10 / sample_every_, 1) * sample_every_;
  random_.seed(seed_);
  samples_.reserve(size_t(frames / sample_every_ + 2));
  at_attract_.reserve(size_t(frames / 100 + 16));  // a walk-away takes far more than 100 frames
}

float Soak::uniform(float lo, float hi) { return std::uniform_real_distribution<float>(lo, hi)(random_); }

void Soak::push_finger(int type, int finger, float x_px, float y_px) const {
  SDL_Event e{};
  e.type = Uint32(type);
  e.tfinger.touchId = 1;
  e.tfinger.fingerId = finger;
  e.tfinger.x = std::clamp(x_px, 0.0f, float(w_ - 1)) / float(w_);
  e.tfinger.y = std::clamp(y_px, 0.0f, float(h_ - 1)) / float(h_);
  e.tfinger.pressure = 1;
  SDL_PushEvent(&e);
}

// What to do next, by chance: mostly taps, then map gestures and pauses; every 40th time the
// visitor walks away until the idle reset.
void Soak::next_gesture(int64_t now_ms) {
  using K = Gesture::Kind;
  g_ = Gesture{};
  g_.start_ms = now_ms;
  g_.pause_ms = int64_t(uniform(100, 1500));
  // The map is the left 60 % in landscape, the top 40 % in portrait.
  const bool landscape = w_ >= h_;
  auto map_x = [&] { return uniform(0.08f, landscape ? 0.55f : 0.92f) * float(w_); };
  auto map_y = [&] { return uniform(landscape ? 0.2f : 0.1f, landscape ? 0.9f : 0.36f) * float(h_); };
  float r = uniform(0, 1);
  if (++gestures_ % walk_away_every == 0) {
    g_.kind = K::pause;
    g_.pause_ms = walk_away_ms;
    ++counts_.walk_aways;
  } else if (r < 0.56f) {
    wants_tap_ = true;  // started by start_tap once the controls on screen are known
    tap_wait_since_ms_ = now_ms;
  } else if (r < 0.76f) {
    g_.kind = K::drag;  // anywhere: the map pans, lists scroll
    g_.x0 = uniform(0.03f, 0.97f) * float(w_), g_.y0 = uniform(0.1f, 0.97f) * float(h_);
    g_.x1 = std::clamp(g_.x0 + uniform(-0.4f, 0.4f) * float(w_), 0.0f, float(w_ - 1));
    g_.y1 = std::clamp(g_.y0 + uniform(-0.4f, 0.4f) * float(h_), 0.0f, float(h_ - 1));
    g_.move_ms = int64_t(uniform(120, 1500));
    bool fling = uniform(0, 1) < 0.4f;
    g_.hold_ms = fling ? 0 : 150;  // held still before lifting: no fling
    ++(fling ? counts_.flings : counts_.drags);
  } else if (r < 0.86f) {
    g_.kind = K::pinch;
    g_.x0 = map_x(), g_.y0 = map_y();
    g_.spread0 = uniform(0.05f, 0.3f) * float(std::min(w_, h_));
    g_.spread1 = uniform(0.05f, 0.3f) * float(std::min(w_, h_));
    g_.move_ms = int64_t(uniform(300, 1500));
    ++counts_.pinches;
  } else if (r < 0.90f) {
    g_.kind = K::double_tap;
    g_.x0 = map_x(), g_.y0 = map_y();
    g_.hold_ms = press_hold_ms;
    ++counts_.double_taps;
  } else {
    g_.kind = K::pause;
    g_.pause_ms = int64_t(uniform(500, 15'000));
    ++counts_.pauses;
  }
}

// A tap on a random control of the last frame: first a kind of control (items, tabs, keys when
// the keyboard is up, languages, the rest: back, home, search, options, "still there?"...), then
// one of them, at the centre of its visible part.
bool Soak::start_tap(int64_t now_ms) {
  if (frames_since_touch_ < settled_frames || targets_.empty()) return false;
  struct Kind {
    const char* prefix;
    float weight;
  };
  static constexpr Kind kinds[] = {{"item/", 30}, {"tab/", 15}, {"key/", 40}, {"lang/", 6}, {"", 24}};
  std::array<std::vector<const HitTarget*>, std::size(kinds)> by_kind;
  for (const auto& t : targets_) {
    float x0 = std::max({t.x, t.clip_x0, 0.0f}), x1 = std::min({t.x + t.w, t.clip_x1, float(w_)});
    float y0 = std::max({t.y, t.clip_y0, 0.0f}), y1 = std::min({t.y + t.h, t.clip_y1, float(h_)});
    if (x1 - x0 < 4 || y1 - y0 < 4 || starts_with(t.id, "text/")) continue;
    size_t k = 0;
    while (!starts_with(t.id, kinds[k].prefix)) ++k;
    by_kind[k].push_back(&t);
  }
  float total = 0;
  for (size_t k = 0; k < by_kind.size(); ++k) total += by_kind[k].empty() ? 0 : kinds[k].weight;
  if (total == 0) return false;
  float pick = uniform(0, total);
  size_t k = 0;
  for (; k + 1 < by_kind.size(); ++k) {
    if (by_kind[k].empty()) continue;
    if (pick < kinds[k].weight) break;
    pick -= kinds[k].weight;
  }
  while (by_kind[k].empty()) --k;  // rounding at the end
  const HitTarget& t = *by_kind[k][std::uniform_int_distribution<size_t>(0, by_kind[k].size() - 1)(random_)];
  float x0 = std::max({t.x, t.clip_x0, 0.0f}), x1 = std::min({t.x + t.w, t.clip_x1, float(w_)});
  float y0 = std::max({t.y, t.clip_y0, 0.0f}), y1 = std::min({t.y + t.h, t.clip_y1, float(h_)});
  g_ = Gesture{};
  g_.kind = Gesture::Kind::tap;
  g_.start_ms = now_ms;
  g_.x0 = (x0 + x1) / 2, g_.y0 = (y0 + y1) / 2;
  g_.hold_ms = press_hold_ms;
  g_.pause_ms = starts_with(t.id, "key/") ? int64_t(uniform(150, 600)) : int64_t(uniform(300, 2000));  // typing is quicker
  ++counts_.taps;
  if (starts_with(t.id, "key/")) ++counts_.keys;
  if (starts_with(t.id, "lang/")) ++counts_.languages;
  wants_tap_ = false;
  return true;
}

void Soak::move(int64_t now_ms) {
  using K = Gesture::Kind;
  Gesture& g = g_;
  if (g.lifted || g.kind == K::pause) return;
  const int64_t t = now_ms - g.start_ms;
  if (g.kind == K::tap || g.kind == K::double_tap) {
    const int64_t at = g.presses * double_tap_gap_ms;
    if (!g.down && t >= at) {
      push_finger(SDL_FINGERDOWN, 0, g.x0, g.y0);
      g.down = true;
    } else if (g.down && t >= at + g.hold_ms) {
      push_finger(SDL_FINGERUP, 0, g.x0, g.y0);
      g.down = false;
      g.lifted = ++g.presses == (g.kind == K::tap ? 1 : 2);
    }
    frames_since_touch_ = 0;
    return;
  }
  // Drag or pinch: positions along the way at fraction f.
  auto fingers = [&](float f, int type) {
    if (g.kind == K::pinch) {
      float half = (g.spread0 + (g.spread1 - g.spread0) * f) / 2;
      push_finger(type, 0, g.x0 - half, g.y0);
      push_finger(type, 1, g.x0 + half, g.y0);
    } else {
      push_finger(type, 0, g.x0 + (g.x1 - g.x0) * f, g.y0 + (g.y1 - g.y0) * f);
    }
  };
  frames_since_touch_ = 0;
  if (t >= g.move_ms) {
    if (!g.at_end) {  // the end position once; a fling lifts right there, while moving
      fingers(1, g.down ? SDL_FINGERMOTION : SDL_FINGERDOWN);
      g.down = g.at_end = true;
    }
    if (t >= g.move_ms + g.hold_ms) {
      fingers(1, SDL_FINGERUP);
      g.down = false;
      g.lifted = true;
    }
    return;
  }
  if (g.down && now_ms - last_move_ms_ < panel_event_ms) return;
  fingers(float(t) / float(g.move_ms), g.down ? SDL_FINGERMOTION : SDL_FINGERDOWN);
  g.down = true;
  last_move_ms_ = now_ms;
}

bool Soak::inject(int64_t now_ms) {
  if (!error_.empty()) return false;
  if (!started_) {
    started_ = true;
    first_ms_ = now_ms;
    wall_start_us_ = wall_us();
    next_gesture(now_ms);
  }
  last_ms_ = now_ms;
  if (frames_ >= frames_asked_) return false;
  if (wants_tap_) {
    if (start_tap(now_ms)) {
      move(now_ms);  // the finger goes down now
    } else if (now_ms - tap_wait_since_ms_ > tap_patience_ms) {
      wants_tap_ = false;
      ++counts_.tap_waits_given_up;
      next_gesture(now_ms);
    }
    return true;
  }
  move(now_ms);
  const bool done = g_.kind == Gesture::Kind::pause || g_.lifted;
  const int64_t end = g_.start_ms + (g_.kind == Gesture::Kind::pause ? 0 : g_.move_ms + g_.hold_ms) + g_.pause_ms;
  if (done && now_ms >= end) next_gesture(now_ms);
  return true;
}

int64_t Soak::next_event_in_ms(int64_t now_ms) const {
  if (wants_tap_ || (g_.kind != Gesture::Kind::pause && !g_.lifted)) return panel_event_ms;
  const int64_t end = g_.start_ms + (g_.kind == Gesture::Kind::pause ? 0 : g_.move_ms + g_.hold_ms) + g_.pause_ms;
  return std::max<int64_t>(0, end - now_ms);
}

Soak::Sample Soak::read_sample(int64_t frames) const {
  Sample s;
  s.frame = frames;
  s.simulated_ms = last_ms_ - first_ms_;
  s.wall_ms = (wall_us() - wall_start_us_) / 1000;
  rss_pss_kb(s.rss_kb, s.pss_kb);
  // A sanitizer's allocator replaces malloc, and glibc's figures are then all 0: unknown (-1).
  struct mallinfo2 m = mallinfo2();
  const bool known = m.uordblks + m.hblkhd > 0;
  s.heap_kb = known ? int64_t((m.uordblks + m.hblkhd) / 1024) : -1;
  s.heap_free_kb = known ? int64_t(m.fordblks / 1024) : -1;
  s.swaps = counts_.swaps;
  return s;
}

void Soak::sample(int64_t frames) {
  Sample s = read_sample(frames);
  if (samples_.size() < samples_.capacity()) samples_.push_back(s);  // never grows the vector
  std::fprintf(stderr, "soak: frame %lld of %lld, rss %lld kB, pss %lld kB, heap %lld kB (free %lld kB), swaps %d, "
               "simulated %.1f min\n", (long long)frames, (long long)frames_asked_, (long long)s.rss_kb, (long long)s.pss_kb,
               (long long)s.heap_kb, (long long)s.heap_free_kb, s.swaps, double(s.simulated_ms) / 60'000.0);
}

void Soak::frame_done(double wall_ms, bool content_swapped, bool drew) {
  ++frames_;
  ++frames_since_touch_;
  if (drew) ++drawn_;
  if (content_swapped) ++counts_.swaps;
  frame_histogram_[size_t(std::clamp(wall_ms * 10.0, 0.0, double(frame_histogram_.size() - 1)))]++;
  worst_frame_ms_ = std::max(worst_frame_ms_, wall_ms);
  // The attract screen shows only its "start" control: count arrivals there (idle resets).
  bool attract = std::any_of(targets_.begin(), targets_.end(), [](const HitTarget& t) { return t.id == "start"; });
  if (attract && !on_attract_) {
    ++counts_.attract_screens;
    if (at_attract_.size() < at_attract_.capacity()) at_attract_.push_back(read_sample(frames_));
  }
  on_attract_ = attract;
  if (frames_ % sample_every_ == 0 || frames_ == frames_asked_) sample(frames_);
}

std::string Soak::json(double first_frame_ms, const std::string& renderer, const std::string& video_driver) const {
  auto percentile = [&](double p) {
    int64_t n = 0, total = 0;
    for (auto c : frame_histogram_) total += c;
    for (size_t i = 0; i < frame_histogram_.size(); ++i)
      if ((n += frame_histogram_[i]) >= int64_t(p / 100.0 * double(total))) return double(i) / 10.0;
    return 0.0;
  };
  // Warm-up: the first tenth. Growth: the median of the samples at the attract screen in the last
  // quarter of the rest against that of its first quarter; the periodic samples there should a
  // quarter have no idle reset (short runs). The median, not the lowest: right after a content
  // swap (malloc_trim) a sample can be megabytes below the others.
  const Sample* warm = nullptr;
  int64_t max_rss = 0;
  for (const auto& s : samples_) {
    if (!warm && s.frame >= warmup_frames_) warm = &s;
    if (warm) max_rss = std::max(max_rss, s.rss_kb);
  }
  const Sample* last = samples_.empty() ? nullptr : &samples_.back();
  const int64_t quarter = (frames_ - warmup_frames_) / 4;
  std::string basis = "attract";
  auto median_in = [&](int64_t from, int64_t to) {  // frames (from, to]
    std::vector<int64_t> rss, pss, heap;
    for (const auto* set : {&at_attract_, &samples_}) {
      for (const auto& s : *set)
        if (s.frame > from && s.frame <= to) rss.push_back(s.rss_kb), pss.push_back(s.pss_kb), heap.push_back(s.heap_kb);
      if (!rss.empty()) break;
      basis = "periodic";
    }
    auto median = [](std::vector<int64_t>& v) {
      if (v.empty()) return int64_t(0);
      std::nth_element(v.begin(), v.begin() + v.size() / 2, v.end());
      return v[v.size() / 2];
    };
    Sample m;
    m.rss_kb = median(rss), m.pss_kb = median(pss), m.heap_kb = median(heap);
    return m;
  };
  const Sample after_warmup = median_in(warmup_frames_, warmup_frames_ + quarter),
               at_end = median_in(frames_ - quarter, frames_);
  const bool heap_known = after_warmup.heap_kb >= 0 && at_end.heap_kb >= 0;
  char buf[512];
  std::ostringstream o;
  o << "{\n  \"benchmark\": \"soak\",\n";
  std::snprintf(buf, sizeof buf,
                "  \"width\": %d,\n  \"height\": %d,\n  \"renderer\": \"%s\",\n  \"video_driver\": \"%s\",\n"
                "  \"first_frame_ms\": %.1f,\n  \"seed\": %llu,\n  \"frames_asked\": %lld,\n  \"frames\": %lld,\n"
                "  \"drawn_frames\": %lld,\n  \"simulated_s\": %.1f,\n  \"wall_s\": %.1f,\n  \"content_swaps\": %d,\n",
                w_, h_, renderer.c_str(), video_driver.c_str(), first_frame_ms, (unsigned long long)seed_,
                (long long)frames_asked_, (long long)frames_, (long long)drawn_, double(last_ms_ - first_ms_) / 1e3,
                double(wall_us() - wall_start_us_) / 1e6, counts_.swaps);
  o << buf;
  std::snprintf(buf, sizeof buf, "  \"frame_ms\": {\"p50\": %.1f, \"p95\": %.1f, \"p99\": %.1f, \"max\": %.1f},\n",
                percentile(50), percentile(95), percentile(99), worst_frame_ms_);
  o << buf;
  const Counts& c = counts_;
  std::snprintf(buf, sizeof buf,
                "  \"visitor\": {\"taps\": %d, \"keys\": %d, \"language_taps\": %d, \"drags\": %d, \"flings\": %d, "
                "\"pinches\": %d, \"double_taps\": %d, \"pauses\": %d, \"walk_aways\": %d, \"attract_screens\": %d, "
                "\"tap_waits_given_up\": %d},\n",
                c.taps, c.keys, c.languages, c.drags, c.flings, c.pinches, c.double_taps, c.pauses, c.walk_aways,
                c.attract_screens, c.tap_waits_given_up);
  o << buf;
  if (warm && last) {
    std::snprintf(buf, sizeof buf,
                  "  \"memory_kb\": {\"warmup_frame\": %lld, \"warmup_rss\": %lld, \"final_rss\": %lld, "
                  "\"max_rss_after_warmup\": %lld, \"peak_rss\": %lld,\n"
                  "    \"rss_after_warmup\": %lld, \"rss_at_end\": %lld, \"rss_growth\": %lld,\n"
                  "    \"pss_after_warmup\": %lld, \"pss_at_end\": %lld, \"pss_growth\": %lld,\n"
                  "    \"heap_after_warmup\": %s, \"heap_at_end\": %s, \"heap_growth\": %s, "
                  "\"final_pss\": %lld, \"final_heap\": %s, \"growth_basis\": \"%s\"},\n",
                  (long long)warm->frame, (long long)warm->rss_kb, (long long)last->rss_kb, (long long)max_rss,
                  (long long)peak_rss_kb(), (long long)after_warmup.rss_kb, (long long)at_end.rss_kb,
                  (long long)(at_end.rss_kb - after_warmup.rss_kb), (long long)after_warmup.pss_kb, (long long)at_end.pss_kb,
                  (long long)(at_end.pss_kb - after_warmup.pss_kb), heap_json(after_warmup.heap_kb).c_str(),
                  heap_json(at_end.heap_kb).c_str(),
                  heap_json(heap_known ? at_end.heap_kb - after_warmup.heap_kb : -1).c_str(), (long long)last->pss_kb,
                  heap_json(last->heap_kb).c_str(), basis.c_str());
    o << buf;
  }
  o << "  \"sample_columns\": [\"frame\", \"simulated_s\", \"wall_s\", \"rss_kb\", \"pss_kb\", \"heap_kb\", \"heap_free_kb\", \"swaps\"],\n";
  auto write = [&](const char* name, const std::vector<Sample>& samples) {
    o << "  \"" << name << "\": [";
    for (size_t i = 0; i < samples.size(); ++i) {
      const Sample& s = samples[i];
      std::snprintf(buf, sizeof buf, "%s\n    [%lld, %.1f, %.1f, %lld, %lld, %s, %s, %d]", i ? "," : "", (long long)s.frame,
                    double(s.simulated_ms) / 1e3, double(s.wall_ms) / 1e3, (long long)s.rss_kb, (long long)s.pss_kb,
                    heap_json(s.heap_kb).c_str(), heap_json(s.heap_free_kb).c_str(), s.swaps);
      o << buf;
    }
    o << "\n  ]";
  };
  write("samples", samples_);
  o << ",\n";
  write("attract_samples", at_attract_);
  o << "\n}\n";
  return o.str();
}

}  // namespace kiosk
