// libqrencode behind make_qr(): the encoder's QRcode* lives only inside this file.
#include "kiosk/logic/qr.hpp"

#include <qrencode.h>

#include <memory>

namespace kiosk {
namespace {

struct QrFree {
  void operator()(QRcode* code) const { QRcode_free(code); }
};
using QrPtr = std::unique_ptr<QRcode, QrFree>;

constexpr size_t max_qr_bytes = 2953;  // version 40 at level L holds no more bytes

}  // namespace

std::optional<QrMatrix> make_qr(std::string_view text) {
  // libqrencode rejects empty text too, but says so only in errno; the size bound keeps it an int.
  if (text.empty() || text.size() > max_qr_bytes) return std::nullopt;
  // encodeData takes a length, so the text needs no terminating NUL and may contain one.
  QrPtr code(QRcode_encodeData(int(text.size()), reinterpret_cast<const unsigned char*>(text.data()), 0, QR_ECLEVEL_M));
  if (!code) return std::nullopt;  // too long for version 40, or out of memory
  QrMatrix m;
  m.size = code->width;
  m.modules.resize(size_t(m.size) * size_t(m.size));
  // Bit 0 of each byte is the module's colour; the other bits are the encoder's bookkeeping.
  for (size_t i = 0; i < m.modules.size(); ++i) m.modules[i] = code->data[i] & 1;
  return m;
}

}  // namespace kiosk
