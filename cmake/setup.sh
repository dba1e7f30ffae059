#!/bin/sh
# Sets up a fresh Debian 12 / Raspberry Pi OS machine and builds the project, then either runs
# the kiosk on the bundled content (`run`) or the whole test suite (`test`), or the fuzz targets
# for a short time (`fuzz`, tests/fuzz/run.sh).
# Installs only the Debian packages that are missing; needs root or sudo for that step only.
set -eu

cd "$(dirname "$0")/.."
mode=${1:-run}
build_dir=${BUILD_DIR:-build}

# Build tools, the libraries the client fixed, and what we added (see README "Dependencies").
packages="build-essential cmake pkg-config
  libimgui-dev libsdl2-dev libsqlite3-dev libcurl4-openssl-dev libstb-dev catch2
  nlohmann-json3-dev libtomlplusplus-dev libqrencode-dev libsodium-dev libsystemd-dev fonts-noto-core
  ca-certificates"
# Only the test suite needs these: a virtual display and a tapper for the real-binary UI test,
# and nginx, the real web server the sync client's tests download from (run as a child, no root).
# systemd-analyze (package systemd) checks the units in systemd/ (tests/systemd/). The benchmark
# runner (tests/bench/run.sh) reports with python3 and counts instructions with valgrind.
# openssl makes the throw-away certificates of the https sync test (tests/sync_http/test_tls.cpp).
test_packages="xvfb xdotool imagemagick nginx-light systemd python3 valgrind openssl"

# The fuzz targets (tests/fuzz/run.sh; `fuzz` takes its options, e.g. --seconds 30) need clang
# and its libFuzzer runtime.
fuzz_packages="clang libclang-rt-14-dev"

case "$mode" in
  run) wanted=$packages ;;
  test) wanted="$packages $test_packages" ;;
  fuzz) wanted="$packages $fuzz_packages" ;;
  *) echo "usage: cmake/setup.sh run|test|fuzz [tests/fuzz/run.sh options]" >&2; exit 2 ;;
esac

missing=""
for p in $wanted; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  as_root=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "setup: run as root, or install sudo, to install:$missing" >&2; exit 1; }
    as_root="sudo"
  fi
  echo "setup: installing missing Debian packages:$missing"
  $as_root apt-get update -q
  DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -q --no-install-recommends $missing
fi

if [ "$mode" = fuzz ]; then
  shift
  exec bash tests/fuzz/run.sh "$@"  # its own build directory (build-fuzz), with clang
fi

cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build_dir" -j "$(nproc)"

if [ "$mode" = run ]; then
  # Not exec'd: the kiosk's "first frame after N ms" counts from its own process start.
  "$build_dir/kiosk/deventer-kiosk" --windowed --data "$build_dir/data"
  exit
fi
cd "$build_dir"
exec ctest --output-on-failure -j "$(nproc)"
