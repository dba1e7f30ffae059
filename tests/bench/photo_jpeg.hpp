// Photo-like JPEGs for the sync benchmark: smooth colour gradients, a few soft shapes and grain,
// so they compress like photos (100–300 KB at 1280×853) rather than like flat test images.
// Deterministic: the same seed gives the same bytes.
#pragma once

#include <cstdint>
#include <string>

namespace bench {

// Writes the JPEG; false if the file cannot be written.
bool write_photo_jpeg(const std::string& path, int width_px, int height_px, uint64_t seed);

}  // namespace bench
