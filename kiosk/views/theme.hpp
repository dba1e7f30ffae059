// The kiosk's look in one place: colours (from a palette in logic/palette.hpp, where a test holds
// every text/background pair to WCAG AA), sizes (scaled to the display) and fonts, and the variant
// for the visitor's accessibility choices (larger text, high contrast).
#pragma once

#include <imgui.h>

#include <string>

#include "kiosk/logic/layout.hpp"
#include "kiosk/logic/palette.hpp"
#include "kiosk/logic/state.hpp"

namespace kiosk {

// The larger-text mode: 1.3 keeps a tab label on one line.
inline constexpr float large_text_scale = 1.3f;

struct Fonts {
  ImFont* body = nullptr;
  ImFont* bold = nullptr;
  ImFont* heading = nullptr;
  ImFont* title = nullptr;
  ImFont* small = nullptr;
};

// Sizes (scale, touch_px, pad_px, rounding_px) come from Metrics, shared with the pure layout.
struct Theme : Metrics {
  Fonts fonts;                          // what views draw with
  Fonts everyday_fonts, large_fonts;    // the large ones once a visitor asks (load_large_fonts)

  ImU32 background, panel, text, text_muted, accent, accent_text, button, button_active, outline;
  ImU32 sea, land, border, partner_land, organisation_land, selected_land, highlight_outline, pin, map_label;
  bool framed = false;  // buttons and cards get an outline (high contrast)
};

// Sizes for a display whose shorter side is short_side_px, in the everyday colours.
Theme make_theme(float short_side_px, float px_per_mm = 0);

// The theme for the visitor's choices: the high-contrast palette, the larger fonts (the everyday
// ones until those are loaded).
Theme theme_for(const Theme& loaded, const Accessibility& choices);

// Loads the theme's everyday fonts into the atlas (Latin incl. Extended-A and -B, punctuation,
// €). Returns false with a reason when a font file is missing; ImGui's built-in font is used then.
bool load_fonts(ImGuiIO& io, const std::string& regular_ttf, const std::string& bold_ttf, Theme& theme,
                std::string& why);

// Adds the larger-text fonts to the atlas, the first time a visitor asks for them: most visits
// never do, and the atlas is the largest allocation (kept as RGBA: 4.5 MB at 1080 px for the
// everyday set, 3.7 MB more for these) and a good part of the start-up time. Outside a frame;
// the caller then rebuilds the font texture. False if the everyday fonts did not load.
bool load_large_fonts(ImGuiIO& io, const std::string& regular_ttf, const std::string& bold_ttf, Theme& theme);

// Sets ImGui's style (colours, paddings, frames) from the theme; cheap, so it can run each frame.
void apply_style(const Theme& theme);

ImVec4 to_vec4(ImU32 colour);
ImU32 to_u32(Rgb colour, uint8_t alpha = 0xFF);

}  // namespace kiosk
