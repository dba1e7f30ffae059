// Images decode on the worker, once each, and bad ones come back with a reason.
#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>
#include <sstream>
#include <thread>

#include "kiosk/logic/image_decoder.hpp"

namespace {

const std::string images = std::string(KIOSK_TEST_FIXTURES) + "/images/";

std::optional<std::string> read_fixture(const std::string& path, std::string& why) {
  std::ifstream in(images + path, std::ios::binary);
  if (!in) {
    why = "no such file";
    return std::nullopt;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<kiosk::ImageDecoder::Done> wait_for(kiosk::ImageDecoder& d, size_t n) {
  std::vector<kiosk::ImageDecoder::Done> all;
  for (int i = 0; i < 500 && all.size() < n; ++i) {
    for (auto& x : d.take_finished()) all.push_back(std::move(x));
    if (all.size() < n) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return all;
}

}  // namespace

TEST_CASE("an image is decoded off the main thread and handed back once") {
  kiosk::ImageDecoder d(read_fixture);
  d.request("red-8x8.png");
  d.request("red-8x8.png");  // asked twice, decoded once
  auto done = wait_for(d, 1);
  REQUIRE(done.size() == 1);
  REQUIRE(done[0].image);
  CHECK(done[0].image->width_px == 8);
  CHECK(done[0].image->rgba.size() == 8 * 8 * 4);
  CHECK(done[0].image->rgba[0] == 0xFF);  // red
  CHECK(d.idle());
  CHECK(d.take_finished().empty());
}

TEST_CASE("bad, oversized and missing images come back with a reason") {
  kiosk::ImageDecoder d(read_fixture);
  d.request("not-an-image.png");
  d.request("huge-5000x10.png");
  d.request("missing.png");
  auto done = wait_for(d, 3);
  REQUIRE(done.size() == 3);
  CHECK_THAT(done[0].error, Catch::StartsWith("not a readable PNG or JPEG image"));
  CHECK(done[1].error == "image is 5000x10 pixels; at most 4096 on each side allowed");
  CHECK(done[2].error == "cannot read: no such file");
  for (const auto& x : done) CHECK_FALSE(x.image);
}

TEST_CASE("a forgotten image is decoded again when asked for again") {
  kiosk::ImageDecoder d(read_fixture);
  d.request("red-8x8.png");
  REQUIRE(wait_for(d, 1).size() == 1);
  d.request("red-8x8.png");  // still known: nothing to do
  CHECK(d.idle());
  CHECK(d.take_finished().empty());
  d.forget("red-8x8.png");  // its texture was dropped with the content that showed it
  d.request("red-8x8.png");
  auto again = wait_for(d, 1);
  REQUIRE(again.size() == 1);
  CHECK(again[0].image);
}
