// Tap, double tap, long press, drag, fling and pinch.
#include "kiosk/logic/gestures.hpp"

#include <algorithm>
#include <cmath>

namespace kiosk {
namespace {

constexpr int64_t velocity_window_ms = 100;

}  // namespace

GestureRecogniser::Finger* GestureRecogniser::find(int64_t id) {
  for (auto& f : fingers_)
    if (f.id == id) return &f;
  return nullptr;
}

float GestureRecogniser::finger_distance() const {
  if (fingers_.size() < 2) return 0;
  return std::hypot(fingers_[1].x - fingers_[0].x, fingers_[1].y - fingers_[0].y);
}

std::optional<int64_t> GestureRecogniser::primary() const {
  if (fingers_.empty()) return std::nullopt;
  return fingers_[0].id;
}

std::vector<Gesture> GestureRecogniser::feed(const PointerEvent& e) {
  using T = PointerEvent::Type;
  std::vector<Gesture> out;
  if (e.type == T::down) {
    if (find(e.pointer_id)) return out;
    fingers_.push_back({e.pointer_id, e.x, e.y});
    if (fingers_.size() == 1) {
      start_x_ = e.x;
      start_y_ = e.y;
      down_ms_ = e.t_ms;
      dragging_ = was_pinch_ = long_pressed_ = false;
      samples_.assign(1, {e.x, e.y, e.t_ms});
    } else {
      was_pinch_ = true;  // from now on this touch is a pinch, never a tap or fling
    }
    return out;
  }
  Finger* f = find(e.pointer_id);
  if (!f) return out;

  if (e.type == T::move) {
    if (fingers_.size() >= 2) {
      float cx0 = (fingers_[0].x + fingers_[1].x) * 0.5f, cy0 = (fingers_[0].y + fingers_[1].y) * 0.5f;
      float d0 = finger_distance();
      f->x = e.x;
      f->y = e.y;
      float cx1 = (fingers_[0].x + fingers_[1].x) * 0.5f, cy1 = (fingers_[0].y + fingers_[1].y) * 0.5f;
      float d1 = finger_distance();
      Gesture g{Gesture::Type::pinched, cx1, cy1, cx1 - cx0, cy1 - cy0, start_x_, start_y_};
      g.scale = d0 > 1 && d1 > 1 ? d1 / d0 : 1;
      out.push_back(g);
      return out;
    }
    float lx = f->x, ly = f->y;
    f->x = e.x;
    f->y = e.y;
    samples_.push_back({e.x, e.y, e.t_ms});
    std::erase_if(samples_, [&](const Sample& s) { return e.t_ms - s.t_ms > velocity_window_ms; });
    if (!dragging_) {
      float mx = e.x - start_x_, my = e.y - start_y_;
      if (mx * mx + my * my < tuning_.tap_slop_px * tuning_.tap_slop_px || was_pinch_ || long_pressed_) return out;
      dragging_ = true;
      out.push_back({Gesture::Type::drag_started, e.x, e.y, mx, my, start_x_, start_y_});
      return out;
    }
    out.push_back({Gesture::Type::dragged, e.x, e.y, e.x - lx, e.y - ly, start_x_, start_y_});
    return out;
  }

  // up or cancel
  bool first = f == &fingers_.front();
  std::erase_if(fingers_, [&](const Finger& x) { return x.id == e.pointer_id; });
  if (!fingers_.empty()) {
    if (first) {
      // The second finger becomes the first; measure from where it is.
      samples_.assign(1, {fingers_[0].x, fingers_[0].y, e.t_ms});
    }
    return out;
  }
  bool cancelled = e.type == T::cancel;
  if (dragging_) {
    Gesture g{Gesture::Type::drag_ended, e.x, e.y, 0, 0, start_x_, start_y_};
    // Only movement just before the release counts: a finger that rested first does not fling.
    std::erase_if(samples_, [&](const Sample& s) { return e.t_ms - s.t_ms > velocity_window_ms; });
    if (!was_pinch_ && !cancelled && !samples_.empty()) {
      const Sample& a = samples_.front();
      float dt_s = float(e.t_ms - a.t_ms) / 1000.0f;
      if (dt_s > 0.005f) {
        g.velocity_x = (e.x - a.x) / dt_s;
        g.velocity_y = (e.y - a.y) / dt_s;
        if (std::hypot(g.velocity_x, g.velocity_y) < tuning_.fling_min_px_s) g.velocity_x = g.velocity_y = 0;
      }
    }
    out.push_back(g);
  } else if (!was_pinch_ && !cancelled && !long_pressed_) {
    Gesture tap{Gesture::Type::tap, start_x_, start_y_, 0, 0, start_x_, start_y_};
    bool is_double = last_tap_ && e.t_ms - last_tap_->t_ms <= tuning_.double_tap_ms &&
                     std::hypot(start_x_ - last_tap_->x, start_y_ - last_tap_->y) <= tuning_.double_tap_slop_px;
    out.push_back(tap);
    if (is_double) {
      tap.type = Gesture::Type::double_tap;
      out.push_back(tap);
      last_tap_.reset();
    } else {
      last_tap_ = Sample{start_x_, start_y_, e.t_ms};
    }
  }
  dragging_ = false;
  return out;
}

std::optional<Gesture> GestureRecogniser::poll(int64_t now_ms) {
  if (fingers_.size() != 1 || dragging_ || was_pinch_ || long_pressed_) return std::nullopt;
  if (now_ms - down_ms_ < tuning_.long_press_ms) return std::nullopt;
  long_pressed_ = true;
  return Gesture{Gesture::Type::long_press, start_x_, start_y_, 0, 0, start_x_, start_y_};
}

}  // namespace kiosk
