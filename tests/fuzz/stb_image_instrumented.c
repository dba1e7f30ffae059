// stb_image's implementation from Debian's libstb-dev header, compiled with the fuzzer's
// instrumentation for fuzz_image (see CMakeLists.txt). Nothing of stb is copied into the repo.
#define STB_IMAGE_IMPLEMENTATION
#include <stb_image.h>
