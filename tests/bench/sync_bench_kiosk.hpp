// The kiosk's side of the sync benchmark: the real deventer-kiosk pans the map continuously
// (its --benchmark mode, SDL's dummy video driver) on the data folder while kiosk-sync applies a
// new feed there; the kiosk notices the commit, loads the snapshot on its worker and swaps it in.
// What counts is its worst frame meanwhile (budget: none over 50 ms).
#pragma once

#include <filesystem>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>

namespace bench {

// Whether this deventer-kiosk has the benchmark mode (its --help lists --benchmark).
bool kiosk_has_benchmark_mode(const std::string& kiosk);

struct KioskSwapRun {
  std::string kiosk;
  std::filesystem::path data, config, work_dir;
  int pan_seconds = 20;
  std::function<nlohmann::json()> sync;  // runs the sync while the kiosk pans; its JSON is kept
};

// Starts the kiosk, waits for its first frame, runs `sync`, waits for the kiosk to finish and
// returns its figures (and the sync's) as JSON.
nlohmann::json run_kiosk_swap(const KioskSwapRun& run);

inline constexpr double frame_budget_ms = 50.0;

}  // namespace bench
