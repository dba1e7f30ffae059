// The kiosk's colours as plain values, in two sets: the everyday look and a high-contrast look
// (black, white and yellow). Pure, so a test can hold every text/background pair to WCAG AA and a
// future colour change that breaks it fails there; views/theme.cpp turns these into ImGui colours.
#pragma once

#include <array>
#include <cstdint>

namespace kiosk {

struct Rgb {
  uint8_t r = 0, g = 0, b = 0;
  bool operator==(const Rgb&) const = default;
};
constexpr Rgb rgb(uint32_t hex) { return {uint8_t(hex >> 16), uint8_t(hex >> 8), uint8_t(hex)}; }

struct Palette {
  Rgb background, panel, text, text_muted;
  Rgb accent, accent_text;  // the bar and selected buttons: accent_text on accent
  Rgb button, button_active;
  Rgb outline;  // around buttons and cards in high contrast; unused (no frame) otherwise
  Rgb sea, land, border, partner_land, organisation_land, selected_land, highlight_outline, pin;
  Rgb map_label;  // the box behind place labels on the map (map_view.cpp draws white)
  bool framed = false;  // buttons get a visible outline
};

inline constexpr Palette everyday_palette{
    .background = rgb(0xF5F3EF),
    .panel = rgb(0xFFFFFF),
    .text = rgb(0x1B1F24),
    .text_muted = rgb(0x4F5760),
    .accent = rgb(0xA8102B),  // Deventer red
    .accent_text = rgb(0xFFFFFF),
    .button = rgb(0xECE8E1),
    .button_active = rgb(0xD6D0C6),
    .outline = rgb(0xD6D0C6),
    .sea = rgb(0xD4E6F0),
    .land = rgb(0xE4E1DA),
    .border = rgb(0xFFFFFF),
    .partner_land = rgb(0xC93A52),
    .organisation_land = rgb(0xF2B8C2),
    .selected_land = rgb(0x6E0A1C),
    .highlight_outline = rgb(0x6E0A1C),
    .pin = rgb(0x1B1F24),
    .map_label = rgb(0xFFFFFF),
};

// Black on white with yellow, not white on black: the map's place labels sit on white boxes,
// and black outlines keep every country's edge visible.
inline constexpr Palette high_contrast_palette{
    .background = rgb(0xFFFFFF),
    .panel = rgb(0xFFFFFF),
    .text = rgb(0x000000),
    .text_muted = rgb(0x2B2B2B),
    .accent = rgb(0x000000),
    .accent_text = rgb(0xFFE14D),  // yellow on black
    .button = rgb(0xFFF3B0),       // pale yellow, outlined in black
    .button_active = rgb(0xFFD60A),
    .outline = rgb(0x000000),
    .sea = rgb(0xFFFFFF),
    .land = rgb(0xD0D0D0),
    .border = rgb(0x000000),
    .partner_land = rgb(0xFFD60A),
    .organisation_land = rgb(0xFFF3B0),
    .selected_land = rgb(0x000000),
    .highlight_outline = rgb(0x000000),
    .pin = rgb(0x000000),
    .map_label = rgb(0xFFFFFF),
    .framed = true,
};

// WCAG 2.x relative luminance (0 black .. 1 white) and contrast ratio (1 .. 21).
double relative_luminance(Rgb c);
double contrast_ratio(Rgb a, Rgb b);
// Black or white, whichever reads better on a background (goal colours, for instance).
Rgb readable_text_on(Rgb background);

// The text/background pairs a palette is drawn with, for the contrast test.
struct ColourPair {
  const char* what;
  Rgb text, background;
};
inline constexpr std::array<ColourPair, 10> text_pairs(const Palette& p) {
  return {{
      {"text on background", p.text, p.background},
      {"text on panel", p.text, p.panel},
      {"text on button", p.text, p.button},
      {"text on pressed button", p.text, p.button_active},
      {"muted text on panel", p.text_muted, p.panel},
      {"muted text on background", p.text_muted, p.background},
      {"muted text on button (list subtitles)", p.text_muted, p.button},
      {"bar text on accent", p.accent_text, p.accent},
      {"accent on panel (attract title, chosen language)", p.accent, p.panel},
      {"text on a map label", p.text, p.map_label},
  }};
}

}  // namespace kiosk
