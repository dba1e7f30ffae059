// Timing for the benchmarks: a stopwatch in milliseconds and percentiles of a set of samples.
#pragma once

#include <algorithm>
#include <chrono>
#include <cmath>
#include <vector>

namespace bench {

class Stopwatch {
 public:
  Stopwatch() : start_(std::chrono::steady_clock::now()) {}
  double ms() const { return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start_).count(); }

 private:
  std::chrono::steady_clock::time_point start_;
};

// Nearest-rank percentile (p in 0..100) of the samples; 0 for none.
inline double percentile(std::vector<double> samples, double p) {
  if (samples.empty()) return 0;
  std::sort(samples.begin(), samples.end());
  size_t rank = size_t(std::ceil(p / 100.0 * double(samples.size())));
  return samples[std::clamp<size_t>(rank, 1, samples.size()) - 1];
}

// Rounded to microseconds, so the JSON stays readable.
inline double round_ms(double ms) { return std::round(ms * 1000.0) / 1000.0; }

}  // namespace bench
