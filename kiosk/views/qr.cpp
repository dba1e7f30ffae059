// A QR code for a link: modules on whole pixels (so a phone reads it off the screen), black on
// white inside the four-module quiet zone the standard asks for, and a caption saying why.
#include "kiosk/logic/qr.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "kiosk/logic/ui_text.hpp"
#include "kiosk/views/view.hpp"

namespace kiosk {
namespace {

constexpr int quiet_modules = 4;
constexpr float qr_target_px = 220;  // at scale 1: about 5 cm on a 24" 1080p panel

// Dark modules as one rectangle per horizontal run: fewer vertices than one per module.
void draw_modules(ImDrawList* dl, const QrMatrix& qr, ImVec2 origin, float module_px) {
  for (int y = 0; y < qr.size; ++y) {
    for (int x = 0; x < qr.size;) {
      if (!qr.dark(x, y)) {
        ++x;
        continue;
      }
      int run_end = x;
      while (run_end < qr.size && qr.dark(run_end, y)) ++run_end;
      dl->AddRectFilled(ImVec2(origin.x + float(x) * module_px, origin.y + float(y) * module_px),
                        ImVec2(origin.x + float(run_end) * module_px, origin.y + float(y + 1) * module_px),
                        IM_COL32_BLACK);
      x = run_end;
    }
  }
}

}  // namespace

void qr_code(const ViewContext& v, const std::string& url) {
  std::optional<QrMatrix> qr = make_qr(url);
  if (!qr) return;  // too long for a QR code: the URL text above is all we can offer
  const Theme& t = v.theme;
  int modules = qr->size + 2 * quiet_modules;
  float module_px = std::max(2.0f, std::round(qr_target_px * t.scale / float(modules)));
  float side = module_px * float(modules);
  ImVec2 pos = ImGui::GetCursorScreenPos();
  pos = ImVec2(std::round(pos.x), std::round(pos.y));  // whole pixels: no blurred module edges
  ImGui::SetCursorScreenPos(pos);
  ImGui::Dummy(ImVec2(side, side));
  v.target("qr");
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(pos, ImVec2(pos.x + side, pos.y + side), IM_COL32_WHITE);
  float inset = module_px * float(quiet_modules);
  draw_modules(dl, *qr, ImVec2(pos.x + inset, pos.y + inset), module_px);

  // The caption beside the code, or below it when the panel is too narrow.
  std::string caption(word(Word::scan_to_take_home, v.lang()));
  ImFont* f = t.fonts.body;
  float gap = t.pad_px;
  float beside_w = ImGui::GetContentRegionAvail().x - side - gap;
  if (beside_w >= 4 * t.touch_px) {
    ImVec2 ts = f->CalcTextSizeA(f->FontSize, FLT_MAX, beside_w, caption.c_str());
    ImVec2 at(pos.x + side + gap, pos.y + (side - ts.y) * 0.5f);
    dl->AddText(f, f->FontSize, at, t.text_muted, caption.c_str(), nullptr, beside_w);
  } else {
    wrapped_text(v, f, caption, t.text_muted);
  }
}

}  // namespace kiosk
