// The UI test harness: the app's frame loop (kiosk/platform/app.cpp) without a window. Input goes
// through the app's own PointerInput, so taps and drags reach ImGui exactly as a finger's would;
// pixels come from ImGui's SDL_Renderer backend on a software renderer drawing into a surface.
#include "ui_harness.hpp"

#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_sdlrenderer.h>
#include <imgui_internal.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <filesystem>
#include <random>
#include <sstream>
#include <stdexcept>

#include "content/map_asset.hpp"
#include "content/search.hpp"
#include "kiosk/logic/admin.hpp"
#include "kiosk/logic/content_setup.hpp"
#include "kiosk/logic/map_input.hpp"
#include "kiosk/logic/update.hpp"
#include "kiosk/platform/admin_tasks.hpp"
#include "kiosk/platform/png_writer.hpp"
#include "kiosk/platform/pointer_input.hpp"

namespace kiosk_ui {
namespace {

constexpr int64_t frame_ms = 16;
constexpr int settle_frames = 3;       // as the app: frames to render after anything happens
constexpr int max_settle_frames = 400;  // a camera flight is 600 ms: ~40 frames
constexpr float drag_threshold_px = 12;  // as the app's io.MouseDragThreshold
constexpr int64_t finger_id = 1;
constexpr int64_t tap_pause_ms = 600;
constexpr int careful_hold_frames = 15;  // a finger held still this long has no fling speed left  // longer than a double tap's gap

// Controls that never sit inside a scrolling list (the bar, the tabs, the search field and
// keyboard, overlays). Everything else may be scrolled out of the list that holds it.
std::string fresh_temp_dir() {
  std::random_device rd;
  auto path = std::filesystem::temp_directory_path() / ("kiosk-ui-" + std::to_string(rd()) + std::to_string(rd()));
  std::filesystem::create_directories(path);
  return path.string();
}

// The scrolling child windows of the last frame (the panel's list), as ImGui's internals know them.
}  // namespace

struct UiHarness::Sdl {
  SDL_Surface* surface = nullptr;
  SDL_Renderer* renderer = nullptr;
  ImGuiContext* imgui = nullptr;
  kiosk::PointerInput input;
  ~Sdl() {
    if (imgui) {
      ImGui::SetCurrentContext(imgui);
      ImGui_ImplSDLRenderer_Shutdown();
      ImGui::DestroyContext(imgui);
    }
    if (renderer) SDL_DestroyRenderer(renderer);
    if (surface) SDL_FreeSurface(surface);
    SDL_Quit();
  }
};

// Search as the app runs it (app.cpp's SearchResults): FTS over the applied content, results the
// snapshot does not know dropped, re-run only when the query changes.
struct UiHarness::Search {
  std::optional<content::Search> search;
  std::string query = "\x01";
  std::vector<content::ItemRef> results;

  const std::vector<content::ItemRef>& for_query(const std::string& q, const content::Snapshot& snap) {
    if (q == query) return results;
    query = q;
    results.clear();
    if (!search) return results;
    auto hits = search->query(q, 40);
    if (!hits) return results;
    for (const auto& h : *hits)
      if (auto kind = content::kind_from_name(h.kind); kind && snap.contains({*kind, h.id}))
        results.push_back({*kind, h.id});
    return results;
  }
};

UiHarness::UiHarness(int width_px, int height_px)
    : width_px_(width_px), height_px_(height_px), sdl_(std::make_unique<Sdl>()), search_(std::make_unique<Search>()) {
  // Content through the app's own first-start path: validate, apply to a temp database, snapshot.
  data_dir_ = fresh_temp_dir();
  auto snap = kiosk::open_content(data_dir_, KIOSK_SOURCE_CONTENT_DIR);
  if (!snap) throw std::runtime_error("default content: " + snap.error().message);
  snapshot_ = *snap;
  if (auto s = content::Search::open(std::filesystem::path(data_dir_) / kiosk::database_file_name))
    search_->search.emplace(std::move(*s));
  else
    throw std::runtime_error("search: " + s.error().message);
  for (auto [file, asset] : {std::pair{"world-110m.bin", &map_.coarse}, std::pair{"world-50m.bin", &map_.fine}}) {
    auto loaded = content::load_map_asset(std::string(KIOSK_SOURCE_MAP_DIR) + "/" + file);
    if (!loaded.asset) throw std::runtime_error("map: " + loaded.error);
    *asset = std::move(*loaded.asset);
  }

  if (SDL_Init(0) != 0) throw std::runtime_error(std::string("SDL_Init: ") + SDL_GetError());
  sdl_->surface = SDL_CreateRGBSurfaceWithFormat(0, width_px, height_px, 32, SDL_PIXELFORMAT_ABGR8888);
  if (sdl_->surface) sdl_->renderer = SDL_CreateSoftwareRenderer(sdl_->surface);
  if (!sdl_->renderer) throw std::runtime_error(std::string("software renderer: ") + SDL_GetError());

  sdl_->imgui = ImGui::CreateContext();
  ImGui::SetCurrentContext(sdl_->imgui);
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.LogFilename = nullptr;
  io.MouseDragThreshold = drag_threshold_px;
  theme_ = kiosk::make_theme(float(std::min(width_px, height_px)));
  std::string why;
  std::string fonts = KIOSK_FONT_DIR;
  if (!kiosk::load_fonts(io, fonts + "/NotoSans-Regular.ttf", fonts + "/NotoSans-Bold.ttf", theme_, why))
    throw std::runtime_error("fonts: " + why);
  kiosk::apply_style(theme_);
  ImGui_ImplSDLRenderer_Init(sdl_->renderer);

  state_.now_ms = state_.last_input_ms = clock_ms_;
  frames(settle_frames);
}

UiHarness::~UiHarness() {
  admin_.reset();
  sdl_.reset();
  std::error_code ec;
  std::filesystem::remove_all(data_dir_, ec);
}

// One frame, in the order of app.cpp's loop: Tick and date, input (ImGui's mouse, then the map
// gestures ImGui cannot express), ImGui frame, draw, the views' actions applied.
void UiHarness::frame() {
  ImGui::SetCurrentContext(sdl_->imgui);
  clock_ms_ += frame_ms;
  state_ = kiosk::update(std::move(state_), kiosk::Tick{clock_ms_});
  if (today_yyyymmdd_ != state_.today_yyyymmdd)
    state_ = kiosk::update(std::move(state_), kiosk::DateChanged{today_yyyymmdd_});
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(float(width_px_), float(height_px_));
  io.DeltaTime = float(frame_ms) / 1000.0f;
  auto& input = sdl_->input;
  input.apply_to(io);
  input.poll(state_.now_ms);
  for (const auto& down : input.take_downs())
    for (const auto& a : kiosk::map_actions_for_down(state_, down)) state_ = kiosk::update(std::move(state_), a);
  for (const auto& g : input.take_gestures()) {
    for (const auto& a : kiosk::map_actions(state_, g)) state_ = kiosk::update(std::move(state_), a);
    if (auto a = kiosk::admin_action_for(state_, g)) state_ = kiosk::update(std::move(state_), *a);
  }
  if (state_.accessibility.large_text && !theme_.large_fonts.body) {  // as app.cpp: on first use
    std::string fonts = KIOSK_FONT_DIR;
    if (!kiosk::load_large_fonts(io, fonts + "/NotoSans-Regular.ttf", fonts + "/NotoSans-Bold.ttf", theme_))
      throw std::runtime_error("fonts: the larger-text fonts did not load");
    ImGui_ImplSDLRenderer_DestroyFontsTexture();
  }
  ImGui_ImplSDLRenderer_NewFrame();
  ImGui::NewFrame();
  actions_.clear();
  targets_.clear();
  const auto& results = search_->for_query(state_.search_query, *snapshot_);
  kiosk::draw_kiosk(kiosk::ViewContext{.state = state_,
                                       .snap = *snapshot_,
                                       .map = map_,
                                       .theme = theme_,
                                       .search_results = results,
                                       .out = actions_,
                                       .ui = &ui_,
                                       .targets = &targets_});
  ImGui::Render();
  io.MouseWheel = 0;
  rasterised_ = false;
  for (const auto& a : actions_) state_ = kiosk::update(std::move(state_), a);
  if (admin_)
    for (const auto& a : admin_->poll(state_, true)) state_ = kiosk::update(std::move(state_), a);
}

void UiHarness::enable_admin(const std::string& pin_hash) {
  auto admin = state_.admin;
  state_.admin = kiosk::admin_setup(true, width_px_, height_px_, 0);
  state_.admin.lockout = admin.lockout;
  admin_ = std::make_unique<kiosk::AdminTasks>(kiosk::AdminTasksSetup{
      .version = "0.1.0-test",
      .pin_hash = pin_hash,
      .data_dir = data_dir_,
      .trusted_keys = {"ed25519:10c10d48d63ee351:WWvcMoug5OM35b57N6H5yQG7odDzzufGqbZZzyeqBoY="},
      .usb_globs = {data_dir_ + "/no-usb-stick-*/kiosk-feed"},
      .sync_binary = "/bin/false"});
}

void UiHarness::long_press(Point at) {
  press(at);
  frames(int(1000 / frame_ms));
  release(at);
}

void UiHarness::frames(int n) {
  for (int i = 0; i < n; ++i) frame();
}

void UiHarness::settle() {
  int quiet = 0;
  for (int i = 0; i < max_settle_frames && quiet < settle_frames; ++i) {
    bool had_input = sdl_->input.pending();
    frame();
    bool still = !had_input && !sdl_->input.pending() && !kiosk::is_animating(state_) && ui_.scroll_velocity_px_s == 0 &&
                 std::all_of(actions_.begin(), actions_.end(),
                             [](const kiosk::Action& a) { return std::holds_alternative<kiosk::MapViewportChanged>(a); });
    quiet = still ? quiet + 1 : 0;
  }
}

std::optional<kiosk::HitTarget> UiHarness::find(std::string_view id) const {
  for (const auto& t : targets_)
    if (t.id == id) return t;
  return std::nullopt;
}

bool UiHarness::visible(std::string_view id) const {
  auto t = find(id);
  if (!t) return false;
  Point c = centre(*t);
  if (c.x < 0 || c.y < 0 || c.x >= float(width_px_) || c.y >= float(height_px_)) return false;
  return t->visible_at(c.x, c.y);  // inside the clip rectangle it was drawn with
}

std::string UiHarness::target_ids() const {
  std::ostringstream s;
  for (const auto& t : targets_) s << "  " << t.id << (visible(t.id) ? "" : " (hidden)") << "\n";
  return s.str();
}

bool UiHarness::tap(std::string_view id) {
  auto t = find(id);
  if (!t) {
    UNSCOPED_INFO("no control \"" << id << "\" in the last frame; there are:\n" << target_ids());
    return false;
  }
  if (!visible(id)) {
    UNSCOPED_INFO("control \"" << id << "\" is drawn but not on screen (scrolled out of its list or off the display): "
                               << t->x << "," << t->y << " " << t->w << "x" << t->h << "; controls:\n"
                               << target_ids());
    return false;
  }
  Point c = centre(*t);
  tap_at(c.x, c.y);
  return true;
}

void UiHarness::tap_at(float x, float y) {
  using T = kiosk::PointerEvent::Type;
  // A visitor's taps are not machine-gun fast: two taps on one spot within the double-tap time
  // would zoom the map. Taps that follow each other closely wait as a person would.
  if (clock_ms_ - last_tap_ms_ < tap_pause_ms) advance_ms(tap_pause_ms - (clock_ms_ - last_tap_ms_));
  sdl_->input.push({T::down, finger_id, x, y, clock_ms_});
  sdl_->input.push({T::up, finger_id, x, y, clock_ms_});
  ++taps_;
  settle();
  last_tap_ms_ = clock_ms_;
}

void UiHarness::press(Point at) {
  sdl_->input.push({kiosk::PointerEvent::Type::down, finger_id, at.x, at.y, clock_ms_});
  frame();
}

void UiHarness::move_to(Point at) {
  sdl_->input.push({kiosk::PointerEvent::Type::move, finger_id, at.x, at.y, clock_ms_});
  frame();
}

void UiHarness::release(Point at) {
  sdl_->input.push({kiosk::PointerEvent::Type::up, finger_id, at.x, at.y, clock_ms_});
  settle();
}

void UiHarness::drag(Point from, Point to, int steps, int hold_frames) {
  steps = std::max(steps, 1);
  press(from);
  for (int i = 1; i <= steps; ++i) {
    float f = float(i) / float(steps);
    move_to({from.x + (to.x - from.x) * f, from.y + (to.y - from.y) * f});
  }
  frames(hold_frames);
  ++drags_;
  release(to);
}

bool UiHarness::scroll_into_view(std::string_view id, int max_drags) {
  for (int i = 0; i <= max_drags; ++i) {
    auto t = find(id);
    if (!t) {
      UNSCOPED_INFO("no control \"" << id << "\" to scroll to; there are:\n" << target_ids());
      return false;
    }
    if (visible(id)) return true;
    if (i == max_drags) break;
    // The list is the clip rectangle the control was drawn in.
    const ImRect clip(t->clip_x0, t->clip_y0, t->clip_x1, t->clip_y1);
    float x = (clip.Min.x + clip.Max.x) * 0.5f;
    float target_y = centre(*t).y, mid_y = (clip.Min.y + clip.Max.y) * 0.5f;
    // Move the content by the distance to the middle, at most most of a screenful per drag; the
    // first drag_threshold_px of a drag do not scroll.
    float distance = std::min(std::abs(target_y - mid_y), clip.GetHeight() * 0.7f) + drag_threshold_px;
    // A careful drag: the finger stops before it lifts, so the list does not fly on.
    if (target_y > mid_y) drag({x, clip.Max.y - 10}, {x, clip.Max.y - 10 - distance}, 10, careful_hold_frames);
    else drag({x, clip.Min.y + 10}, {x, clip.Min.y + 10 + distance}, 10, careful_hold_frames);
  }
  UNSCOPED_INFO("control \"" << id << "\" did not scroll into view in " << max_drags << " drags");
  return false;
}

void UiHarness::advance_ms(int64_t ms) {
  clock_ms_ += ms - frame_ms;  // the frame adds the rest
  frame();
}

void UiHarness::rasterise() {
  if (rasterised_) return;
  ImGui::SetCurrentContext(sdl_->imgui);
  SDL_SetRenderDrawColor(sdl_->renderer, 0xF5, 0xF3, 0xEF, 0xFF);  // as app.cpp
  SDL_RenderClear(sdl_->renderer);
  ImGui_ImplSDLRenderer_RenderDrawData(ImGui::GetDrawData());
  SDL_RenderPresent(sdl_->renderer);
  rasterised_ = true;
}

uint32_t UiHarness::pixel(float x, float y) {
  rasterise();
  int xi = std::clamp(int(x), 0, width_px_ - 1), yi = std::clamp(int(y), 0, height_px_ - 1);
  const auto* row = static_cast<const uint8_t*>(sdl_->surface->pixels) + size_t(yi) * size_t(sdl_->surface->pitch);
  const uint8_t* p = row + size_t(xi) * 4;  // ABGR8888: bytes R, G, B, A in memory
  return uint32_t(p[0]) << 16 | uint32_t(p[1]) << 8 | uint32_t(p[2]);
}

bool UiHarness::save_png(const std::string& path) {
  rasterise();
  return kiosk::write_png(path, width_px_, height_px_, static_cast<const uint8_t*>(sdl_->surface->pixels),
                          sdl_->surface->pitch);
}

Point screen_point(const kiosk::State& state, double lat, double lon) {
  kiosk::ScreenPoint s = state.camera.to_screen(content::project_equal_earth(lat, lon));
  return {s.x, s.y};
}

std::string output_path(const std::string& file_name) {
  std::filesystem::create_directories(KIOSK_UI_OUTPUT_DIR);
  return (std::filesystem::path(KIOSK_UI_OUTPUT_DIR) / file_name).string();
}

}  // namespace kiosk_ui
