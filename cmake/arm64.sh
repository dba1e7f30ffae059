#!/usr/bin/env bash
# Cross-builds the kiosk for arm64 (our stand-in for a Raspberry Pi) and runs its unit tests under
# qemu-user. Runs as root on a Debian 12 amd64 machine and changes nothing on it but a cache
# folder: everything (the cross compiler, the :arm64 -dev packages, qemu) goes into a Debian 12
# chroot made with debootstrap, which later runs reuse. The source tree is bind-mounted into the
# chroot at its own path, so the build lands in ./build-arm64 as usual.
#
#   cmake/arm64.sh          create or reuse the chroot, build, run the tests
#   cmake/arm64.sh --clean  remove the chroot (about 1.5 GB)
#
# Environment: KIOSK_ARM64_CACHE (default /var/cache/deventer-kiosk-arm64), ARM64_BUILD_DIR (default
# build-arm64), DEBIAN_MIRROR (default http://deb.debian.org/debian).
set -euo pipefail

src=$(cd "$(dirname "$0")/.." && pwd)
cache=${KIOSK_ARM64_CACHE:-/var/cache/deventer-kiosk-arm64}
root=$cache/root
build_dir=${ARM64_BUILD_DIR:-build-arm64}  # not BUILD_DIR: .ci/run exports that for the native build
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
security_mirror=${DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}

# The packages are cmake/setup.sh's (its `packages=` list, so a library added there is picked up
# here), plus the cross compiler and qemu. Inside the chroot each is installed as :arm64 when it is
# Multi-Arch: same (the libraries and their -dev packages, which co-install with the amd64 ones);
# everything else (build tools, the header-only catch2 and nlohmann-json3-dev, the fonts, which are
# Multi-Arch: foreign or Architecture: all) is installed natively and serves the cross build.
# qemu-user, not qemu-user-static or qemu-user-binfmt: those register binfmt handlers in the
# kernel, which is shared with the host, and a chroot should not change its host.
setup_packages=$(sed -n '/^packages="/,/"/p' "$src/cmake/setup.sh" | sed 's/^packages="//; s/"$//' | tr -s ' \n' '  ')
[ -n "${setup_packages// /}" ] || { echo "arm64: cannot read packages=\"...\" from cmake/setup.sh" >&2; exit 1; }
cross_packages="g++-aarch64-linux-gnu qemu-user file"

# What runs under qemu. ctest runs a test's own command under qemu (the toolchain file's
# CMAKE_CROSSCOMPILING_EMULATOR), but a test that starts one of our arm64 programs itself (through
# sh, or fork/exec) needs the kernel to run arm64 programs: a binfmt_misc handler for qemu-aarch64.
# Those run only when this machine has one. A test in neither list is reported as not run.
tests_qemu="content_tests kiosk_tests sync_tests kiosk_ui_tests kiosk_feed_accepts_the_default_content"
tests_binfmt="kiosk_app_tests kiosk_feed_lists_every_error kiosk_feed_editor_session"
skip_reasons="sync_http_tests: needs nginx, and starts kiosk-sync, kiosk-feed and deventer-kiosk itself
kiosk_sync_kill_long: needs nginx, and starts kiosk-sync itself
kiosk_under_xvfb: needs Xvfb, xdotool and ImageMagick (a real X display)
kiosk_lockdown_under_xvfb: needs Xvfb, xdotool, ImageMagick and python3 (a real X display)
systemd_units_verify: needs systemd-analyze (package systemd); checks unit files, nothing arm64-specific
search_bench_quick: a benchmark (its figures under qemu say nothing about a Pi; its code runs in content_tests)
sync_bench_quick: needs nginx, and starts kiosk-sync, kiosk-feed and deventer-kiosk itself"

say() { printf 'arm64: %s\n' "$*"; }
die() { printf 'arm64: FAILED: %s\n' "$*" >&2; exit 1; }
now() { date +%s; }
# True when something is mounted at or below $1 (then rm -rf would reach outside the chroot).
has_mounts_below() { awk -v d="$1" '$2 == d || index($2, d "/") == 1 { found = 1 } END { exit !found }' /proc/mounts; }

[ "$(id -u)" -eq 0 ] || die "run as root (it makes a chroot and bind-mounts the source tree)"
[ "$(dpkg --print-architecture)" = amd64 ] || die "this script cross-builds from amd64"

if [ "${1:-}" = --clean ]; then
  has_mounts_below "$root" && die "something is still mounted below $root; is another run going?"
  say "removing $root"
  rm -rf --one-file-system "$root" "$root.tmp"
  exit 0
fi
[ $# -eq 0 ] || { echo "usage: cmake/arm64.sh [--clean]" >&2; exit 2; }

mkdir -p "$cache"
exec 9>"$cache/lock"
flock -n 9 || { say "waiting for another run to finish with the chroot"; flock 9; }

t_start=$(now)
mounted=()
cleanup() {
  local i
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
    umount "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}" || true
  done
  [ -z "${src_mountpoint:-}" ] || rmdir "$src_mountpoint" 2>/dev/null || true
}
trap cleanup EXIT

# 1. The chroot: a minimal Debian 12, made once. debootstrap writes into root.tmp, renamed when
#    complete, so an interrupted run never leaves a half-made chroot that looks finished.
if [ ! -x "$root/usr/bin/apt-get" ]; then
  if ! command -v debootstrap >/dev/null; then
    say "installing debootstrap"
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap
  fi
  has_mounts_below "$root.tmp" && die "something is mounted below $root.tmp"
  rm -rf --one-file-system "$root.tmp" "$root"
  say "creating a Debian 12 chroot in $root (debootstrap, a few minutes)"
  debootstrap --variant=minbase bookworm "$root.tmp" "$mirror" >"$cache/debootstrap.log" 2>&1 ||
    { tail -20 "$cache/debootstrap.log" >&2; die "debootstrap failed (log: $cache/debootstrap.log)"; }
  mv "$root.tmp" "$root"
fi
t_chroot=$(now)

mount -t proc proc "$root/proc"
mounted+=("$root/proc")

# 2. Packages: installed when the list changes, refreshed (security updates) once a week.
stamp=$root/var/lib/deventer-kiosk-arm64.packages
wanted=$(echo $setup_packages $cross_packages)
if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ] || [ -n "$(find "$stamp" -mtime +7 2>/dev/null)" ]; then
  say "installing packages in the chroot (the cross compiler, the :arm64 -dev packages, qemu-user)"
  cat >"$root/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb $security_mirror bookworm-security main
EOF
  chroot "$root" dpkg --add-architecture arm64
  chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive sh -c '
    set -e
    apt-get update -q
    apt-get upgrade -y -q
    install=""
    for p in "$@"; do
      ma=$(apt-cache show --no-all-versions "$p:arm64" | sed -n "s/^Multi-Arch: //p" | head -n 1)
      case "$p" in lib*) ;; *) ma=tool ;; esac  # build tools (pkg-config too) stay native
      if [ "$ma" = same ]; then install="$install $p:arm64"; else install="$install $p"; fi
    done
    echo "installing:$install"
    apt-get install -y -q --no-install-recommends $install
    apt-get clean' sh $wanted >"$cache/apt.log" 2>&1 ||
    { tail -30 "$cache/apt.log" >&2; die "installing packages in the chroot failed (log: $cache/apt.log)"; }
  say "$(grep -m 1 '^installing:' "$cache/apt.log")"
  printf '%s' "$wanted" >"$stamp"
fi
t_packages=$(now)

# 3. Build, inside the chroot, with the source tree at the same path as outside.
mkdir -p "$root$src"
src_mountpoint=$root$src
mount --bind "$src" "$root$src"
mounted+=("$root$src")
in_chroot() {
  chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 TMPDIR=/tmp \
    bash -c "cd '$src' && $1"
}
say "building into $build_dir"
toolchain="-DCMAKE_TOOLCHAIN_FILE=cmake/arm64-toolchain.cmake"
if [ -f "$src/$build_dir/CMakeCache.txt" ]; then
  grep -q '^CMAKE_TOOLCHAIN_FILE:.*arm64-toolchain.cmake$' "$src/$build_dir/CMakeCache.txt" ||
    die "$build_dir holds a build that is not this arm64 one; remove it"
  toolchain=""  # read at the first configure only; CMake would warn that it is unused
fi
in_chroot "cmake -S . -B '$build_dir' $toolchain -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null &&
           cmake --build '$build_dir' -j $(nproc)" || die "the arm64 build failed"
# A root-owned build folder in someone's checkout is a nuisance: hand it to the checkout's owner.
chown -R --reference="$src" "$src/$build_dir"
binary_type=$(in_chroot "file -b '$build_dir/kiosk/deventer-kiosk'")
case "$binary_type" in
  *"ARM aarch64"*) ;;
  *) die "deventer-kiosk is not an arm64 program: $binary_type" ;;
esac
t_build=$(now)

# 4. Tests under qemu.
binfmt=no
in_chroot "'$build_dir/tests/content_tests' --list-test-names-only >/dev/null 2>&1" && binfmt=yes
all_tests=$(in_chroot "cd '$build_dir' && ctest -N" | sed -n 's/^ *Test *#[0-9]*: //p')
tests="" skipped=""
for t in $all_tests; do
  if [[ " $tests_qemu " == *" $t "* ]] || { [ $binfmt = yes ] && [[ " $tests_binfmt " == *" $t "* ]]; }; then
    tests="$tests $t"
  elif [[ " $tests_binfmt " == *" $t "* ]]; then
    skipped="$skipped$t: starts an arm64 program itself; this machine has no binfmt_misc handler for arm64"$'\n'
  elif reason=$(echo "$skip_reasons" | grep -m 1 "^$t: "); then
    skipped="$skipped$reason"$'\n'
  else
    skipped="$skipped$t: not known to run under qemu yet (a new test? add it to cmake/arm64.sh)"$'\n'
  fi
done
[ -n "$tests" ] || die "none of the expected tests exists in $build_dir"
regex="^($(echo $tests | tr ' ' '|'))\$"
say "running tests under qemu-aarch64:$tests"
test_status=0
in_chroot "cd '$build_dir' && ctest --output-on-failure -j $(nproc) --timeout 1200 -R '$regex'" ||
  test_status=$?
t_tests=$(now)

echo
echo "=== arm64 summary ==="
echo "deventer-kiosk: $binary_type"
echo "chroot:   $((t_chroot - t_start)) s ($root)"
echo "packages: $((t_packages - t_chroot)) s"
echo "build:    $((t_build - t_packages)) s"
echo "tests:    $((t_tests - t_build)) s"
echo "total:    $((t_tests - t_start)) s"
echo "tests not run under qemu:"
printf '%s' "$skipped" | sed 's/^/  /'
if [ "$test_status" -ne 0 ]; then
  echo "RESULT: tests FAILED under qemu (see above)"
  exit 1
fi
echo "RESULT: arm64 build ok, tests passed under qemu ($(echo $tests | wc -w) tests)"
