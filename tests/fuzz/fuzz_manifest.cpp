// manifest.json as a feed server could send it (feed::parse_manifest, after the signature check).
// A manifest that parses must serialise to bytes that parse to the same manifest.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "sync/manifest.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto m = feed::parse_manifest({reinterpret_cast<const char*>(data), size});
  if (!m) return 0;
  if (!feed::check_manifest(*m)) std::abort();
  (void)feed::blobs_of(*m);
  auto again = feed::parse_manifest(feed::serialize_manifest(*m));
  if (!again || !(*again == *m)) std::abort();
  return 0;
}
