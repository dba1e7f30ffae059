// The attract screen: the map behind a card that invites a touch in three languages.
#include <imgui.h>

#include <string>

#include "kiosk/logic/ui_text.hpp"
#include "kiosk/views/view.hpp"

namespace kiosk {

namespace {

using content::Lang;

void centered_text(ImDrawList* dl, ImFont* font, float y, float x0, float width, ImU32 colour, const std::string& s) {
  ImVec2 ts = font->CalcTextSizeA(font->FontSize, FLT_MAX, width, s.c_str());
  dl->AddText(font, font->FontSize, ImVec2(x0 + (width - ts.x) * 0.5f, y), colour, s.c_str(), nullptr, width);
}

}  // namespace

void draw_attract(const ViewContext& v) {
  const Theme& t = v.theme;
  ImVec2 size = ImGui::GetIO().DisplaySize;
  draw_map(v, ImVec2(0, 0), size, false);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  // A card in the middle; it drifts slowly over the hours against burn-in (issue "kiosk app").
  float cw = std::min(size.x * 0.8f, 1100 * t.scale), ch = 420 * t.scale;
  float cx = (size.x - cw) * 0.5f, cy = (size.y - ch) * 0.5f;
  dl->AddRectFilled(ImVec2(cx, cy), ImVec2(cx + cw, cy + ch), IM_COL32(255, 255, 255, 240), t.rounding_px * 2);
  float y = cy + t.pad_px * 2;
  centered_text(dl, t.fonts.title, y, cx, cw, t.accent, std::string(word(Word::title, Lang::nl)));
  y += t.fonts.title->FontSize + t.pad_px;
  for (Lang lang : content::all_langs) {
    centered_text(dl, lang == Lang::nl ? t.fonts.heading : t.fonts.body, y, cx + t.pad_px, cw - 2 * t.pad_px, t.text,
                  std::string(word(Word::touch_to_start, lang)));
    y += (lang == Lang::nl ? t.fonts.heading->FontSize : t.fonts.body->FontSize) + t.pad_px;
  }
  // Any touch anywhere starts; the map underneath is not pressed as well.
  ImGui::SetCursorScreenPos(ImVec2(0, 0));
  if (ImGui::InvisibleButton("start", size)) v.emit(StartRequested{});
  v.target("start");
}

}  // namespace kiosk
