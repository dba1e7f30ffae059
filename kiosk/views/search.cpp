// The search panel: the query with a cursor, a close button, results as the visitor types, and
// the on-screen keyboard at the bottom of the panel, within reach of a seated visitor.
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "kiosk/logic/keyboard.hpp"
#include "kiosk/logic/ui_text.hpp"
#include "kiosk/views/view.hpp"

namespace kiosk {
namespace {

// What has been typed so far, in a field with a cursor at its end (where the next key goes).
void query_field(const ViewContext& v, float width_px) {
  const Theme& t = v.theme;
  ImVec2 pos = ImGui::GetCursorScreenPos();
  ImVec2 end(pos.x + width_px, pos.y + t.touch_px);
  ImGui::Dummy(ImVec2(width_px, t.touch_px));
  v.target("search/field");
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(pos, end, t.panel, t.rounding_px);
  dl->AddRect(pos, end, t.accent, t.rounding_px, 0, 2 * t.scale);
  ImFont* f = t.fonts.body;
  const std::string& q = v.state.search_query;
  float inner_x = pos.x + t.pad_px, inner_w = width_px - 2 * t.pad_px;
  float y = pos.y + (t.touch_px - f->FontSize) * 0.5f;
  float caret_w = std::max(2.0f, std::round(3 * t.scale));
  float text_w = q.empty() ? 0 : f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, q.c_str()).x;
  // A query longer than the field scrolls left, so the end where the visitor types stays in view.
  float x = inner_x + std::min(0.0f, inner_w - caret_w - text_w);
  dl->PushClipRect(ImVec2(inner_x, pos.y), ImVec2(inner_x + inner_w, end.y), true);
  if (q.empty()) {
    std::string hint(word(Word::search_placeholder, v.lang()));
    dl->AddText(f, f->FontSize, ImVec2(x + caret_w + 4 * t.scale, y), t.text_muted, hint.c_str());
  } else {
    dl->AddText(f, f->FontSize, ImVec2(x, y), t.text, q.c_str());
  }
  float cx = std::round(x + text_w + 1 * t.scale);
  dl->AddRectFilled(ImVec2(cx, y), ImVec2(cx + caret_w, y + f->FontSize), t.accent);
  dl->PopClipRect();
}

void results(const ViewContext& v) {
  const Theme& t = v.theme;
  // Back to the top whenever the query changes: the best match comes first.
  ImGuiStorage* storage = ImGui::GetStateStorage();
  ImGuiID query_key = ImGui::GetID("query");
  int query_hash = int(ImGui::GetID(v.state.search_query.c_str()));
  if (storage->GetInt(query_key) != query_hash) {
    storage->SetInt(query_key, query_hash);
    ImGui::SetScrollY(0);
  }
  if (v.state.search_query.empty()) {
    wrapped_text(v, t.fonts.body, word(Word::search_hint, v.lang()), t.text_muted);
  } else if (v.search_results.empty()) {
    wrapped_text(v, t.fonts.body, word(Word::no_results, v.lang()), t.text_muted);
  }
  for (const auto& ref : v.search_results)
    item_row(v, ref, item_title(v.snap, ref, v.lang()), kind_word(ref.kind, v.lang()));
}

}  // namespace

void draw_search(const ViewContext& v) {
  const Theme& t = v.theme;
  const ImGuiStyle& style = ImGui::GetStyle();
  float avail_w = ImGui::GetContentRegionAvail().x;
  std::string close(word(Word::close, v.lang()));
  float close_w = std::max(t.touch_px, ImGui::CalcTextSize(close.c_str()).x + 2 * style.FramePadding.x);
  query_field(v, avail_w - close_w - style.ItemSpacing.x);
  ImGui::SameLine();
  if (big_button(v, "search/close", close, false, close_w)) v.emit(SearchClosed{});

  // The keyboard sits at the bottom edge, where it stays put as results come and go.
  KeySize keys = key_size_for(avail_w, t.touch_px);
  float rows = float(keyboard_rows().size());
  float keyboard_h = rows * keys.height_px + (rows - 1) * keys.spacing_px;
  ImVec2 top = ImGui::GetCursorScreenPos();
  float keyboard_y = top.y + ImGui::GetContentRegionAvail().y - keyboard_h;
  float results_h = std::max(t.touch_px, keyboard_y - top.y - 2 * style.ItemSpacing.y);
  ImGui::BeginChild("search/results", ImVec2(0, results_h), false);
  drag_to_scroll(v);
  results(v);
  ImGui::EndChild();
  ImGui::SetCursorScreenPos(ImVec2(top.x, std::max(keyboard_y, top.y + results_h + style.ItemSpacing.y)));
  draw_keyboard(v);
}

}  // namespace kiosk
