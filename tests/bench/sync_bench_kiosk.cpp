// The kiosk panning through a sync; see sync_bench_kiosk.hpp.
#include "bench/sync_bench_kiosk.hpp"

#include <atomic>
#include <chrono>
#include <fstream>
#include <thread>

#include "bench/sync_bench_run.hpp"
#include "bench/timing.hpp"
#include "sync_http/child_process.hpp"

namespace bench {

bool kiosk_has_benchmark_mode(const std::string& kiosk) {
  if (!std::filesystem::exists(kiosk)) return false;
  ToolRun help = run_tool({kiosk, "--help"});
  return help.out.find("--benchmark") != std::string::npos;
}

nlohmann::json run_kiosk_swap(const KioskSwapRun& run) {
  std::filesystem::path out = run.work_dir / "kiosk-benchmark.json";
  ChildProcess kiosk({run.kiosk, "--config", run.config.string(), "--data", run.data.string(), "--size", "1920x1080",
                      "--benchmark", out.string(), "--bench-script", "pan-loop:" + std::to_string(run.pan_seconds)},
                     {"SDL_VIDEODRIVER=dummy"});
  // Its stderr is read all the time: a full pipe would stall the kiosk and spoil its frame times.
  std::atomic<bool> first_frame = false, ended = false;
  std::thread reader([&] {
    while (auto line = kiosk.read_line(3'600'000))
      if (line->find("first frame after") != std::string::npos) first_frame = true;
    ended = true;
  });
  Stopwatch t;
  auto wait_until = [&](const std::atomic<bool>& flag, double limit_ms) {
    while (!flag && !ended && t.ms() < limit_ms) std::this_thread::sleep_for(std::chrono::milliseconds(20));
    return bool(flag);
  };
  nlohmann::json result = {{"pan_seconds", run.pan_seconds}};
  if (wait_until(first_frame, 60'000)) {
    // Past the start (attract, the tap that opens the map: 1.5 s), panning steadily before the sync starts.
    std::this_thread::sleep_for(std::chrono::milliseconds(2500));
    result["sync"] = run.sync();
    result["sync_ended_at_ms"] = round_ms(t.ms());
  } else {
    result["problem"] = "the kiosk showed no first frame within 60 s";
  }
  if (!wait_until(ended, (run.pan_seconds + 120) * 1000.0)) kiosk.kill9();
  reader.join();
  result["kiosk_exit_status"] = kiosk.wait();
  std::ifstream in(out);
  auto report = nlohmann::json::parse(in, nullptr, false);
  if (report.is_discarded()) {
    result["problem"] = "no benchmark JSON from the kiosk; its log ends: " + kiosk.output().substr(
                            kiosk.output().size() > 600 ? kiosk.output().size() - 600 : 0);
    return result;
  }
  // The kiosk's own figures, without its per-frame arrays (thousands of numbers).
  for (const auto& [key, value] : report.items())
    if (value.is_primitive() || key == "swap_frame_ms") result[key] = value;
  double worst_swap = -1;
  for (const auto& ms : report.value("swap_frame_ms", nlohmann::json::array())) worst_swap = std::max(worst_swap, ms.get<double>());
  result["worst_swap_frame_ms"] = worst_swap;
  // "Meanwhile": the pan loop, in which the sync runs and the new content is swapped in (the
  // kiosk's start, before it, is measured by the start benchmarks).
  double worst_meanwhile = -1;
  for (const auto& p : report.value("phases", nlohmann::json::array()))
    if (p.value("name", "") == "pan loop" && p.contains("frame_ms")) worst_meanwhile = p["frame_ms"].value("max", -1.0);
  result["worst_frame_meanwhile_ms"] = worst_meanwhile;
  result["budget_ms"] = frame_budget_ms;
  bool swapped = report.value("content_swaps", 0) > 0;
  if (!swapped) result["kiosk_log_tail"] = kiosk.output().substr(kiosk.output().size() > 1500 ? kiosk.output().size() - 1500 : 0);
  // Every frame while the sync runs and the content is swapped in, and the frames that swapped it.
  result["budget_pass"] = swapped && worst_meanwhile >= 0 && worst_meanwhile <= frame_budget_ms;
  result["swap_budget_pass"] = swapped && worst_swap <= frame_budget_ms;
  return result;
}

}  // namespace bench
