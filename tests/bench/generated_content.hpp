// Large, realistic content for the benchmarks: the bundled default content grown with generated
// places, organisations, programmes and events (names from name_pools.hpp). Deterministic: the
// same sizes and seed give the same content, on any machine.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "content/model.hpp"

namespace bench {

// Totals per collection, the bundled items included (a total below the bundled count adds none).
struct ContentSize {
  size_t places = 0, organisations = 0, programmes = 0, events = 0;
  size_t images = 0;  // generated organisations that get "images/photo-NNN.jpg"
};

content::Content generated_content(const ContentSize& size, uint64_t seed);

// The image path of photo `i` (0-based), as the content refers to it.
std::string photo_path(size_t i);

// Items the search index holds: everything but meta.
size_t searchable_items(const content::Content& c);

// The sizes giving `total` searchable items: a fixed share each for places, organisations and
// programmes, the rest events. Used by the search benchmark.
ContentSize size_for_searchable_items(size_t total);

}  // namespace bench
