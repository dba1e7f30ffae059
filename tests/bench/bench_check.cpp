// bench_check: the suite's check that a benchmark still works. Reads the JSON a benchmark printed
// and checks its keys and that its values are sane (counts right, times positive, percentiles in
// order); never its speed. Prints every problem; exit 1 if there was any.
//
//   bench_check search|sync|soak FILE [--sanitized]
//
// --sanitized: the build's malloc is a sanitizer's, so the soak's heap figures may be null.
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

using nlohmann::json;

namespace {

int problems = 0;
bool heap_unknown_ok = false;  // --sanitized

void check(bool ok, const std::string& what) {
  if (ok) return;
  std::printf("problem: %s\n", what.c_str());
  ++problems;
}

// The value at a JSON pointer, or null (and a problem) if it is missing.
json at(const json& j, const std::string& pointer) {
  json::json_pointer p(pointer);
  if (j.contains(p)) return j[p];
  check(false, pointer + " is missing");
  return nullptr;
}

bool positive(const json& v) { return v.is_number() && v.get<double>() > 0; }

void check_search(const json& j) {
  check(at(j, "/benchmark") == "search", "/benchmark is not \"search\"");
  json items = at(j, "/items"), queries = at(j, "/queries");
  size_t by_kind = 0;
  json kinds = at(j, "/build/items_by_kind");
  for (const auto& [kind, n] : kinds.items()) by_kind += n.get<size_t>();
  check(items == by_kind, "/items is not the sum of /build/items_by_kind");
  if (at(j, "/quick") == true) check(items == 600, "--quick should make 600 items");
  for (const char* key : {"/build/generate_ms", "/build/apply_ms", "/build/db_bytes", "/open_ms", "/p50_ms", "/p95_ms", "/max_ms"})
    check(positive(at(j, key)), std::string(key) + " is not positive");
  check(at(j, "/p50_ms") <= at(j, "/p95_ms") && at(j, "/p95_ms") <= at(j, "/max_ms"), "p50 ≤ p95 ≤ max does not hold");
  check(at(j, "/queries_without_hits") == 0, "some typed words found nothing");
  check(at(j, "/budget_ms") == 10 && at(j, "/budget_pass").is_boolean(), "no budget verdict");
  size_t per_length = 0, length = 0;
  for (const auto& p : at(j, "/by_prefix_chars")) {
    check(p["chars"] == ++length, "/by_prefix_chars is not 1, 2, 3, ...");
    check(positive(p["p50_ms"]) && p["p50_ms"] <= p["p95_ms"] && p["p95_ms"] <= p["max_ms"], "a prefix length's times are not sane");
    per_length += p["queries"].get<size_t>();
  }
  check(length == 6, "prefixes of 1 to 6 characters expected");
  check(queries == per_length, "/queries is not the sum over prefix lengths");
}

void check_sync(const json& j) {
  check(at(j, "/benchmark") == "sync", "/benchmark is not \"sync\"");
  bool quick = at(j, "/quick") == true;
  json generated = at(j, "/feed/generated");
  check(generated["organisations"] == (quick ? 40 : 1000), "wrong number of organisations generated");
  check(generated["events"] == (quick ? 40 : 2000), "wrong number of events generated");
  check(generated["images"] == (quick ? 3 : 300), "wrong number of images generated");
  check(positive(at(j, "/feed/kiosk_feed_build_ms")), "no kiosk-feed build time");
  json first = at(j, "/first_sync");
  check(first["exit_status"] == 0, "the first sync did not exit 0");
  // The manifest, its signature, the content document and each image.
  check(first["requests"] == 3 + generated["images"].get<size_t>(), "the first sync made an unexpected number of requests");
  check(first["bytes_down"] >= generated["image_bytes"], "the first sync downloaded less than the images");
  for (const char* key : {"wall_ms", "apply_ms", "validate_ms", "transaction_ms"})
    check(positive(first[key]), std::string("/first_sync/") + key + " is not positive");
  check(first["apply_ms"] <= first["wall_ms"], "apply took longer than the whole sync");
  check(first["apply_budget_pass"].is_boolean(), "no apply budget verdict");
  json poll = at(j, "/unchanged_poll");
  check(poll["exit_status"] == 0 && poll["requests"] == 1, "the unchanged poll was not one request");
  check(positive(poll["bytes_on_wire"]) && poll["budget_pass"].is_boolean(), "the unchanged poll has no bytes or verdict");
  json kiosk = at(j, "/kiosk_swap");
  if (kiosk.contains("skipped")) {
    std::printf("note: kiosk swap skipped: %s\n", kiosk["skipped"].get<std::string>().c_str());
    return;
  }
  check(!kiosk.contains("problem"), "the kiosk part had a problem: " + kiosk.value("problem", std::string()));
  check(kiosk.value(json::json_pointer("/sync/exit_status"), -1) == 0, "the sync during panning did not exit 0");
  // The kiosk swaps content in only between touches, and pan-loop holds its finger down: whether
  // a quick run's sync lands before the panning starts depends on the machine's speed.
  if (quick && kiosk.value("content_swaps", 0) == 0) std::printf("note: the kiosk did not swap the new content in\n");
  else check(kiosk.value("content_swaps", 0) >= 1, "the kiosk did not swap the new content in");
  check(positive(kiosk.value("worst_frame_ms", json())), "no worst frame from the kiosk");
  check(kiosk["budget_pass"].is_boolean(), "no frame budget verdict");
}

// The soak (tests/bench/soak.sh): every frame ran on the simulated clock, the visitor did a bit of
// everything, content was swapped in, and memory was sampled throughout.
void check_soak(const json& j) {
  check(at(j, "/benchmark") == "soak", "/benchmark is not \"soak\"");
  const json frames = at(j, "/frames");
  check(positive(frames) && frames == at(j, "/frames_asked"), "/frames is not /frames_asked");
  check(positive(at(j, "/drawn_frames")) && at(j, "/drawn_frames") <= frames, "/drawn_frames is not within 1 and /frames");
  // Each frame takes 16 ms of simulated time, waits more.
  check(at(j, "/simulated_s").get<double>() >= frames.get<double>() * 0.016 * 0.999, "less simulated time than 16 ms a frame");
  check(positive(at(j, "/wall_s")), "no wall time");
  const json v = at(j, "/visitor");
  for (const char* key : {"taps", "drags", "flings"}) check(positive(v[key]), std::string("no ") + key);
  // Walking away ends the visit: the attract screen again (it was there at the start too).
  check(positive(v["walk_aways"]), "no walk-aways");
  check(v["attract_screens"] > v["walk_aways"], "the idle reset did not bring the attract screen back each walk-away");
  check(at(j, "/content_swaps") >= 1, "no content was swapped in");
  const json m = at(j, "/memory_kb");
  for (const char* key : {"warmup_rss", "final_rss", "max_rss_after_warmup", "rss_after_warmup", "rss_at_end", "pss_at_end",
                          "final_pss", "peak_rss"})
    check(m.value(key, 0) > 10'000, std::string("/memory_kb/") + key + " is not a plausible kB figure");
  // malloc's heap figures are null only where a sanitizer's allocator replaced glibc's.
  if (heap_unknown_ok && m["final_heap"].is_null()) std::printf("note: no heap figures (a sanitizer's allocator)\n");
  else check(m.value("final_heap", 0) > 10'000, "/memory_kb/final_heap is not a plausible kB figure");
  check(m["rss_growth"] == m["rss_at_end"].get<int64_t>() - m["rss_after_warmup"].get<int64_t>(),
        "rss_growth is not the RSS at the end - the RSS after warm-up");
  check(m["growth_basis"] == "attract" || m["growth_basis"] == "periodic", "no /memory_kb/growth_basis");
  // One sample at each arrival at the attract screen (the start, then each idle reset).
  check(at(j, "/attract_samples").size() == v["attract_screens"], "not one sample per arrival at the attract screen");
  // The peak (VmHWM) comes from the kernel's RSS counters, which are updated in batches (per
  // thread or per CPU, by kernel version); the samples walk the page tables (smaps_rollup). So the
  // peak may read a little below the largest sample (seen: 120 kB), allowed here up to 2 MB.
  check(m["max_rss_after_warmup"] >= m["final_rss"] && m["peak_rss"].get<int64_t>() + 2048 >= m["max_rss_after_warmup"],
        "max and peak RSS are not maxima");
  const json samples = at(j, "/samples");
  check(samples.size() >= 10, "fewer than 10 memory samples");
  int64_t last = 0;
  for (const auto& s : samples) {
    check(s[0].get<int64_t>() > last && s[3] > 0 && s[4] > 0, "samples are not in frame order, or without RSS/PSS");
    last = s[0].get<int64_t>();
  }
  check(last == frames, "the last sample is not at the last frame");
  const json f = at(j, "/frame_ms");
  check(f["p50"] <= f["p95"] && f["p95"] <= f["p99"] && f["p99"] <= f["max"], "frame time percentiles are not in order");
}

}  // namespace

int main(int argc, char** argv) {
  heap_unknown_ok = argc == 4 && std::string(argv[3]) == "--sanitized";
  if (argc != 3 && !heap_unknown_ok) {
    std::fprintf(stderr, "usage: bench_check search|sync|soak FILE [--sanitized]\n");
    return 2;
  }
  std::ifstream in(argv[2]);
  json j = json::parse(in, nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    std::printf("problem: %s is not one JSON object\n", argv[2]);
    return 1;
  }
  std::string kind = argv[1];
  if (kind == "search") check_search(j);
  else if (kind == "sync") check_sync(j);
  else if (kind == "soak") check_soak(j);
  else return 2;
  std::printf("%s: %d problems\n", kind.c_str(), problems);
  return problems == 0 ? 0 : 1;
}
