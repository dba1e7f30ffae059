// search_bench: the kiosk's search over 10,000 items, one keystroke at a time. Builds a temporary
// kiosk database through the real store (Store::apply), opens the real search as the kiosk does
// (Search::open, query(text, 40)), types every word of search_words.cpp a character at a time and
// times each query for the whole text typed so far. Prints one JSON object on stdout; notes go to
// stderr. Exit 0 whatever the speed (the budget verdict is in the JSON); 1 if something broke.
//
//   search_bench [--quick] [--items N] [--rounds N] [--keep-db FILE]
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>
#include <nlohmann/json.hpp>
#include <string>

#include "bench/generated_content.hpp"
#include "bench/search_words.hpp"
#include "bench/timing.hpp"
#include "content/search.hpp"
#include "content/store.hpp"
#include "content/validate.hpp"
#include "temp_dir.hpp"

namespace {

constexpr double budget_ms = 10.0;  // DESIGN.md §5: per keystroke
constexpr size_t max_prefix_chars = 6;
constexpr size_t result_limit = 40;  // as the kiosk asks (kiosk/platform/app.cpp)

struct Options {
  size_t items = 10'000;
  size_t rounds = 3;
  size_t words = 0;  // 0: all
  bool quick = false;
  std::string keep_db;  // copy the database there, to look into it afterwards
};

Options parse(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--quick") o.items = 600, o.rounds = 1, o.words = 8, o.quick = true;
    else if (a == "--items" && i + 1 < argc) o.items = std::strtoul(argv[++i], nullptr, 10);
    else if (a == "--rounds" && i + 1 < argc) o.rounds = std::strtoul(argv[++i], nullptr, 10);
    else if (a == "--keep-db" && i + 1 < argc) o.keep_db = argv[++i];
    else {
      std::fprintf(stderr, "usage: search_bench [--quick] [--items N] [--rounds N] [--keep-db FILE]\n");
      std::exit(2);
    }
  }
  return o;
}

[[noreturn]] void fail(const std::string& why) {
  std::fprintf(stderr, "search_bench: %s\n", why.c_str());
  std::exit(1);
}

struct Sample {
  std::string typed;
  size_t chars = 0, hits = 0;
  double ms = 0;
};

// Builds the database; returns the build figures for the JSON.
nlohmann::json build_database(const std::filesystem::path& db, size_t items) {
  bench::Stopwatch generate;
  content::Content c = bench::generated_content(bench::size_for_searchable_items(items), 1);
  double generate_ms = generate.ms();
  bench::Stopwatch check;
  content::Issues issues;
  content::validate(c, {}, [](const std::string&) { return std::optional<std::string>(); }, issues);
  if (issues.has_errors()) fail("the generated content is not valid: " + issues.errors_text());
  double validate_ms = check.ms();
  bench::Stopwatch apply;
  {
    auto store = content::Store::open(db);
    if (!store) fail(store.error().message);
    if (auto s = store->apply(c, {1, "search-bench", "", content::utc_now_iso8601()}); !s) fail(s.error().message);
  }  // closed: SQLite moves the write-ahead log into the database file
  double apply_ms = apply.ms();
  return {{"items", bench::searchable_items(c)},
          {"items_by_kind",
           {{"goals", c.goals.size()},
            {"countries", c.countries.size()},
            {"places", c.places.size()},
            {"organisations", c.organisations.size()},
            {"networks", c.networks.size()},
            {"programmes", c.programmes.size()},
            {"events", c.events.size()}}},
          {"generate_ms", bench::round_ms(generate_ms)},
          {"validate_ms", bench::round_ms(validate_ms)},
          {"apply_ms", bench::round_ms(apply_ms)},
          {"db_bytes", std::filesystem::file_size(db)}};
}

std::vector<Sample> type_words(content::Search& search, const Options& o) {
  auto words = bench::search_words();
  if (o.words > 0 && o.words < words.size()) words = words.first(o.words);
  std::vector<Sample> samples;
  for (size_t round = 0; round < o.rounds; ++round)
    for (auto word : words)
      for (const auto& typed : bench::keystrokes(word, max_prefix_chars)) {
        bench::Stopwatch t;
        auto hits = search.query(typed, result_limit);
        double ms = t.ms();
        if (!hits) fail(hits.error().message);
        samples.push_back({typed, bench::keystrokes(typed, 99).size(), hits->size(), ms});
      }
  return samples;
}

nlohmann::json summary(const std::vector<Sample>& samples) {
  std::map<size_t, std::vector<double>> by_length;
  std::map<size_t, size_t> hits_by_length;
  std::vector<double> all;
  const Sample* slowest = &samples.front();
  size_t empty = 0;
  std::set<std::string> empty_typed;
  for (const auto& s : samples) {
    by_length[s.chars].push_back(s.ms);
    hits_by_length[s.chars] += s.hits;
    all.push_back(s.ms);
    if (s.ms > slowest->ms) slowest = &s;
    if (s.hits == 0) ++empty, empty_typed.insert(s.typed);
  }
  nlohmann::json per = nlohmann::json::array();
  for (const auto& [length, ms] : by_length)
    per.push_back({{"chars", length},
                   {"queries", ms.size()},
                   {"p50_ms", bench::round_ms(bench::percentile(ms, 50))},
                   {"p95_ms", bench::round_ms(bench::percentile(ms, 95))},
                   {"max_ms", bench::round_ms(bench::percentile(ms, 100))},
                   {"mean_hits", double(hits_by_length[length]) / double(ms.size())}});
  double p95 = bench::percentile(all, 95), max = bench::percentile(all, 100);
  return {{"queries", samples.size()},
          {"queries_without_hits", empty},
          {"typed_without_hits", empty_typed},
          {"by_prefix_chars", per},
          {"p50_ms", bench::round_ms(bench::percentile(all, 50))},
          {"p95_ms", bench::round_ms(p95)},
          {"max_ms", bench::round_ms(max)},
          {"slowest_query", slowest->typed},
          {"budget_ms", budget_ms},
          {"budget_pass", max <= budget_ms},
          {"budget_pass_p95", p95 <= budget_ms}};
}

}  // namespace

int main(int argc, char** argv) {
  Options o = parse(argc, argv);
  TempDir dir;
  std::filesystem::path db = dir / "kiosk.db";
  std::fprintf(stderr, "search_bench: building a database of %zu items...\n", o.items);
  nlohmann::json out = {{"benchmark", "search"}, {"quick", o.quick}, {"build", build_database(db, o.items)}};
  out["items"] = out["build"]["items"];
  if (!o.keep_db.empty()) std::filesystem::copy_file(db, o.keep_db, std::filesystem::copy_options::overwrite_existing);

  bench::Stopwatch open;
  auto search = content::Search::open(db);
  if (!search) fail(search.error().message);
  out["open_ms"] = bench::round_ms(open.ms());
  out["limit"] = result_limit;
  out["rounds"] = o.rounds;
  std::fprintf(stderr, "search_bench: typing %zu rounds of words...\n", o.rounds);
  auto samples = type_words(*search, o);
  if (samples.empty()) fail("no queries ran");
  out.update(summary(samples));
  std::printf("%s\n", out.dump(2).c_str());
  std::fprintf(stderr, "search_bench: %zu keystrokes over %zu items: p95 %.2f ms, max %.2f ms (\"%s\"), budget %.0f ms: %s\n",
               samples.size(), out["items"].get<size_t>(), out["p95_ms"].get<double>(), out["max_ms"].get<double>(),
               out["slowest_query"].get<std::string>().c_str(), budget_ms, out["budget_pass"].get<bool>() ? "pass" : "FAIL");
  return 0;
}
