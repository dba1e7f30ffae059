// QR codes from make_qr(): size, finder patterns, and the inputs it must refuse.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <string>

#include "kiosk/logic/qr.hpp"

using namespace kiosk;

namespace {

// A finder pattern: a dark 7×7 ring, a light ring inside it, a dark 3×3 centre, and a light
// separator around it where the symbol has room.
bool finder_at(const QrMatrix& m, int left, int top) {
  for (int y = -1; y <= 7; ++y)
    for (int x = -1; x <= 7; ++x) {
      int mx = left + x, my = top + y;
      if (mx < 0 || my < 0 || mx >= m.size || my >= m.size) continue;
      bool separator = x == -1 || y == -1 || x == 7 || y == 7;
      int ring = std::max(std::abs(x - 3), std::abs(y - 3));
      bool want_dark = !separator && ring != 2;
      if (m.dark(mx, my) != want_dark) return false;
    }
  return true;
}

}  // namespace

TEST_CASE("a URL becomes a square matrix of a valid QR size") {
  auto qr = make_qr("https://www.mkbtradeoffice.nl");
  REQUIRE(qr);
  CHECK(qr->size >= 21);
  CHECK(qr->size <= 177);
  CHECK((qr->size - 21) % 4 == 0);
  CHECK(qr->modules.size() == size_t(qr->size) * size_t(qr->size));
  for (auto m : qr->modules) CHECK((m == 0 || m == 1));
}

TEST_CASE("the finder patterns sit at three corners and not at the fourth") {
  auto qr = make_qr("https://www.deventer.nl/internationaal");
  REQUIRE(qr);
  int far = qr->size - 7;
  CHECK(finder_at(*qr, 0, 0));
  CHECK(finder_at(*qr, far, 0));
  CHECK(finder_at(*qr, 0, far));
  CHECK_FALSE(finder_at(*qr, far, far));
}

TEST_CASE("longer text needs a larger code") {
  auto small = make_qr("https://a.nl");
  auto large = make_qr("https://www.example.org/" + std::string(300, 'x'));
  REQUIRE(small);
  REQUIRE(large);
  CHECK(small->size == 21);  // 12 bytes fit version 1 at level M
  CHECK(large->size > small->size);
}

TEST_CASE("empty text and text too long for any QR version give no code") {
  CHECK_FALSE(make_qr(""));
  CHECK_FALSE(make_qr(std::string(4000, 'x')));
  auto biggest = make_qr(std::string(2000, 'x'));  // fits version 40 at level M (2,331 bytes)
  REQUIRE(biggest);
  CHECK(biggest->size <= 177);
}
