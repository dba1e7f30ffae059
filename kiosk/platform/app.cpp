// SDL window, renderer and frame loop.
#include "kiosk/platform/app.hpp"

#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_sdlrenderer.h>

#include <algorithm>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <malloc.h>
#include <utility>

#include "content/search.hpp"
#include "kiosk/logic/content_setup.hpp"
#include "kiosk/logic/map_input.hpp"
#include "kiosk/logic/snapshot_loader.hpp"
#include "kiosk/logic/trusted_clock.hpp"
#include "kiosk/logic/update.hpp"
#include "kiosk/logic/exit_codes.hpp"
#include "kiosk/platform/admin_tasks.hpp"
#include "kiosk/platform/bench.hpp"
#include "kiosk/platform/dark_input.hpp"
#include "kiosk/platform/display.hpp"
#include "kiosk/platform/draw_renderer.hpp"
#include "kiosk/platform/image_textures.hpp"
#include "kiosk/platform/loop_clock.hpp"
#include "kiosk/platform/png_writer.hpp"
#include "kiosk/views/map_cache.hpp"
#include "kiosk/platform/pointer_input.hpp"
#include "kiosk/platform/process_clock.hpp"
#include "kiosk/platform/renderer_choice.hpp"
#include "kiosk/platform/triangle_fill.hpp"
#include "kiosk/platform/sdl_events.hpp"
#include "kiosk/platform/watchdog.hpp"

namespace kiosk {
namespace {

volatile std::sig_atomic_t stop_requested = 0;

// Logs what the wall clock changed (logic/state.hpp WallClock): a clock that cannot be right
// (once), and the screen going dark or waking at the opening hours.
void log_wall_clock(const WallClock& before, const WallClock& now, bool& warned) {
  if (!now.trusted && !warned) {
    std::fprintf(stderr, "warning: the clock says %s, earlier than this app's build or its content: it cannot be right, "
                 "so opening hours are not kept and no event is called upcoming or past until it is set (NTP)\n",
                 format_local(now.unix_s).c_str());
    warned = true;
  }
  if (now.trusted && !before.trusted && warned) std::fprintf(stderr, "the clock is plausible again\n");
  bool first = before.unix_s == 0;
  if (!now.hours || !now.trusted || (!first && now.outside_hours == before.outside_hours)) return;
  auto next = next_change(*now.hours, now.unix_s);
  std::string until = next ? format_local(*next) : std::string("further notice (no opening hours ahead)");
  if (now.outside_hours) std::fprintf(stderr, "outside the opening hours: the screen is dark until %s\n", until.c_str());
  else std::fprintf(stderr, "opening hours: open until %s\n", until.c_str());
}
void on_stop_signal(int) { stop_requested = 1; }

// Frames to render after anything happens: ImGui needs one or two to settle hover and layout.
constexpr int settle_frames = 3;
constexpr int idle_wait_ms = 250;  // bounded, so SIGTERM and idle rules are noticed promptly
// While a finger is down, at most one frame every 25 ms (40 a second): a touch panel may report 60
// to 120 moves a second, and a pan frame costs a few ms of CPU in software rendering; the moves in
// between add up in the next frame (README, "Performance").
constexpr int64_t touch_frame_interval_ms = 25;

// ImGui's context and its renderer backend, torn down on every way out of run_app, before SDL
// (declared after Sdl).
struct ImGuiSession {
  bool backend = false;
  ImGuiSession() { ImGui::CreateContext(); }
  ~ImGuiSession() {
    if (backend) ImGui_ImplSDLRenderer_Shutdown();
    ImGui::DestroyContext();
  }
  ImGuiSession(const ImGuiSession&) = delete;
  ImGuiSession& operator=(const ImGuiSession&) = delete;
};

// SDL 2.26's SDL_WaitEventTimeout sleeps until an event only on window systems that can (x11,
// wayland); elsewhere (KMSDRM, offscreen) it polls every millisecond, about 3 % of a core while the
// kiosk idles. There we poll every 25 ms instead (a first touch waits at most that long; the
// touches after it come while frames are drawn, without waiting).
bool wait_event(SDL_Event& e, int timeout_ms, bool sdl_waits) {
  if (sdl_waits) return SDL_WaitEventTimeout(&e, timeout_ms) != 0;
  const uint64_t end = SDL_GetTicks64() + uint64_t(timeout_ms);
  for (;;) {
    if (SDL_PollEvent(&e)) return true;
    uint64_t now = SDL_GetTicks64();
    if (now >= end) return false;
    SDL_Delay(Uint32(std::min<uint64_t>(end - now, 25)));
  }
}

// The map's cached texture (views/map_cache.hpp): its triangles filled straight into the pixels
// of a streaming texture (platform/triangle_fill.hpp; SDL's renderer took 3 to 4 times as long).
class MapTexture {
 public:
  MapTexture(SDL_Renderer* renderer, Uint32 format)
      : renderer_(renderer), format_(SDL_AllocFormat(SDL_BYTESPERPIXEL(format) == 4 ? format : Uint32(SDL_PIXELFORMAT_ARGB8888))) {}
  ~MapTexture() {
    if (texture_) SDL_DestroyTexture(texture_);
    if (format_) SDL_FreeFormat(format_);
  }
  ImTextureID render(const ImDrawList& list, int w, int h) {
    if (!format_) return nullptr;
    if (!texture_ || w != w_ || h != h_) {
      if (texture_) SDL_DestroyTexture(texture_);
      // The screen's own pixel format, opaque (the sea fills it): copying it to the screen is
      // then a plain copy in software rendering, without converting or blending each pixel.
      texture_ = SDL_CreateTexture(renderer_, format_->format, SDL_TEXTUREACCESS_STREAMING, w, h);
      if (texture_) SDL_SetTextureBlendMode(texture_, SDL_BLENDMODE_NONE);
      w_ = w;
      h_ = h;
      if (!texture_) {
        std::fprintf(stderr, "warning: no map texture (%s); drawing the map every frame\n", SDL_GetError());
        return nullptr;
      }
    }
    void* pixels = nullptr;
    int pitch = 0;
    if (SDL_LockTexture(texture_, nullptr, &pixels, &pitch) != 0) return nullptr;
    PixelTarget target{static_cast<uint32_t*>(pixels), pitch / 4, w, h, [this](ImU32 c) {
                         return SDL_MapRGB(format_, c & 0xFF, (c >> 8) & 0xFF, (c >> 16) & 0xFF);
                       }};
    fill_triangles(target, list);
    SDL_UnlockTexture(texture_);
    return texture_;
  }

 private:
  SDL_Renderer* renderer_;
  SDL_PixelFormat* format_;
  SDL_Texture* texture_ = nullptr;
  int w_ = 0, h_ = 0;
};

// Runs the visitor's search when the query changes; results the snapshot does not know are dropped.
class SearchResults {
 public:
  explicit SearchResults(const std::string& db_path) {
    if (auto s = content::Search::open(db_path)) search_.emplace(std::move(*s));
    else std::fprintf(stderr, "warning: search unavailable: %s\n", s.error().message.c_str());
  }
  const std::vector<content::ItemRef>& for_query(const std::string& query, const content::Snapshot& snap) {
    if (query == query_) return results_;
    query_ = query;
    results_.clear();
    if (!search_) return results_;
    auto hits = search_->query(query, 40);
    if (!hits) {
      std::fprintf(stderr, "warning: %s\n", hits.error().message.c_str());
      return results_;
    }
    for (const auto& h : *hits)
      if (auto kind = content::kind_from_name(h.kind); kind && snap.contains({*kind, h.id}))
        results_.push_back({*kind, h.id});
    return results_;
  }
  void invalidate() { query_ = "\x01"; }

 private:
  std::optional<content::Search> search_;
  std::string query_;
  std::vector<content::ItemRef> results_;
};

int64_t thread_cpu_us() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return int64_t(ts.tv_sec) * 1'000'000 + ts.tv_nsec / 1000;
}

int64_t wall_us() {
  timespec ts{};
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return int64_t(ts.tv_sec) * 1'000'000 + ts.tv_nsec / 1000;
}

// Time spent rasterising in this frame (the map texture, ImGui's draw data, present): the
// benchmark mode reports it apart from our own CPU.
struct RasterClock {
  int64_t cpu_us = 0, wall_us = 0;
  template <class F>
  auto time(F&& f) {
    int64_t c = thread_cpu_us(), w = kiosk::wall_us();
    struct Add {
      RasterClock& r;
      int64_t c, w;
      ~Add() { r.cpu_us += thread_cpu_us() - c, r.wall_us += kiosk::wall_us() - w; }
    } add{*this, c, w};
    return f();
  }
};

}  // namespace

int run_app(AppSetup setup) {
  const Options& o = setup.options;
  bool headless = !o.screenshot.empty();
  const char* driver_env = std::getenv("SDL_VIDEODRIVER");
  bool offscreen = headless || (!o.benchmark.empty() && driver_env && std::string(driver_env) == "dummy");
  std::unique_ptr<Benchmark> bench;
  LoopClock clock;  // SDL's ticks; the soak's simulated time
  // We handle SIGTERM ourselves so that it does not turn into SDL_QUIT (which we ignore).
  SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
  SDL_SetHint(SDL_HINT_TOUCH_MOUSE_EVENTS, "0");  // our input layer reads fingers itself
  SDL_SetHint(SDL_HINT_MOUSE_TOUCH_EVENTS, "0");
  std::signal(SIGTERM, on_stop_signal);
  std::signal(SIGINT, on_stop_signal);
  if (SDL_Init(offscreen ? SDL_INIT_EVENTS : SDL_INIT_VIDEO) != 0) {
    std::fprintf(stderr, "error: cannot start SDL: %s\n", SDL_GetError());
    return 1;
  }
  Sdl sdl;
  std::string why;
  if (!create_display(o, offscreen, sdl, why)) {
    std::fprintf(stderr, "error: cannot create the display: %s\n", why.c_str());
    return 1;
  }
  SDL_RendererInfo renderer_info{};
  SDL_GetRendererInfo(sdl.renderer, &renderer_info);
  const std::string video_driver = offscreen ? "offscreen" : SDL_GetCurrentVideoDriver();
  const bool sdl_waits = video_driver == "x11" || video_driver == "wayland";

  IMGUI_CHECKVERSION();
  ImGuiSession imgui;
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // the kiosk writes nothing while visitors use it
  io.LogFilename = nullptr;
  io.MouseDragThreshold = 12;
  int w = 0, h = 0;
  output_size(sdl, w, h);
  if (!o.benchmark.empty()) {
    bench = std::make_unique<Benchmark>(o.bench_script.empty() ? "visitor" : o.bench_script, w, h);
    if (bench->simulated_clock()) clock.simulate();
    if (!bench->error().empty()) {
      std::fprintf(stderr, "error: --bench-script: %s\n", bench->error().c_str());
      return 2;
    }
  }
  float px_per_mm = setup.config.diagonal_inch > 0
                        ? std::hypot(float(w), float(h)) / float(setup.config.diagonal_inch * 25.4)
                        : 0;
  Theme theme = make_theme(float(std::min(w, h)), px_per_mm);
  if (!load_fonts(io, setup.font_regular, setup.font_bold, theme, why)) std::fprintf(stderr, "warning: %s\n", why.c_str());
  apply_style(theme);
  imgui.backend = ImGui_ImplSDLRenderer_Init(sdl.renderer);

  State state;
  state.screen = o.screen;
  if (auto lang = content::lang_from_code(o.lang)) state.lang = *lang;
  state.timing.idle_warning_ms = int64_t(setup.config.idle_warning_s) * 1000;
  state.timing.idle_countdown_ms = int64_t(setup.config.idle_countdown_s) * 1000;
  state.here = setup.config.location;
  state.admin = admin_setup(!setup.config.admin.pin_hash.empty() && pin_hash_readable(setup.config.admin.pin_hash), w, h,
                            px_per_mm);
  if (!state.admin.enabled)
    std::fprintf(stderr, "admin screen: disabled (%s)\n", setup.config.admin.pin_hash.empty()
                                                             ? "no [admin] pin_hash in the config"
                                                             : "[admin] pin_hash cannot be read: make it with --hash-pin");
  const std::string tasks = setup.config.admin.tasks.empty() ? KIOSK_ADMIN_TASKS : setup.config.admin.tasks;
  AdminTasks admin_tasks({.version = KIOSK_VERSION,
                          .pin_hash = setup.config.admin.pin_hash,
                          .config_path = o.config,
                          .data_dir = std::filesystem::path(setup.database_path).parent_path(),
                          .trusted_keys = setup.config.sync.trusted_keys,
                          .usb_globs = setup.config.admin.usb_globs,
                          .runner = tasks == "systemd" ? AdminTaskRunner::systemd : AdminTaskRunner::child});
  int exit_code = exit_stopped;
  state.now_ms = state.last_input_ms = clock.now_ms();
  state.wall.hours = setup.config.opening_hours;
  state.wall.build_s = parse_utc_date(KIOSK_BUILD_DATE).value_or(0);
  state.wall.content_created_s = parse_utc_time(setup.snapshot->state().created).value_or(0);
  const int64_t wall_offset_s = o.now.empty() ? 0 : parse_local_time(o.now).value_or(0) - int64_t(std::time(nullptr));
  bool dark_shown = false, clock_warned = false;
  PointerInput input;
  SnapshotLoader loader(setup.database_path, setup.snapshot->state());
  if (!loader.watch_error().empty())
    std::fprintf(stderr, "warning: new content will not be noticed: %s\n", loader.watch_error().c_str());
  std::shared_ptr<const content::Snapshot> incoming;  // loaded, waiting for a moment between touches
  SearchResults search(setup.database_path);
  UiState ui;
  // The map texture in the screen's format (offscreen: our surface's) when the renderer takes it
  // for textures, else ARGB8888.
  Uint32 screen_format = sdl.surface ? sdl.surface->format->format : Uint32(SDL_GetWindowPixelFormat(sdl.window));
  bool renderer_takes = std::find(renderer_info.texture_formats, renderer_info.texture_formats + renderer_info.num_texture_formats,
                                  screen_format) != renderer_info.texture_formats + renderer_info.num_texture_formats;
  MapTexture map_texture(sdl.renderer, renderer_takes ? screen_format : Uint32(SDL_PIXELFORMAT_ARGB8888));
  MapCache map_cache;
  RasterClock raster, map_raster;  // all rasterising, and the map texture's part of it
  std::vector<SDL_Texture*> redrawn;  // textures whose pixels changed in this frame
  map_cache.render = [&](const ImDrawList& list, int w, int h) {
    ImTextureID t = map_raster.time([&] { return map_texture.render(list, w, h); });
    redrawn.push_back(static_cast<SDL_Texture*>(t));
    return t;
  };
  // SDL's software renderer keeps its pixels between frames: only what changed is redrawn.
  FrameRenderer frame_renderer(std::string(renderer_info.name) == "software");
  if (const char* v = std::getenv("KIOSK_VERIFY_REDRAW"); v && *v == '1') frame_renderer.set_verify(true);
  const std::filesystem::path data_dir = std::filesystem::path(setup.database_path).parent_path();
  ImageTextures images(sdl.renderer, [&](const std::string& path) {
    return image_file(*setup.snapshot, data_dir, setup.content_dir, path).string();
  });
  std::vector<Action> actions;
  std::vector<std::pair<float, float>> taps(o.taps.rbegin(), o.taps.rend());  // popped from the back
  int frames_owed = settle_frames, frame_count = 0, quiet_frames = 0;
  bool quit = false, first_frame_logged = false, large_fonts_tried = false;
  int64_t last_frame_ms = clock.now_ms(), last_drawn_ms = -1;
  Watchdog watchdog;  // systemd: READY=1 after the first frame, WATCHDOG=1 each turn, STOPPING=1 at the end
  double first_frame_ms = -1;

  while (!quit && !stop_requested) {
    watchdog.ping(int64_t(SDL_GetTicks64()));
    SDL_Event e;
    int64_t now_ms = clock.now_ms();
    int64_t due_ms = next_frame_due_ms(state);
    int wait_ms = int(std::clamp<int64_t>(due_ms - now_ms, 0, input.touching() ? 50 : idle_wait_ms));
    if (bench) {
      if (!bench->inject(now_ms)) break;
      wait_ms = int(std::min<int64_t>(wait_ms, bench->next_event_in_ms(now_ms)));
      if (bench->needs_frame()) frames_owed = std::max(frames_owed, 1);
    }
    // Simulated, waiting takes no time: the clock jumps instead; a frame takes 16 ms of it.
    if (clock.simulated()) clock.turn(frames_owed > 0 || SDL_HasEvents(SDL_FIRSTEVENT, SDL_LASTEVENT), wait_ms);
    auto pace_ms = [&] {  // how long the next frame must wait while a finger is down
      if (!input.touching() || last_drawn_ms < 0 || headless || clock.simulated()) return int64_t(0);
      return std::max<int64_t>(0, last_drawn_ms + touch_frame_interval_ms - clock.now_ms());
    };
    if (int64_t p = pace_ms(); p > 0) wait_ms = int(wait_ms == 0 ? p : std::min<int64_t>(wait_ms, p));
    bool got = (frames_owed > 0 && pace_ms() == 0) || headless || wait_ms == 0 || clock.simulated()
                   ? SDL_PollEvent(&e)
                   : wait_event(e, wait_ms, sdl_waits);
    const int64_t turn_cpu_us = thread_cpu_us(), turn_wall_us = wall_us();
    bool swapped = false;
    while (got) {
      output_size(sdl, w, h);
      // Quitting only in a development window or on the admin screen, never for a visitor.
      if (handle_event(e, w, h, o.windowed || admin_unlocked(state.admin), input, quit, clock.now_ms()))
        frames_owed = settle_frames;
      got = SDL_PollEvent(&e);
    }
    if (input.touching() && input.poll_long_press(clock.now_ms())) frames_owed = settle_frames;
    for (const auto& a : admin_tasks.poll(state)) state = update(std::move(state), a), frames_owed = settle_frames;
    if (state.admin.exit) {
      bool console = *state.admin.exit == AdminExit::console;
      std::fprintf(stderr, "admin: %s\n", console ? "leaving to the console" : "restarting");
      exit_code = console ? exit_console : exit_restart;
      break;
    }
    Screen screen_before = state.screen;
    due_ms = next_frame_due_ms(state);
    state = update(std::move(state), Tick{clock.now_ms()});
    if (int64_t unix_s = int64_t(std::time(nullptr)) + wall_offset_s; unix_s != state.wall.unix_s) {
      WallClock before = state.wall;
      state = update(std::move(state), WallClockRead{unix_s, local_time(unix_s)});
      log_wall_clock(before, state.wall, clock_warned);
    }
    if (state.screen != screen_before) frames_owed = settle_frames;
    if (images.pump(redrawn)) frames_owed = settle_frames;  // a decoded image can be shown
    if (state.now_ms >= due_ms || ui.scroll_velocity_px_s != 0)
      frames_owed = std::max(frames_owed, 1);  // animation or a timed change
    if (auto loaded = loader.poll()) {
      if (*loaded) incoming = **loaded;  // a newer one waiting replaces the older
      else std::fprintf(stderr, "error: new content could not be loaded, keeping the current: %s\n",
                        loaded->error().message.c_str());
    }
    if (incoming && may_replace_content(state, {input.touching() || input.pending(), ui.scroll_velocity_px_s != 0})) {
      setup.snapshot = std::move(incoming);
      incoming.reset();
      state = update(std::move(state), ContentReplaced{setup.snapshot});
      search.invalidate();
      images.content_changed();  // pictures the new content does not show are freed
      malloc_trim(0);  // and what the old content held goes back to the system: glibc keeps freed memory
      std::fprintf(stderr, "new content: sequence %lld\n", (long long)setup.snapshot->state().sequence);
      swapped = true;  // (the redraw covers what the new content changed, like any other frame)
      map_cache.hold_look = true;  // new map highlights on the next frame
      frames_owed = settle_frames;
    }
    if (is_dark(state)) {  // outside the opening hours: one black frame, then nothing at all
      state = dark_touch(std::move(state), input);  // wake_on_touch, or the admin corner
      if (!is_dark(state)) continue;                  // woken: render from the next turn
      if (!dark_shown) {
        SDL_SetRenderDrawColor(sdl.renderer, 0, 0, 0, 0xFF);
        SDL_RenderClear(sdl.renderer);
        SDL_RenderPresent(sdl.renderer);
        SDL_EnableScreenSaver();  // X11 may then blank the display (DPMS); KMSDRM cannot (README)
        dark_shown = true;
        if (!first_frame_logged) {
          std::fprintf(stderr, "first frame after %lld ms (dark: outside the opening hours)\n",
                       (long long)ms_since_process_start());
          first_frame_logged = true;
          watchdog.report_ready();
        }
      }
      if (headless && !taps.empty() && !input.pending()) {
        auto [x, y] = taps.back();
        taps.pop_back();
        input.push({PointerEvent::Type::down, 1, x, y, state.now_ms});
        input.push({PointerEvent::Type::up, 1, x, y, state.now_ms});
      } else if (headless && taps.empty() && !input.pending()) {
        SDL_Surface* s = sdl.surface;
        bool ok = write_png(o.screenshot, s->w, s->h, static_cast<const uint8_t*>(s->pixels), s->pitch);
        std::fprintf(stderr, "%s %s (dark: outside the opening hours)\n", ok ? "wrote" : "error: cannot write",
                     o.screenshot.c_str());
        quit = true;
        if (!ok) return 1;
      }
      continue;
    }
    if (dark_shown) {  // open again, or woken by a touch
      SDL_DisableScreenSaver();
      frame_renderer.invalidate();  // the screen was painted black behind its back
      dark_shown = false;
      frames_owed = settle_frames;
    }
    if (headless && !input.pending() && quiet_frames >= settle_frames && !taps.empty()) {
      auto [x, y] = taps.back();
      taps.pop_back();
      input.push({PointerEvent::Type::down, 1, x, y, state.now_ms});
      input.push({PointerEvent::Type::up, 1, x, y, state.now_ms});
      frames_owed = settle_frames;
    }
    // Some time after a pan, the next frame drawn anyway (the "still there?" countdown at the
    // latest) draws the map texture without its margins, giving back their memory. No frame is
    // drawn for it: an idle kiosk draws nothing.
    constexpr int64_t drop_margins_after_ms = 10'000;
    map_cache.drop_margins = (map_cache.key.margin_x > 0 || map_cache.key.margin_y > 0) && !input.touching() &&
                             !is_animating(state) && state.now_ms - state.last_input_ms >= drop_margins_after_ms;
    // The map may show its texture scaled while it moves (views/map_cache.hpp): once it stands
    // still, one more frame draws it sharp.
    bool map_moving = input.touching() || is_animating(state);
    if (std::exchange(map_cache.moving, map_moving) && !map_moving) frames_owed = std::max(frames_owed, 1);
    if (frames_owed <= 0 && !input.pending()) continue;
    if (pace_ms() > 0) continue;  // the moves so far go into the next frame

    // One frame.
    output_size(sdl, w, h);
    io.DisplaySize = ImVec2(float(w), float(h));
    int64_t frame_ms = clock.now_ms();
    io.DeltaTime = std::clamp(float(frame_ms - last_frame_ms) / 1000.0f, 0.001f, 0.1f);
    last_frame_ms = frame_ms;
    if (frame_count == 0) {
      // A layout pass: the map view reports its viewport while it draws, so without this the
      // first frame would draw the map for the camera's initial 1×1 view and only the second
      // the real map. Nothing is rasterised here.
      ImGui_ImplSDLRenderer_NewFrame();
      ImGui::NewFrame();
      std::vector<Action> layout;
      const std::vector<content::ItemRef> no_results;
      UiState scratch = ui;
      MapCache layout_cache;
      layout_cache.layout_only = true;
      draw_kiosk(ViewContext{state, *setup.snapshot, setup.map, theme, no_results, layout, &scratch, nullptr, &layout_cache, nullptr});
      ImGui::EndFrame();
      for (const auto& a : layout)
        if (std::holds_alternative<MapViewportChanged>(a)) state = update(std::move(state), a);
    }
    bool had_input = input.pending();
    input.apply_to(io);
    input.poll(state.now_ms);
    for (const auto& down : input.take_downs())
      for (const auto& a : map_actions_for_down(state, down)) state = update(std::move(state), a);
    for (const auto& g : input.take_gestures()) {
      for (const auto& a : map_actions(state, g)) state = update(std::move(state), a), had_input = true;
      if (auto a = admin_action_for(state, g)) state = update(std::move(state), *a), had_input = true;
    }
    // Larger text, the first time a visitor asks for it: its fonts join the atlas, and the font
    // texture is made anew (so is the whole next frame).
    if (state.accessibility.large_text && !theme.large_fonts.body && !large_fonts_tried) {
      large_fonts_tried = true;
      if (load_large_fonts(io, setup.font_regular, setup.font_bold, theme)) {
        // Logged: the font texture grows by a few MB here, once, and stays (a soak shows the step).
        std::fprintf(stderr, "fonts: the larger-text fonts loaded (first use)\n");
        ImGui_ImplSDLRenderer_DestroyFontsTexture();
        frame_renderer.invalidate();
      } else {
        std::fprintf(stderr, "warning: the larger-text fonts did not load; the everyday ones stay\n");
      }
    }
    ImGui_ImplSDLRenderer_NewFrame();
    // The renderer has its font texture now; ImGui's own CPU copy of the atlas (~10 MB) can go.
    if (io.Fonts->TexPixelsRGBA32 || io.Fonts->TexPixelsAlpha8) io.Fonts->ClearTexData();
    ImGui::NewFrame();
    actions.clear();
    const auto& results = search.for_query(state.search_query, *setup.snapshot);
    std::vector<HitTarget>* targets = bench && bench->wants_targets() ? bench->targets() : nullptr;
    if (targets) targets->clear();
    draw_kiosk(ViewContext{state, *setup.snapshot, setup.map, theme, results, actions, &ui, targets, &map_cache, &images});
    ImGui::Render();
    io.MouseWheel = 0;
    bool drew = raster.time([&] {
      bool changed = frame_renderer.render(sdl.renderer, *ImGui::GetDrawData(), {0xF5, 0xF3, 0xEF, 0xFF}, redrawn);
      if (changed) SDL_RenderPresent(sdl.renderer);
      return changed;
    });
    if (drew) last_drawn_ms = frame_ms;  // when it began: the pace is from start to start
    redrawn.clear();
    map_cache.hold_look = map_cache.drop_margins = false;
    if (std::exchange(map_cache.stale, false)) frames_owed = std::max(frames_owed, 1);
    ++frame_count;
    if (clock.simulated()) clock.frame_drawn();
    if (bench)
      bench->frame_done(double(thread_cpu_us() - turn_cpu_us) / 1e3, double(raster.cpu_us + map_raster.cpu_us) / 1e3,
                        double(map_raster.cpu_us) / 1e3, double(wall_us() - turn_wall_us) / 1e3, swapped, drew);
    raster = map_raster = {};
    if (!first_frame_logged) {
      first_frame_ms = double(ms_since_process_start());
      std::fprintf(stderr, "first frame after %lld ms\n", (long long)ms_since_process_start());
      std::fflush(stderr);
      first_frame_logged = true;
      watchdog.report_ready();
    }
    for (const auto& a : actions) state = update(std::move(state), a);
    // After input ImGui needs a few frames to settle; while a finger moves, its next event brings
    // the next frame, so one is enough then.
    frames_owed = actions.empty() && !had_input ? frames_owed - 1 : input.touching() ? 1 : settle_frames;
    quiet_frames = actions.empty() && !had_input && !input.pending() ? quiet_frames + 1 : 0;

    if (headless && taps.empty() && !input.pending() && quiet_frames >= settle_frames && images.idle()) {
      SDL_Surface* s = sdl.surface;
      bool ok = write_png(o.screenshot, s->w, s->h, static_cast<const uint8_t*>(s->pixels), s->pitch);
      std::fprintf(stderr, "%s %s after %d frames\n", ok ? "wrote" : "error: cannot write", o.screenshot.c_str(),
                   frame_count);
      quit = true;
      if (!ok) return 1;
    }
  }
  if (frame_renderer.verified_frames() > 0)
    std::fprintf(stderr, "redraw check: %lld partial frames drawn whole as well, %lld pixels differ\n",
                 (long long)frame_renderer.verified_frames(), (long long)frame_renderer.differing_pixels());
  if (bench) {
    std::string out = bench->json(first_frame_ms, renderer_info.name ? renderer_info.name : "?",
                                  offscreen ? "offscreen" : SDL_GetCurrentVideoDriver());
    FILE* f = std::fopen(o.benchmark.c_str(), "w");
    bool ok = f && std::fwrite(out.data(), 1, out.size(), f) == out.size();
    if (f) ok = std::fclose(f) == 0 && ok;
    std::fprintf(stderr, "%s %s\n", ok ? "benchmark: wrote" : "error: cannot write", o.benchmark.c_str());
    if (!ok) exit_code = 1;
  }
  std::fprintf(stderr, "stopped\n");
  return exit_code;
}

}  // namespace kiosk
