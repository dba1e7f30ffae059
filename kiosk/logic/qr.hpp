// QR codes for links a visitor can take home with a phone. The only file that includes
// qrencode.h is qr.cpp; the rest of the kiosk sees a plain square bit matrix.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace kiosk {

struct QrMatrix {
  int size = 0;                  // modules per side: 21 + 4 × (version − 1), no quiet zone
  std::vector<uint8_t> modules;  // size × size, row by row; 1 = dark
  bool dark(int x, int y) const { return modules[size_t(y) * size_t(size) + size_t(x)] != 0; }
};

// The text as a QR code (byte mode, error correction M, smallest version that holds it).
// Nothing for empty text or text too long for any QR version (about 2,300 bytes at level M).
std::optional<QrMatrix> make_qr(std::string_view text);

}  // namespace kiosk
