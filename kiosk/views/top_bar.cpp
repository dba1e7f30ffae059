// The bar of controls every home screen has: the title, Search, Accessibility and the language
// buttons. It sits at the top, or at the bottom edge in the low-reach layout. When the display is
// narrow the title shrinks, then the icon buttons lose their words, so no control is ever cut.
#include <imgui.h>

#include <cmath>
#include <string>

#include "kiosk/logic/ui_text.hpp"
#include "kiosk/views/view.hpp"

namespace kiosk {
namespace {

using content::Lang;

// A magnifier: a ring and a handle, drawn in a square of side s at p.
void magnifier_icon(ImDrawList* dl, ImVec2 p, float s, ImU32 colour) {
  float th = std::max(2.0f, s * 0.11f), r = s * 0.3f;
  ImVec2 c(p.x + s * 0.42f, p.y + s * 0.42f);
  dl->AddCircle(c, r, colour, 28, th);
  float d = r * 0.7071f + th * 0.3f;
  dl->AddLine(ImVec2(c.x + d, c.y + d), ImVec2(p.x + s * 0.92f, p.y + s * 0.92f), colour, th * 1.4f);
}

// The accessibility symbol: a figure with open arms in a ring.
void accessibility_icon(ImDrawList* dl, ImVec2 p, float s, ImU32 colour) {
  float th = std::max(2.0f, s * 0.08f);
  ImVec2 c(p.x + s * 0.5f, p.y + s * 0.5f);
  dl->AddCircle(c, s * 0.47f, colour, 32, th);
  dl->AddCircleFilled(ImVec2(c.x, p.y + s * 0.24f), s * 0.075f, colour, 12);
  dl->AddLine(ImVec2(p.x + s * 0.24f, p.y + s * 0.39f), ImVec2(p.x + s * 0.76f, p.y + s * 0.39f), colour, th);
  dl->AddLine(ImVec2(c.x, p.y + s * 0.36f), ImVec2(c.x, p.y + s * 0.6f), colour, th);
  dl->AddLine(ImVec2(c.x, p.y + s * 0.58f), ImVec2(p.x + s * 0.36f, p.y + s * 0.8f), colour, th);
  dl->AddLine(ImVec2(c.x, p.y + s * 0.58f), ImVec2(p.x + s * 0.64f, p.y + s * 0.8f), colour, th);
}

using Icon = void (*)(ImDrawList*, ImVec2, float, ImU32);

struct BarButton {
  const char* id;
  Icon icon;  // nullptr: text only
  std::string label;
};

float icon_size(const Theme& t) { return t.touch_px * 0.56f; }

float button_width(const Theme& t, const BarButton& b, bool with_label) {
  float w = 2 * t.pad_px;
  if (b.icon) w += icon_size(t);
  if (with_label && !b.label.empty()) {
    ImFont* f = t.fonts.bold;
    w += f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, b.label.c_str()).x + (b.icon ? t.pad_px * 0.5f : 0);
  }
  return std::max(w, t.touch_px * 1.3f);
}

// Drawn like the language buttons: outlined on the bar's colour, inverted while chosen or pressed.
bool bar_button(const ViewContext& v, const BarButton& b, ImVec2 pos, float w, bool selected, bool with_label) {
  const Theme& t = v.theme;
  ImGui::SetCursorScreenPos(pos);
  bool pressed = ImGui::InvisibleButton(b.id, ImVec2(w, t.touch_px));
  v.target(b.id);
  bool lit = selected || ImGui::IsItemActive();
  ImU32 fill = lit ? t.accent_text : t.accent, ink = lit ? t.accent : t.accent_text;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImVec2 end(pos.x + w, pos.y + t.touch_px);
  dl->AddRectFilled(pos, end, fill, t.rounding_px);
  dl->AddRect(pos, end, t.accent_text, t.rounding_px, 0, 2 * t.scale);
  ImFont* f = t.fonts.bold;
  bool label = with_label && !b.label.empty();
  float s = icon_size(t);
  float content_w = (b.icon ? s : 0) + (label ? f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, b.label.c_str()).x : 0) +
                    (b.icon && label ? t.pad_px * 0.5f : 0);
  float x = pos.x + (w - content_w) * 0.5f;
  if (b.icon) {
    b.icon(dl, ImVec2(x, pos.y + (t.touch_px - s) * 0.5f), s, ink);
    x += s + t.pad_px * 0.5f;
  }
  if (label) dl->AddText(f, f->FontSize, ImVec2(x, pos.y + (t.touch_px - f->FontSize) * 0.5f), ink, b.label.c_str());
  return pressed;
}

}  // namespace

Rect draw_top_bar(const ViewContext& v, const Layout& layout) {
  const Theme& t = v.theme;
  const Rect& bar = layout.bar;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(ImVec2(bar.x, bar.y), ImVec2(bar.x + bar.w, bar.bottom()), t.accent);

  const BarButton search{"search/open", magnifier_icon, std::string(word(Word::search, v.lang()))};
  const BarButton a11y{"a11y/open", accessibility_icon, std::string(word(Word::accessibility, v.lang()))};
  float spacing = t.pad_px * 0.5f, lang_w = t.touch_px * 1.3f;
  float langs_w = 3 * lang_w + 2 * spacing;
  auto controls_w = [&](bool labels) {
    return button_width(t, search, labels) + button_width(t, a11y, labels) + langs_w + 2 * spacing + t.pad_px;
  };

  // The title: the heading font if it fits, else smaller, else on two lines, else left out.
  std::string title(word(Word::title, v.lang()));
  bool show_title = layout.aside.w == 0;  // the low-reach landscape layout shows it above the panel
  float title_x = bar.x + t.pad_px * 1.5f;
  bool labels = true;
  ImFont* title_font = nullptr;
  float title_wrap = 0;
  if (show_title) {
    for (bool with_labels : {true, false}) {
      float room = bar.w - controls_w(with_labels) - title_x - t.pad_px;
      for (ImFont* f : {t.fonts.heading, t.fonts.bold}) {
        ImVec2 one = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, title.c_str());
        ImVec2 two = f->CalcTextSizeA(f->FontSize, FLT_MAX, room, title.c_str());
        if (one.x <= room) title_font = f, title_wrap = 0;
        else if (f == t.fonts.bold && two.x <= room && two.y <= bar.h - t.pad_px) title_font = f, title_wrap = room;
        if (title_font) break;
      }
      labels = with_labels;
      if (title_font) break;
    }
  } else {
    labels = controls_w(true) <= bar.w;
  }
  if (title_font) {
    ImVec2 ts = title_font->CalcTextSizeA(title_font->FontSize, FLT_MAX, title_wrap, title.c_str());
    dl->AddText(title_font, title_font->FontSize, ImVec2(title_x, bar.y + (bar.h - ts.y) * 0.5f), t.accent_text,
                title.c_str(), nullptr, title_wrap);
  }

  // The controls at the right, always visible: Search, Accessibility, then the languages.
  float y = bar.y + (bar.h - t.touch_px) * 0.5f;
  float x = bar.x + bar.w - controls_w(labels);
  float w = button_width(t, search, labels);
  if (bar_button(v, search, ImVec2(x, y), w, v.state.search_open, labels)) {
    if (v.state.search_open) v.emit(SearchClosed{});
    else v.emit(SearchOpened{});
  }
  x += w + spacing;
  w = button_width(t, a11y, labels);
  Rect a11y_rect{x, y, w, t.touch_px};
  if (bar_button(v, a11y, ImVec2(x, y), w, v.state.accessibility_menu_open, labels)) v.emit(AccessibilityMenuToggled{});
  x += w + spacing;
  for (Lang lang : content::all_langs) {
    std::string code(content::lang_code(lang)), label = code;
    for (auto& ch : label) ch = char(std::toupper(static_cast<unsigned char>(ch)));
    std::string id = "lang/" + code;
    if (bar_button(v, BarButton{id.c_str(), nullptr, label}, ImVec2(x, y), lang_w, v.lang() == lang, true))
      v.emit(LanguageSelected{lang});
    x += lang_w + spacing;
  }
  return a11y_rect;
}

}  // namespace kiosk
