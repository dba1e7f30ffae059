// kiosk.toml (docs/formats/config.md) through kiosk::parse_config, which deventer-kiosk and
// kiosk-sync both run at start: any text must give a config or an error naming file and line.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "kiosk/logic/config.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto c = kiosk::parse_config({reinterpret_cast<const char*>(data), size}, "fuzz.toml");
  if (!c && c.error().message.find("fuzz.toml") == std::string::npos) std::abort();
  return 0;
}
