// Luminance and contrast after WCAG 2.1, section 1.4.3 ("relative luminance", "contrast ratio").
#include "kiosk/logic/palette.hpp"

#include <algorithm>
#include <cmath>

namespace kiosk {
namespace {

double linear(uint8_t channel) {
  double c = channel / 255.0;
  return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

}  // namespace

double relative_luminance(Rgb c) { return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b); }

double contrast_ratio(Rgb a, Rgb b) {
  double la = relative_luminance(a), lb = relative_luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Rgb readable_text_on(Rgb background) {
  Rgb white = rgb(0xFFFFFF), black = rgb(0x000000);
  return contrast_ratio(background, white) >= contrast_ratio(background, black) ? white : black;
}

}  // namespace kiosk
