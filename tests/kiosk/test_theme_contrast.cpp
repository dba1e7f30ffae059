// Every text/background pair of both palettes meets WCAG AA (4.5:1); high contrast meets AAA
// (7:1). A colour change that breaks this fails here, not in front of a visitor.
#include <catch2/catch.hpp>

#include "kiosk/logic/palette.hpp"

using namespace kiosk;

TEST_CASE("the contrast ratio follows WCAG's definition") {
  CHECK(contrast_ratio(rgb(0x000000), rgb(0xFFFFFF)) == Approx(21.0));
  CHECK(contrast_ratio(rgb(0xFFFFFF), rgb(0x000000)) == Approx(21.0));
  CHECK(contrast_ratio(rgb(0x777777), rgb(0x777777)) == Approx(1.0));
  // Reference values: #767676 on white is the lightest grey that passes AA (4.54:1).
  CHECK(contrast_ratio(rgb(0x767676), rgb(0xFFFFFF)) == Approx(4.54).epsilon(0.01));
  CHECK(contrast_ratio(rgb(0x777777), rgb(0xFFFFFF)) < 4.5);
}

TEST_CASE("every text in the everyday colours meets WCAG AA") {
  for (const auto& pair : text_pairs(everyday_palette)) {
    INFO(pair.what << ": " << contrast_ratio(pair.text, pair.background));
    CHECK(contrast_ratio(pair.text, pair.background) >= 4.5);
  }
}

TEST_CASE("every text in high contrast meets 7:1 (WCAG AAA)") {
  for (const auto& pair : text_pairs(high_contrast_palette)) {
    INFO(pair.what << ": " << contrast_ratio(pair.text, pair.background));
    CHECK(contrast_ratio(pair.text, pair.background) >= 7.0);
  }
}

TEST_CASE("in high contrast the map keeps every country's edge and the highlights stand out") {
  const Palette& p = high_contrast_palette;
  CHECK(p.framed);
  CHECK(contrast_ratio(p.border, p.land) >= 3.0);  // WCAG 1.4.11: graphics 3:1
  CHECK(contrast_ratio(p.border, p.partner_land) >= 3.0);
  CHECK(contrast_ratio(p.border, p.sea) >= 3.0);
  CHECK(contrast_ratio(p.outline, p.button) >= 3.0);
}

TEST_CASE("text on every Global Goal colour meets WCAG AA") {
  const uint32_t goals[] = {0xE5243B, 0xDDA63A, 0x4C9F38, 0xC5192D, 0xFF3A21, 0x26BDE2, 0xFCC30B, 0xA21942, 0xFD6925,
                            0xDD1367, 0xFD9D24, 0xBF8B2E, 0x3F7E44, 0x0A97D9, 0x56C02B, 0x00689D, 0x19486A};
  for (uint32_t g : goals) {
    INFO(std::hex << g);
    kiosk::Rgb bg = kiosk::rgb(g);
    CHECK(kiosk::contrast_ratio(bg, kiosk::readable_text_on(bg)) >= 4.5);
  }
}
