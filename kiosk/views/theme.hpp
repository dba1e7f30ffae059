// The kiosk's look in one place: colours, sizes (scaled to the display) and fonts. Colours were
// chosen for WCAG AA contrast of text on its background (see README "Theme").
#pragma once

#include <imgui.h>

#include <string>

#include "kiosk/logic/layout.hpp"

namespace kiosk {

struct Fonts {
  ImFont* body = nullptr;
  ImFont* bold = nullptr;
  ImFont* heading = nullptr;
  ImFont* title = nullptr;
  ImFont* small = nullptr;
};

// Sizes (scale, touch_px, pad_px, rounding_px) come from Metrics, shared with the pure layout.
struct Theme : Metrics {
  Fonts fonts;

  ImU32 background = IM_COL32(0xF5, 0xF3, 0xEF, 0xFF);
  ImU32 panel = IM_COL32(0xFF, 0xFF, 0xFF, 0xFF);
  ImU32 text = IM_COL32(0x1B, 0x1F, 0x24, 0xFF);
  ImU32 text_muted = IM_COL32(0x4F, 0x57, 0x60, 0xFF);  // 7.3:1 on white
  ImU32 accent = IM_COL32(0xA8, 0x10, 0x2B, 0xFF);      // Deventer red, 7.6:1 with white text
  ImU32 accent_text = IM_COL32(0xFF, 0xFF, 0xFF, 0xFF);
  ImU32 button = IM_COL32(0xEC, 0xE8, 0xE1, 0xFF);
  ImU32 button_active = IM_COL32(0xD6, 0xD0, 0xC6, 0xFF);
  ImU32 sea = IM_COL32(0xD4, 0xE6, 0xF0, 0xFF);
  ImU32 land = IM_COL32(0xE4, 0xE1, 0xDA, 0xFF);
  ImU32 border = IM_COL32(0xFF, 0xFF, 0xFF, 0xFF);
  ImU32 partner_land = IM_COL32(0xC9, 0x3A, 0x52, 0xFF);       // countries with a partner place
  ImU32 organisation_land = IM_COL32(0xF2, 0xB8, 0xC2, 0xFF);  // countries where organisations work
  ImU32 selected_land = IM_COL32(0x6E, 0x0A, 0x1C, 0xFF);
  ImU32 highlight_outline = IM_COL32(0x6E, 0x0A, 0x1C, 0xFF);
  ImU32 pin = IM_COL32(0x1B, 0x1F, 0x24, 0xFF);
};

// Sizes for a display whose shorter side is short_side_px.
Theme make_theme(float short_side_px);

// Loads the theme's fonts into the atlas (Latin incl. Extended-A and -B, punctuation, €).
// Returns false with a reason when a font file is missing; ImGui's built-in font is used then.
bool load_fonts(ImGuiIO& io, const std::string& regular_ttf, const std::string& bold_ttf, Theme& theme,
                std::string& why);

void apply_style(const Theme& theme);

ImVec4 to_vec4(ImU32 colour);

}  // namespace kiosk
