// The attract screen: the map behind a card that invites a touch, Dutch first with English and
// German, and shows what the content holds: the next event (or a past highlight), a Global Goal
// in the spotlight and a partner place, both rotating. The card drifts slowly so that nothing
// stays on the same pixels for hours (burn-in). Any touch anywhere starts; nothing underneath is
// pressed as well.
#include <imgui.h>

#include <string>
#include <vector>

#include "kiosk/logic/attract.hpp"
#include "kiosk/logic/ui_text.hpp"
#include "kiosk/views/view.hpp"

namespace kiosk {
namespace {

using content::Lang;

struct Line {
  ImFont* font;
  ImU32 colour;
  std::string text;
};

// One of the three tiles: a coloured band with its kind, then lines of text.
struct Tile {
  ImU32 band;
  ImU32 band_text;
  std::string kind;
  std::vector<Line> lines;
};

float text_h(ImFont* f, float wrap, const std::string& s) {
  return f->CalcTextSizeA(f->FontSize, FLT_MAX, wrap, s.c_str()).y;
}

std::string three_words(Word w) {
  return std::string(word(w, Lang::nl)) + " · " + std::string(word(w, Lang::en)) + " · " + std::string(word(w, Lang::de));
}

Tile event_tile(const ViewContext& v) {
  const Theme& t = v.theme;
  // With a clock that cannot be right, the event is picked from the content's own date and its
  // band names no "upcoming" or "past"; a line says which date the content speaks from.
  bool judged = v.state.wall.trusted;
  auto pick = attract_event(v.snap, judged ? v.state.today_yyyymmdd : content_day(v.snap));
  if (!pick) return {};
  const content::Event& e = *pick->event;
  Word band = !judged ? Word::event : pick->upcoming ? Word::upcoming : Word::past;
  Tile tile{t.accent, t.accent_text, three_words(band), {}};
  tile.lines.push_back({t.fonts.bold, t.text, e.title.get(Lang::nl)});
  if (e.title.get(Lang::en) != e.title.get(Lang::nl)) tile.lines.push_back({t.fonts.small, t.text_muted, e.title.get(Lang::en)});
  std::string when = e.start.display(Lang::nl);
  if (e.recurrence == "yearly") when = std::string(word(Word::yearly, Lang::nl)) + " · " + std::string(word(Word::yearly, Lang::en));
  tile.lines.push_back({t.fonts.small, t.text_muted, when});
  if (!judged)
    tile.lines.push_back({t.fonts.small, t.text_muted,
                          std::string(word(Word::as_of, Lang::nl)) + ": " + v.snap.content().meta.as_of.display(Lang::nl)});
  return tile;
}

Tile goal_tile(const ViewContext& v) {
  const Theme& t = v.theme;
  const content::Goal* g = v.snap.goal(attract_goal(v.snap, v.state.now_ms));
  if (!g) return {};
  ImU32 colour = IM_COL32((g->colour_rgb >> 16) & 0xFF, (g->colour_rgb >> 8) & 0xFF, g->colour_rgb & 0xFF, 0xFF);
  // White on the goal colours, as the UN's icons do, unless black reads better (goal 2's ochre).
  Rgb band = rgb(g->colour_rgb);
  ImU32 ink = contrast_ratio(band, rgb(0xFFFFFF)) >= contrast_ratio(band, rgb(0x000000)) ? IM_COL32_WHITE : IM_COL32_BLACK;
  Tile tile{colour, ink, "Global Goal " + std::to_string(g->number), {}};
  tile.lines.push_back({t.fonts.bold, t.text, g->name.get(Lang::nl)});
  if (g->name.get(Lang::en) != g->name.get(Lang::nl)) tile.lines.push_back({t.fonts.small, t.text_muted, g->name.get(Lang::en)});
  size_t n = v.snap.serving_goal(g->number).size();
  tile.lines.push_back({t.fonts.small, t.text_muted, std::string(word(Word::contributions, Lang::nl)) + ": " + std::to_string(n)});
  return tile;
}

Tile place_tile(const ViewContext& v) {
  const Theme& t = v.theme;
  const content::Place* p = attract_place(v.snap, v.state.now_ms);
  if (!p) return {};
  Tile tile{t.text, t.panel, three_words(Word::partner_place), {}};
  std::string name = p->name.get(Lang::nl);
  if (const auto* c = v.snap.country(p->country)) name += ", " + c->name.get(Lang::nl);
  tile.lines.push_back({t.fonts.bold, t.text, name});
  std::string relations;
  for (const auto& r : p->relations) {
    if (r.type == "home") continue;
    relations += (relations.empty() ? "" : " · ") + std::string(relation_word(r.type, Lang::nl));
  }
  tile.lines.push_back({t.fonts.small, t.text_muted, relations});
  return tile;
}

float tile_height(const Theme& t, const Tile& tile, float w) {
  float wrap = w - 2 * t.pad_px;
  float h = text_h(t.fonts.small, wrap, tile.kind) + t.pad_px * 1.2f + t.pad_px * 0.6f;
  for (const auto& l : tile.lines) h += text_h(l.font, wrap, l.text) + t.pad_px * 0.25f;
  return h + t.pad_px;
}

void draw_tile(ImDrawList* dl, const Theme& t, const Tile& tile, ImVec2 p, float w, float h) {
  float wrap = w - 2 * t.pad_px;
  dl->AddRectFilled(p, ImVec2(p.x + w, p.y + h), t.background, t.rounding_px);
  float band_h = text_h(t.fonts.small, wrap, tile.kind) + t.pad_px * 1.2f;
  dl->AddRectFilled(p, ImVec2(p.x + w, p.y + band_h), tile.band, t.rounding_px, ImDrawFlags_RoundCornersTop);
  dl->AddText(t.fonts.small, t.fonts.small->FontSize, ImVec2(p.x + t.pad_px, p.y + t.pad_px * 0.6f), tile.band_text,
              tile.kind.c_str(), nullptr, wrap);
  float y = p.y + band_h + t.pad_px * 0.6f;
  for (const auto& l : tile.lines) {
    dl->AddText(l.font, l.font->FontSize, ImVec2(p.x + t.pad_px, y), l.colour, l.text.c_str(), nullptr, wrap);
    y += text_h(l.font, wrap, l.text) + t.pad_px * 0.25f;
  }
}

float centered_text(ImDrawList* dl, ImFont* font, float y, float x0, float width, ImU32 colour, const std::string& s) {
  ImVec2 ts = font->CalcTextSizeA(font->FontSize, FLT_MAX, width, s.c_str());
  dl->AddText(font, font->FontSize, ImVec2(x0 + (width - ts.x) * 0.5f, y), colour, s.c_str(), nullptr, width);
  return ts.y;
}

}  // namespace

void draw_attract(const ViewContext& v) {
  const Theme& t = v.theme;
  ImVec2 size = ImGui::GetIO().DisplaySize;
  draw_map(v, ImVec2(0, 0), size, false);
  ImDrawList* dl = ImGui::GetWindowDrawList();

  std::vector<Tile> tiles;
  for (Tile tile : {event_tile(v), goal_tile(v), place_tile(v)})
    if (!tile.lines.empty()) tiles.push_back(std::move(tile));
  float cw = std::min(size.x * 0.9f, 1400 * t.scale), inner = cw - 4 * t.pad_px;
  bool side_by_side = inner > 1000 * t.scale;  // else the tiles stack (portrait)
  float gap = t.pad_px, tile_w = side_by_side ? (inner - gap * float(tiles.size() - 1)) / float(tiles.size()) : inner;
  float tiles_h = 0;
  for (const auto& tile : tiles) {
    float h = tile_height(t, tile, tile_w);
    tiles_h = side_by_side ? std::max(tiles_h, h) : tiles_h + h + (tiles_h > 0 ? gap : 0);
  }
  std::string title(word(Word::title, Lang::nl)), start(word(Word::touch_to_start, Lang::nl));
  std::string others = std::string(word(Word::touch_to_start, Lang::en)) + "\n" + std::string(word(Word::touch_to_start, Lang::de));
  float ch = 2 * t.pad_px + t.fonts.title->FontSize + t.pad_px + text_h(t.fonts.heading, inner, start) + t.pad_px * 0.5f +
             text_h(t.fonts.body, inner, others) + 2 * t.pad_px + tiles_h + 2 * t.pad_px;

  // The drift: up to the room the card leaves, never off screen.
  Drift d = attract_drift(v.state.now_ms);
  float room_x = std::max(0.0f, (size.x - cw) * 0.5f - t.pad_px), room_y = std::max(0.0f, (size.y - ch) * 0.5f - t.pad_px);
  float cx = (size.x - cw) * 0.5f + d.x * room_x, cy = (size.y - ch) * 0.5f + d.y * room_y;
  dl->AddRectFilled(ImVec2(cx + 6 * t.scale, cy + 8 * t.scale), ImVec2(cx + cw + 6 * t.scale, cy + ch + 8 * t.scale),
                    IM_COL32(0, 0, 0, 40), t.rounding_px * 2);  // a soft shadow lifts it off the map
  dl->AddRectFilled(ImVec2(cx, cy), ImVec2(cx + cw, cy + ch), t.panel, t.rounding_px * 2);

  float x = cx + 2 * t.pad_px, y = cy + 2 * t.pad_px;
  y += centered_text(dl, t.fonts.title, y, x, inner, t.accent, title) + t.pad_px;
  y += centered_text(dl, t.fonts.heading, y, x, inner, t.text, start) + t.pad_px * 0.5f;
  for (Lang lang : {Lang::en, Lang::de})
    y += centered_text(dl, t.fonts.body, y, x, inner, t.text_muted, std::string(word(Word::touch_to_start, lang)));
  y += 2 * t.pad_px;
  for (const auto& tile : tiles) {
    float h = side_by_side ? tiles_h : tile_height(t, tile, tile_w);
    draw_tile(dl, t, tile, ImVec2(x, y), tile_w, h);
    if (side_by_side) x += tile_w + gap;
    else y += h + gap;
  }

  // Any touch anywhere starts; the map underneath is not pressed as well.
  ImGui::SetCursorScreenPos(ImVec2(0, 0));
  if (ImGui::InvisibleButton("start", size)) v.emit(StartRequested{});
  v.target("start");
}

}  // namespace kiosk
