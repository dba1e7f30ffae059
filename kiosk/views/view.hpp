// What every view gets: the state and content to show (const), the theme, and the list that
// collects the visitor's intents as actions. Views never change state themselves.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "content/map_asset.hpp"
#include "content/snapshot.hpp"
#include "kiosk/logic/actions.hpp"
#include "kiosk/logic/state.hpp"
#include "kiosk/views/theme.hpp"

namespace kiosk {

struct MapGeometry {
  content::MapAsset coarse;  // 110m, for world zoom
  content::MapAsset fine;    // 50m, when zoomed in
};

// Where a named control was drawn, for UI tests that tap controls by name ("tab/1",
// "item/place/sibiu", "lang/de", "key/a"...).
struct HitTarget {
  std::string id;
  float x, y, w, h;
  float clip_x0, clip_y0, clip_x1, clip_y1;  // the part of the screen where it can be seen (scrolling lists)
  bool visible_at(float px, float py) const { return px >= clip_x0 && px < clip_x1 && py >= clip_y0 && py < clip_y1; }
};

// View state that is not the visitor's model: what ImGui needs between frames (kinetic list
// scrolling). Owned by the caller, like ImGui's own state.
struct UiState {
  float scroll_velocity_px_s = 0;  // of the panel list being flung
  unsigned scroll_window = 0;      // ImGuiID of that list
  uint32_t visit = 0;                   // State::visit these lists belong to
  std::vector<unsigned> seen_windows;  // lists shown in this visit (others start at the top)
};

struct MapCache;

// Content images, decoded off the main thread (platform/image_textures.hpp).
class ImageSource {
 public:
  struct Image {
    ImTextureID texture = nullptr;
    int width_px = 0, height_px = 0;
  };
  virtual ~ImageSource() = default;
  // The image at a content path once it is ready; until then nothing (and it is asked for).
  virtual std::optional<Image> image(const std::string& path) = 0;
};

struct ViewContext {
  const State& state;
  const content::Snapshot& snap;
  const MapGeometry& map;
  const Theme& theme;
  const std::vector<content::ItemRef>& search_results;  // for state.search_query
  std::vector<Action>& out;
  UiState* ui = nullptr;
  std::vector<HitTarget>* targets = nullptr;  // tests only
  MapCache* map_cache = nullptr;  // null: draw the map directly every frame
  ImageSource* images = nullptr;  // null: no images

  content::Lang lang() const { return state.lang; }
  template <class A>
  void emit(A&& a) const {
    out.emplace_back(std::forward<A>(a));
  }
  // Opens an item, flying the map to it when it has a place on the map.
  void open(const content::ItemRef& item) const;
  // Records the last ImGui item's rectangle under a name (tests only).
  void target(std::string id) const;
};

// The whole screen for one frame.
void draw_kiosk(const ViewContext& v);

// Screens and parts (one file each).
void draw_attract(const ViewContext& v);
// The bar of controls (top edge, or bottom in the low-reach layout); returns where the
// accessibility button is, for the menu it opens.
Rect draw_top_bar(const ViewContext& v, const Layout& layout);
void draw_accessibility_menu(const ViewContext& v, const Rect& button, bool open_upwards);
void draw_idle_overlay(const ViewContext& v, int seconds_left);  // "still there?" over everything
void draw_map(const ViewContext& v, ImVec2 pos, ImVec2 size, bool interactive = true);
void draw_panel(const ViewContext& v, ImVec2 pos, ImVec2 size);
void draw_list(const ViewContext& v);
void draw_detail(const ViewContext& v, const content::ItemRef& item);
void draw_back_home(const ViewContext& v);  // the Back and Home buttons over an item's page
void draw_search(const ViewContext& v);  // the search field, results and on-screen keyboard
void draw_keyboard(const ViewContext& v);  // on-screen keys; each sends SearchTextChanged
void qr_code(const ViewContext& v, const std::string& url);  // the url as a QR code with a caption
// The technicians' screens (logic/admin.hpp): the PIN pad, the admin screen, the test pattern.
// They replace everything else while open.
void draw_admin(const ViewContext& v);
void draw_test_pattern(const ViewContext& v);

// Shared widgets.
bool big_button(const ViewContext& v, const char* id, std::string_view label, bool selected = false,
                float width_px = 0);
bool item_row(const ViewContext& v, const content::ItemRef& item, std::string_view title, std::string_view subtitle);
void goal_chips(const ViewContext& v, const content::GoalLinks& goals);
void wrapped_text(const ViewContext& v, ImFont* font, std::string_view text, ImU32 colour = 0);
void section_heading(const ViewContext& v, std::string_view text);
// Lists scroll by dragging, with inertia (ImGui 1.86 scrolls only by wheel); each list starts
// at its top for every new visitor.
void drag_to_scroll(const ViewContext& v);

std::string item_title(const content::Snapshot& snap, const content::ItemRef& item, content::Lang lang);

}  // namespace kiosk
