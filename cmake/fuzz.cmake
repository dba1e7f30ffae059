# KIOSK_FUZZ=ON: only the libFuzzer targets of tests/fuzz/, in their own build directory
# (tests/fuzz/run.sh uses build-fuzz). Everything they link is compiled here by clang with the
# fuzzer's coverage hooks, AddressSanitizer and UBSan, so a bug in our libraries stops the run,
# not only one in a harness. UBSan does not recover: a finding must crash for libFuzzer to keep it.
# The product's programs and tests are not built (their folders are EXCLUDE_FROM_ALL).
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  message(FATAL_ERROR "KIOSK_FUZZ needs clang's libFuzzer: configure a fresh build directory with "
                      "CC=clang CXX=clang++ (Debian packages clang and libclang-rt-14-dev)")
endif()
set(kiosk_sanitizers -fsanitize=address,undefined -fno-sanitize-recover=undefined)
add_compile_options(-fsanitize=fuzzer-no-link ${kiosk_sanitizers} -fno-omit-frame-pointer -O1 -g)
add_link_options(${kiosk_sanitizers})
add_subdirectory(content EXCLUDE_FROM_ALL)
add_subdirectory(sync EXCLUDE_FROM_ALL)
add_subdirectory(kiosk EXCLUDE_FROM_ALL)
add_subdirectory(tests/fuzz)
