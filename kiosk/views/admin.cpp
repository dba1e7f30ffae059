// The technicians' screens (logic/admin.hpp): the PIN pad, and the admin screen with the kiosk's
// state and its actions. English only: they are for technicians, not visitors. Nothing on the
// visitors' screens hints at them.
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "kiosk/logic/admin.hpp"
#include "kiosk/views/view.hpp"

namespace kiosk {
namespace {

void begin_full_screen(const char* name, ImU32 background) {
  ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(io.DisplaySize);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::ColorConvertU32ToFloat4(background));
  ImGui::Begin(name, nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PopStyleColor();
  ImGui::PopStyleVar();
}

float centred_text(ImFont* f, float cx, float y, ImU32 colour, const std::string& s) {
  ImVec2 size = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, s.c_str());
  ImGui::GetWindowDrawList()->AddText(f, f->FontSize, ImVec2(cx - size.x * 0.5f, y), colour, s.c_str());
  return size.y;
}

std::string pin_message(const State& s) {
  const AdminState& a = s.admin;
  if (auto locked = pin_locked_s(s)) {
    char buf[96];
    std::snprintf(buf, sizeof buf, "Too many wrong PINs. Try again in %d:%02d", *locked / 60, *locked % 60);
    return buf;
  }
  if (a.checking) return "Checking…";
  if (a.lockout.failures > 0)
    return "Wrong PIN (" + std::to_string(a.lockout.failures) + " of " + std::to_string(max_pin_failures) + ")";
  return "Enter the service PIN";
}

void draw_pin_pad(const ViewContext& v) {
  const Theme& t = v.theme;
  const AdminState& a = v.state.admin;
  ImVec2 screen = ImGui::GetIO().DisplaySize;
  begin_full_screen("admin pin", t.background);
  float gap = t.pad_px;
  float key = std::max(t.touch_px * 1.5f, std::min(screen.x, screen.y) / 8.0f);
  float pad_w = 3 * key + 2 * gap;
  float cx = screen.x * 0.5f;
  float total_h = t.fonts.heading->FontSize + t.fonts.title->FontSize + t.fonts.body->FontSize + 4 * key + 3 * gap +
                  t.touch_px + 6 * gap;
  float y = std::max(gap, (screen.y - total_h) * 0.5f);
  y += centred_text(t.fonts.heading, cx, y, t.text, "Service") + gap;
  // The digits as dots: never the digits themselves.
  ImFont* big = t.fonts.title;
  ImVec2 ds = big->CalcTextSizeA(big->FontSize, FLT_MAX, 0, "•");
  std::string shown;
  for (size_t i = 0; i < a.pin.size(); ++i) shown += i ? " •" : "•";
  centred_text(big, cx, y, t.text, shown.empty() ? " " : shown);
  y += std::max(ds.y, big->FontSize) + gap * 0.5f;
  bool locked = pin_locked_s(v.state).has_value();
  ImU32 message_colour = locked || a.lockout.failures > 0 ? t.accent : t.text_muted;
  y += centred_text(t.fonts.body, cx, y, message_colour, pin_message(v.state)) + gap;
  v.target("text/" + pin_message(v.state));

  bool disabled = locked || a.checking;
  const char* labels[12] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "Erase", "0", "OK"};
  const char* ids[12] = {"admin/pin/1", "admin/pin/2", "admin/pin/3", "admin/pin/4", "admin/pin/5", "admin/pin/6",
                         "admin/pin/7", "admin/pin/8", "admin/pin/9", "admin/pin/erase", "admin/pin/0", "admin/pin/ok"};
  float x0 = cx - pad_w * 0.5f;
  ImGui::PushFont(t.fonts.heading);
  if (disabled) ImGui::BeginDisabled();
  for (int i = 0; i < 12; ++i) {
    ImGui::SetCursorScreenPos(ImVec2(x0 + float(i % 3) * (key + gap), y + float(i / 3) * (key + gap)));
    ImGui::PushID(ids[i]);
    bool ok = i == 11;
    if (ok) {
      ImGui::PushStyleColor(ImGuiCol_Button, to_vec4(t.accent));
      ImGui::PushStyleColor(ImGuiCol_ButtonHovered, to_vec4(t.accent));
      ImGui::PushStyleColor(ImGuiCol_ButtonActive, to_vec4(t.accent));
      ImGui::PushStyleColor(ImGuiCol_Text, to_vec4(t.accent_text));
    }
    bool pressed = ImGui::Button(labels[i], ImVec2(key, key));
    if (ok) ImGui::PopStyleColor(4);
    v.target(ids[i]);
    ImGui::PopID();
    if (!pressed) continue;
    if (i == 9) v.emit(AdminAction{PinErased{}});
    else if (i == 11) v.emit(AdminAction{PinSubmitted{}});
    else v.emit(AdminAction{PinDigitTyped{labels[i][0]}});
  }
  if (disabled) ImGui::EndDisabled();
  ImGui::PopFont();
  y += 4 * key + 3 * gap + 2 * gap;
  ImGui::SetCursorScreenPos(ImVec2(x0, y));
  if (big_button(v, "admin/pin/cancel", "Cancel", false, pad_w)) v.emit(AdminAction{AdminClosed{}});
  ImGui::End();
}

// One "label: value" line of the facts column, recorded for tests as "text/label: value".
void fact(const ViewContext& v, const std::string& label, const std::string& value, ImU32 value_colour = 0) {
  const Theme& t = v.theme;
  ImGui::PushFont(t.fonts.bold);
  ImGui::TextUnformatted(label.c_str());
  ImGui::PopFont();
  ImGui::SameLine(300 * t.scale);
  if (value_colour) ImGui::PushStyleColor(ImGuiCol_Text, to_vec4(value_colour));
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(value.c_str());
  ImGui::PopTextWrapPos();
  if (value_colour) ImGui::PopStyleColor();
  v.target("text/" + label + ": " + value);
}

void draw_facts(const ViewContext& v) {
  const Theme& t = v.theme;
  const AdminState& a = v.state.admin;
  const AdminInfo& i = a.info;
  const content::ContentState& cs = v.snap.state();
  ImVec2 screen = ImGui::GetIO().DisplaySize;
  fact(v, "App version", i.version.empty() ? "—" : i.version);
  std::string content = "sequence " + std::to_string(cs.sequence);
  if (!cs.feed_id.empty()) content += " from " + cs.feed_id;
  content += ", as of " + v.snap.content().meta.as_of.display(content::Lang::en);
  fact(v, "Content", content);
  if (i.sync_last_attempt.empty()) {
    fact(v, "Last sync", "never (no sync-status.json)");
  } else {
    bool bad = i.sync_result == "failed" || i.sync_result == "rejected";
    std::string what = i.sync_last_attempt + ": " + i.sync_result + (i.sync_error.empty() ? "" : " — " + i.sync_error);
    fact(v, "Last sync", what, bad ? t.accent : 0);
    fact(v, "Failures in a row", std::to_string(i.sync_failures), i.sync_failures > 0 ? t.accent : 0);
    if (!i.sync_feed.empty()) fact(v, "Feed", i.sync_feed);
    if (!i.sync_last_applied.empty()) fact(v, "Last applied", i.sync_last_applied);
  }
  std::string keys;
  for (const auto& k : i.trusted_key_ids) keys += (keys.empty() ? "" : ", ") + k;
  fact(v, "Trusted keys", keys.empty() ? "none configured" : keys);
  fact(v, "Free disk", format_bytes(i.disk_free_bytes) + " of " + format_bytes(i.disk_total_bytes) +
                           (i.data_dir.empty() ? "" : " (" + i.data_dir + ")"));
  fact(v, "Uptime", "kiosk " + format_duration_s(i.process_uptime_s) + ", system " + format_duration_s(i.system_uptime_s));
  char display[160];
  std::snprintf(display, sizeof display, "%.0f × %.0f px, %.0f × %.0f mm (%.2f px/mm%s)", screen.x, screen.y,
                screen.x / a.px_per_mm, screen.y / a.px_per_mm, a.px_per_mm,
                a.px_per_mm_assumed ? ", assumed 24\": set [display] diagonal_inch" : "");
  fact(v, "Display", display);
  if (!a.task_line.empty()) fact(v, a.task ? "Running" : "Last action", a.task_line, a.task_ok ? 0 : t.accent);
}

void draw_admin_screen(const ViewContext& v) {
  const Theme& t = v.theme;
  const AdminState& a = v.state.admin;
  ImVec2 screen = ImGui::GetIO().DisplaySize;
  begin_full_screen("admin", t.background);
  float pad = 2 * t.pad_px;
  bool landscape = screen.x >= screen.y;
  float actions_w = landscape ? std::max(screen.x * 0.3f, 420 * t.scale) : screen.x - 2 * pad;
  float actions_h = 7 * (t.touch_px + t.pad_px);
  ImGui::GetWindowDrawList()->AddText(t.fonts.heading, t.fonts.heading->FontSize, ImVec2(pad, pad), t.text,
                                      "Admin");
  float top = pad + t.fonts.heading->FontSize + t.pad_px;
  ImVec2 facts_pos(pad, top);
  ImVec2 facts_size = landscape ? ImVec2(screen.x - actions_w - 3 * pad, screen.y - top - pad)
                                : ImVec2(screen.x - 2 * pad, screen.y - top - actions_h - 2 * pad);
  ImGui::SetCursorScreenPos(facts_pos);
  ImGui::BeginChild("facts", facts_size, false,
                    ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_AlwaysUseWindowPadding);
  draw_facts(v);
  ImGui::EndChild();

  float x = landscape ? screen.x - actions_w - pad : pad;
  float y = landscape ? top : screen.y - actions_h - pad;
  auto button = [&](const char* id, const std::string& label, bool accent = false) {
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    y += t.touch_px + t.pad_px;
    return big_button(v, id, label, accent, actions_w);
  };
  bool busy = a.task.has_value();
  if (busy) ImGui::BeginDisabled();
  if (button("admin/sync", busy && *a.task == AdminTask::sync_now ? "Sync now: running…" : "Sync now"))
    v.emit(AdminAction{AdminTaskRequested{AdminTask::sync_now}});
  if (button("admin/usb", busy && *a.task == AdminTask::apply_usb ? "Apply from USB: running…" : "Apply from USB"))
    v.emit(AdminAction{AdminTaskRequested{AdminTask::apply_usb}});
  if (busy) ImGui::EndDisabled();
  if (button("admin/test-pattern", "Test pattern")) v.emit(AdminAction{TestPatternShown{}});
  bool confirm_restart = a.confirm == AdminExit::restart, confirm_console = a.confirm == AdminExit::console;
  if (button("admin/restart", confirm_restart ? "Tap again to restart" : "Restart", confirm_restart))
    v.emit(AdminAction{AdminExitRequested{AdminExit::restart}});
  if (button("admin/console", confirm_console ? "Tap again to leave" : "Leave to console", confirm_console))
    v.emit(AdminAction{AdminExitRequested{AdminExit::console}});
  if (button("admin/close", "Close", true)) v.emit(AdminAction{AdminClosed{}});
  ImGui::End();
}

}  // namespace

void draw_admin(const ViewContext& v) {
  switch (v.state.admin.screen) {
    case AdminScreen::pin:
      draw_pin_pad(v);
      break;
    case AdminScreen::open:
      draw_admin_screen(v);
      break;
    case AdminScreen::test_pattern:
      draw_test_pattern(v);
      break;
    case AdminScreen::closed:
      break;
  }
}

}  // namespace kiosk
