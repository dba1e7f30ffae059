# Cross-builds the kiosk for arm64 (aarch64, a Raspberry Pi 4/5 running 64-bit Debian 12 or
# Raspberry Pi OS) on an amd64 Debian 12 machine, with Debian's cross compiler and the :arm64
# multiarch -dev packages installed beside the native ones. cmake/arm64.sh sets up such a machine
# (a chroot) and uses this file:
#   cmake -S . -B build-arm64 -DCMAKE_TOOLCHAIN_FILE=cmake/arm64-toolchain.cmake
# Test programs run under qemu-user (CMAKE_CROSSCOMPILING_EMULATOR), so `ctest` works unchanged
# for every test whose command is one of our executables.
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(CMAKE_LIBRARY_ARCHITECTURE aarch64-linux-gnu)

set(CMAKE_C_COMPILER aarch64-linux-gnu-gcc)
set(CMAKE_CXX_COMPILER aarch64-linux-gnu-g++)

# Debian multiarch has no separate sysroot: the arm64 libraries live in /usr/lib/aarch64-linux-gnu
# on the build machine itself, the cross libc in /usr/aarch64-linux-gnu. So the root path is only
# an extra place to look (BOTH), and CMAKE_LIBRARY_ARCHITECTURE keeps find_library() in the arm64
# directories; headers in /usr/include are shared by all architectures. Programs (build tools)
# are always the build machine's.
set(CMAKE_FIND_ROOT_PATH /usr/aarch64-linux-gnu)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY BOTH)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE BOTH)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE BOTH)

# pkg-config reads only the arm64 .pc files (and the architecture-independent ones), never the
# build machine's x86_64 ones. The toolchain file is read again on every re-configure, so this
# holds for those too.
set(ENV{PKG_CONFIG_LIBDIR} "/usr/lib/aarch64-linux-gnu/pkgconfig:/usr/share/pkgconfig")
unset(ENV{PKG_CONFIG_PATH})
unset(ENV{PKG_CONFIG_SYSROOT_DIR})

# Run test programs under qemu-user. When libc6:arm64 is installed (the :arm64 -dev packages pull
# it in), its loader /lib/ld-linux-aarch64.so.1 and the multiarch library paths just work. Without
# it, fall back to the cross libc; `-L` must not be used when libc6:arm64 is there, since the cross
# libc (libc6-arm64-cross) is a different build of glibc than libc6:arm64 and the two do not mix.
find_program(KIOSK_QEMU_AARCH64 NAMES qemu-aarch64 qemu-aarch64-static)
if(KIOSK_QEMU_AARCH64)
  if(EXISTS /lib/ld-linux-aarch64.so.1)
    set(CMAKE_CROSSCOMPILING_EMULATOR ${KIOSK_QEMU_AARCH64})
  else()
    set(CMAKE_CROSSCOMPILING_EMULATOR ${KIOSK_QEMU_AARCH64} -L /usr/aarch64-linux-gnu)
  endif()
endif()
