#!/bin/sh
# The whole test suite under AddressSanitizer + UndefinedBehaviorSanitizer (with LeakSanitizer):
# configures build-asan/ with -DKIOSK_SANITIZE=ON, builds, runs ctest, prints a summary.
# The programs the tests start (deventer-kiosk, kiosk-sync, kiosk-feed) are the sanitized builds
# and inherit the options below. Every report is also written to build-asan/sanitizer-logs/, so a
# finding in a child whose exit status a test does not look at still fails this script.
# Usage: sh tests/sanitize.sh [ctest arguments, e.g. -LE long or -R kiosk_tests]
# Environment: BUILD_DIR (default build-asan), JOBS (default nproc).
set -eu
cd "$(dirname "$0")/.."
source_dir=$PWD
build_dir=${BUILD_DIR:-build-asan}
jobs=${JOBS:-$(nproc)}
logs="$source_dir/$build_dir/sanitizer-logs"
case "$build_dir" in /*) logs="$build_dir/sanitizer-logs" ;; esac

start=$(date +%s)
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKIOSK_SANITIZE=ON >/dev/null
cmake --build "$build_dir" -j "$jobs"
built=$(date +%s)

rm -rf "$logs"
mkdir -p "$logs"
# exitcode=86: a finding must not look like a program's own exit status (kiosk-sync's 1 "rejected",
# kiosk-feed validate's 1 "errors"), which some tests expect.
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:check_initialization_order=1:strict_init_order=1:exitcode=86:log_path=$logs/asan"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:exitcode=86:log_path=$logs/ubsan"
export LSAN_OPTIONS="suppressions=$source_dir/tests/lsan.supp:print_suppressions=0"

status=0
(cd "$build_dir" && ctest --output-on-failure -j "$jobs" "$@") >"$logs/../sanitize-ctest.log" 2>&1 || status=$?
end=$(date +%s)
cat "$logs/../sanitize-ctest.log"

echo
echo "=== sanitize.sh summary (ASan + UBSan + LSan, $build_dir) ==="
grep -E "tests passed|tests failed" "$logs/../sanitize-ctest.log" || echo "ctest did not finish (status $status)"
reports=$(find "$logs" -type f | sort)
if [ -n "$reports" ]; then
  echo "sanitizer reports: $(echo "$reports" | wc -l)"
  for r in $reports; do
    echo "--- $r"
    cat "$r"
  done
  [ "$status" -ne 0 ] || status=1
else
  echo "sanitizer reports: none"
fi
echo "time: build $((built - start)) s, tests $((end - built)) s, total $((end - start)) s"
exit "$status"
