// The benchmark mode's script and figures (bench.hpp).
#include "kiosk/platform/bench.hpp"

#include <SDL.h>
#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <cstring>
#include <sstream>

namespace kiosk {
namespace {

constexpr int64_t panel_event_ms = 16;  // a touch panel reports at about 60 Hz
constexpr int64_t press_hold_ms = 80;   // a tap: finger down this long
constexpr int64_t press_step_ms = 450;  // from one tap to the next (the UI reacts in between)
constexpr int frames_after_tap = 2;       // frames drawn after a tap before the next control is looked up
constexpr int64_t tap_patience_ms = 20'000;  // how long a tap phase may wait for a slow UI

double process_cpu_ms() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

// A "Key:   123 kB" line of a /proc file, in kB; -1 if absent.
int64_t proc_kb(const char* file, const char* key) {
  std::ifstream in(file);
  std::string line;
  size_t n = std::strlen(key);
  while (std::getline(in, line))
    if (line.compare(0, n, key) == 0 && line.size() > n && line[n] == ':') return std::atoll(line.c_str() + n + 1);
  return -1;
}

double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  size_t i = size_t(std::ceil(p / 100.0 * double(v.size()))) - 1;
  return v[std::min(i, v.size() - 1)];
}

std::string stats_json(const std::vector<double>& v) {
  char buf[200];
  std::snprintf(buf, sizeof buf, "{\"p50\": %.3f, \"p95\": %.3f, \"p99\": %.3f, \"max\": %.3f, \"n\": %zu}",
                percentile(v, 50), percentile(v, 95), percentile(v, 99), v.empty() ? 0.0 : *std::max_element(v.begin(), v.end()),
                v.size());
  return buf;
}

std::string quoted(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (static_cast<unsigned char>(c) >= 0x20) out += c;
  }
  return out + "\"";
}

using Phase = Benchmark::Phase;

Phase wait(std::string name, int64_t ms, std::string kind = "wait") {
  Phase p;
  p.name = std::move(name);
  p.kind = std::move(kind);
  p.duration_ms = ms;
  return p;
}

Phase taps(std::string name, const std::string& controls, int64_t after_ms = 800) {
  Phase p = wait(std::move(name), 0, "tap");
  std::istringstream in(controls);
  for (std::string c; in >> c;) p.controls.push_back(c);
  p.duration_ms = int64_t(p.controls.size()) * press_step_ms + after_ms;
  return p;
}

Phase drag(std::string name, float x0, float y0, float x1, float y1, int64_t move_ms, bool fling, int64_t after_ms) {
  Phase p = wait(std::move(name), move_ms + after_ms, "drag");
  p.x0 = x0, p.y0 = y0, p.x1 = x1, p.y1 = y1;
  p.fling = fling;
  p.move_ms = move_ms;
  return p;
}

Phase pinch(std::string name, float cx, float cy, float spread0, float spread1, int64_t move_ms, int64_t after_ms) {
  Phase p = wait(std::move(name), move_ms + after_ms, "pinch");
  p.x0 = cx, p.y0 = cy;
  p.spread0 = spread0, p.spread1 = spread1;
  p.move_ms = move_ms;
  return p;
}

// Points are fractions of the screen inside the map in both layouts (landscape: the map is the
// left 60 %; portrait: the top 40 %).
std::vector<Phase> visitor_script() {
  return {
      wait("attract", 1500),
      taps("start", "start", 1200),
      drag("pan Europe to Africa", 0.45f, 0.18f, 0.25f, 0.42f, 3000, false, 300),
      pinch("pinch zoom in", 0.30f, 0.30f, 0.08f, 0.22f, 1500, 300),
      drag("fling", 0.20f, 0.40f, 0.48f, 0.16f, 200, true, 1500),
      taps("open a place", "tab/places item/place/sibiu", 1500),
      taps("open an organisation", "tab/organisations item/organisation/st-deventer-roemenie", 1200),
      taps("goal filter", "tab/goals item/goal/13", 1200),
      taps("search", "search/open key/o key/s key/n", 800),
      taps("search result", "item/place/osnabrueck", 1500),
      taps("language", "lang/de lang/en", 800),
      wait("idle", 5000, "idle"),
  };
}

std::vector<Phase> pan_loop_script(int64_t seconds) {
  Phase p = wait("pan loop", seconds * 1000, "pan-loop");
  return {wait("start", 300), taps("start", "start", 1200), p};
}

}  // namespace

Benchmark::Benchmark(const std::string& script, int width_px, int height_px) : w_(width_px), h_(height_px) {
  if (script == "visitor") {
    phases_ = visitor_script();
  } else if (script.starts_with("pan-loop:")) {
    int64_t s = std::atoll(script.c_str() + 9);
    if (s <= 0 || s > 3600) error_ = "pan-loop:SECONDS needs 1 to 3600 seconds, not '" + script.substr(9) + "'";
    else phases_ = pan_loop_script(s);
  } else if (script.starts_with("soak:")) {
    soak_ = std::make_unique<Soak>(script.substr(5), width_px, height_px);
    error_ = soak_->error();
  } else {
    error_ = "unknown benchmark script '" + script + "' (visitor, pan-loop:SECONDS, soak:FRAMES[:SEED])";
  }
}

void Benchmark::push_finger(int type, int finger, float x_px, float y_px) {
  SDL_Event e{};
  e.type = Uint32(type);
  e.tfinger.timestamp = SDL_GetTicks();
  e.tfinger.touchId = 1;
  e.tfinger.fingerId = finger;
  e.tfinger.x = x_px / float(w_);
  e.tfinger.y = y_px / float(h_);
  e.tfinger.pressure = 1;
  SDL_PushEvent(&e);
}

void Benchmark::start_phase(int64_t now_ms) {
  phase_start_ms_ = now_ms;
  last_move_ms_ = -1;
  phase_cpu_start_ms_ = process_cpu_ms();
  press_ = 0;
  press_down_ms_ = -1;
  frames_since_release_ = frames_after_tap;
  want_targets_ = phases_[current_].kind == "tap";
}

void Benchmark::end_phase(int64_t now_ms) {
  Phase& p = phases_[current_];
  p.wall_ms = double(now_ms - phase_start_ms_);
  p.process_cpu_ms = process_cpu_ms() - phase_cpu_start_ms_;
  ++current_;
  if (current_ < phases_.size()) start_phase(now_ms);
}

int64_t Benchmark::next_event_in_ms(int64_t now_ms) const {
  if (soak_) return soak_->next_event_in_ms(now_ms);
  if (current_ >= phases_.size()) return 0;
  const Phase& p = phases_[current_];
  int64_t end = phase_start_ms_ + p.duration_ms;
  if (p.kind == "wait" || p.kind == "idle") return std::max<int64_t>(0, end - now_ms);
  return std::clamp<int64_t>(std::min(end, now_ms + panel_event_ms) - now_ms, 0, panel_event_ms);
}

bool Benchmark::inject(int64_t now_ms) {
  if (soak_) return error_.empty() && soak_->inject(now_ms);
  if (!error_.empty() || phases_.empty()) return false;
  if (!started_) {
    started_ = true;
    start_phase(now_ms);
  }
  while (current_ < phases_.size() && now_ms - phase_start_ms_ >= phases_[current_].duration_ms) {
    const Phase& p = phases_[current_];
    // Taps wait for the UI (a slow machine draws fewer frames), up to a limit.
    if (press_ < p.controls.size() && now_ms - phase_start_ms_ < p.duration_ms + tap_patience_ms) break;
    if ((p.kind == "drag" || p.kind == "pan-loop") && last_move_ms_ >= 0 && !p.fling) {
      push_finger(SDL_FINGERUP, 0, p.x1 * float(w_), p.y1 * float(h_));  // lift, if not lifted yet
    }
    end_phase(now_ms);
  }
  if (current_ >= phases_.size()) return false;
  Phase& p = phases_[current_];
  const int64_t t = now_ms - phase_start_ms_;
  const float W = float(w_), H = float(h_);

  if (p.kind == "tap") {
    // One press at a time, each found in the latest frame's controls.
    const std::vector<std::string>& names = p.controls;
    if (press_ >= names.size()) return true;
    if (press_down_ms_ < 0 && t >= int64_t(press_) * press_step_ms && !targets_.empty() &&
        frames_since_release_ >= frames_after_tap) {
      auto it = std::find_if(targets_.begin(), targets_.end(), [&](const HitTarget& h) { return h.id == names[press_]; });
      if (it == targets_.end()) {
        p.problem += (p.problem.empty() ? "" : ", ") + names[press_] + " not on screen";
        ++press_;
        return true;
      }
      float x0 = std::max(it->x, it->clip_x0), x1 = std::min(it->x + it->w, it->clip_x1);
      float y0 = std::max(it->y, it->clip_y0), y1 = std::min(it->y + it->h, it->clip_y1);
      press_at_ = {(x0 + x1) / 2, (y0 + y1) / 2};
      push_finger(SDL_FINGERDOWN, 0, press_at_.first, press_at_.second);
      press_down_ms_ = now_ms;
    } else if (press_down_ms_ >= 0 && now_ms - press_down_ms_ >= press_hold_ms) {
      push_finger(SDL_FINGERUP, 0, press_at_.first, press_at_.second);
      press_down_ms_ = -1;
      ++press_;
      targets_.clear();  // the screen changes: find the next control anew, once it has settled
      frames_since_release_ = 0;
    }
    return true;
  }
  if (p.kind == "drag" || p.kind == "pinch" || p.kind == "pan-loop") {
    if (p.lifted) return true;
    const int64_t move_ms = p.kind == "pan-loop" ? p.duration_ms : p.move_ms;
    if (t > move_ms && last_move_ms_ >= 0 && p.kind != "pan-loop") {
      // The gesture is over: lift (a drag holds still for a moment first, so it does not fling).
      if (p.kind == "pinch") {
        float half = p.spread1 * H / 2;
        push_finger(SDL_FINGERUP, 0, p.x0 * W - half, p.y0 * H);
        push_finger(SDL_FINGERUP, 1, p.x0 * W + half, p.y0 * H);
      } else if (p.fling || t > move_ms + 120) {
        push_finger(SDL_FINGERUP, 0, p.x1 * W, p.y1 * H);
      } else {
        return true;
      }
      last_move_ms_ = -1;
      p.lifted = true;  // the rest of the phase watches (the fling, the flight)
      return true;
    }
    if (p.kind == "pan-loop") {
      // Strokes of 2 s, back and forth across the map, the finger lifted for 0.3 s between them
      // (new content is swapped in only between touches).
      constexpr int64_t stroke_ms = 2000, lifted_ms = 300;
      int64_t in_cycle = t % (stroke_ms + lifted_ms), stroke = t / (stroke_ms + lifted_ms);
      if (in_cycle >= stroke_ms) {
        if (last_move_ms_ >= 0) push_finger(SDL_FINGERUP, 0, p.x1 * W, p.y1 * H);
        last_move_ms_ = -1;
        return true;
      }
      if (last_move_ms_ >= 0 && now_ms - last_move_ms_ < panel_event_ms) return true;
      float f = float(in_cycle) / float(stroke_ms);
      if (stroke % 2) f = 1 - f;
      float x = (0.45f - 0.25f * f) * W, y = (0.20f + 0.20f * f) * H;
      push_finger(last_move_ms_ < 0 ? SDL_FINGERDOWN : SDL_FINGERMOTION, 0, x, y);
      p.x1 = x / W, p.y1 = y / H;
      last_move_ms_ = now_ms;
      return true;
    }
    if (last_move_ms_ >= 0 && now_ms - last_move_ms_ < panel_event_ms) return true;
    float f = std::clamp(float(t) / float(move_ms), 0.0f, 1.0f);
    const float x = (p.x0 + (p.x1 - p.x0) * f) * W, y = (p.y0 + (p.y1 - p.y0) * f) * H;
    if (p.kind == "pinch") {
      float half = (p.spread0 + (p.spread1 - p.spread0) * f) * H / 2;
      int type = last_move_ms_ < 0 ? SDL_FINGERDOWN : SDL_FINGERMOTION;
      push_finger(type, 0, p.x0 * W - half, p.y0 * H);
      push_finger(type, 1, p.x0 * W + half, p.y0 * H);
    } else {
      push_finger(last_move_ms_ < 0 ? SDL_FINGERDOWN : SDL_FINGERMOTION, 0, x, y);
    }
    last_move_ms_ = now_ms;
  }
  return true;
}

void Benchmark::frame_done(double cpu_ms, double raster_ms, double map_raster_ms, double wall_ms, bool content_swapped,
                           bool drew) {
  if (soak_) return soak_->frame_done(wall_ms, content_swapped, drew);
  if (current_ >= phases_.size()) return;
  Phase& p = phases_[current_];
  want_targets_ = p.kind == "tap";
  if (content_swapped) {
    ++swaps_;
    swap_frame_ms_.push_back(wall_ms);
    std::fprintf(stderr, "benchmark: content swapped in a frame of %.1f ms (main thread CPU %.1f ms, rasterising %.1f ms, map %.1f ms)\n",
                 wall_ms, cpu_ms, raster_ms, map_raster_ms);
  }
  ++frames_since_release_;
  if (!drew) {
    ++p.unchanged_frames;
    return;
  }
  ++p.frames;
  p.cpu_ms.push_back(cpu_ms - raster_ms);
  p.raster_ms.push_back(raster_ms);
  p.map_raster_ms.push_back(map_raster_ms);
  p.frame_ms.push_back(wall_ms);
}

std::string Benchmark::json(double first_frame_ms, const std::string& renderer, const std::string& video_driver) const {
  if (soak_) return soak_->json(first_frame_ms, renderer, video_driver);
  std::vector<double> cpu, raster, map_raster, frame;
  for (const auto& p : phases_) {
    if (p.kind == "idle") continue;  // the idle phase is about not rendering
    cpu.insert(cpu.end(), p.cpu_ms.begin(), p.cpu_ms.end());
    raster.insert(raster.end(), p.raster_ms.begin(), p.raster_ms.end());
    map_raster.insert(map_raster.end(), p.map_raster_ms.begin(), p.map_raster_ms.end());
    frame.insert(frame.end(), p.frame_ms.begin(), p.frame_ms.end());
  }
  std::ostringstream o;
  char buf[256];
  o << "{\n  \"benchmark\": \"kiosk\",\n  \"width\": " << w_ << ",\n  \"height\": " << h_ << ",\n";
  o << "  \"renderer\": " << quoted(renderer) << ",\n  \"video_driver\": " << quoted(video_driver) << ",\n";
  std::snprintf(buf, sizeof buf, "  \"first_frame_ms\": %.1f,\n", first_frame_ms);
  o << buf;
  o << "  \"frames\": " << frame.size() << ",\n";
  o << "  \"cpu_ms\": " << stats_json(cpu) << ",\n";
  o << "  \"raster_ms\": " << stats_json(raster) << ",\n";
  o << "  \"map_raster_ms\": " << stats_json(map_raster) << ",\n";
  o << "  \"frame_ms\": " << stats_json(frame) << ",\n";
  std::snprintf(buf, sizeof buf, "  \"worst_frame_ms\": %.3f,\n", frame.empty() ? 0.0 : *std::max_element(frame.begin(), frame.end()));
  o << buf;
  o << "  \"content_swaps\": " << swaps_ << ",\n  \"swap_frame_ms\": [";
  for (size_t i = 0; i < swap_frame_ms_.size(); ++i) o << (i ? ", " : "") << swap_frame_ms_[i];
  o << "],\n";
  o << "  \"memory_kb\": {\"peak_rss\": " << proc_kb("/proc/self/status", "VmHWM")
    << ", \"rss\": " << proc_kb("/proc/self/smaps_rollup", "Rss") << ", \"pss\": " << proc_kb("/proc/self/smaps_rollup", "Pss")
    << "},\n";
  o << "  \"phases\": [\n";
  for (size_t i = 0; i < phases_.size(); ++i) {
    const Phase& p = phases_[i];
    double fps = p.wall_ms > 0 ? p.frames * 1000.0 / p.wall_ms : 0;
    double cpu_pct = p.wall_ms > 0 ? 100.0 * p.process_cpu_ms / p.wall_ms : 0;
    std::snprintf(buf, sizeof buf,
                  "\"frames\": %d, \"unchanged_frames\": %d, \"wall_ms\": %.0f, \"fps\": %.1f, \"process_cpu_percent\": %.2f, ",
                  p.frames, p.unchanged_frames, p.wall_ms, fps, cpu_pct);
    o << "    {\"name\": " << quoted(p.name) << ", \"kind\": " << quoted(p.kind) << ", " << buf;
    o << "\"cpu_ms\": " << stats_json(p.cpu_ms) << ", \"raster_ms\": " << stats_json(p.raster_ms) << ", \"map_raster_ms\": " << stats_json(p.map_raster_ms)
      << ", \"frame_ms\": " << stats_json(p.frame_ms) << ", \"problem\": " << quoted(p.problem) << "}"
      << (i + 1 < phases_.size() ? ",\n" : "\n");
  }
  o << "  ]\n}\n";
  return o.str();
}

}  // namespace kiosk
