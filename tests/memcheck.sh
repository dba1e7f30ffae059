#!/bin/sh
# Valgrind memcheck on a short headless kiosk session: the benchmark mode's seeded random visitor
# (`--bench-script soak:FRAMES:SEED`: taps on tabs, items, keys and languages, pans, flings,
# pinches, walking away) on SDL's offscreen renderer, from an empty data folder (so the first
# start applies the bundled content too). The soak runs on a simulated clock, so valgrind's
# slowness changes nothing of what the visitor does; the timed "visitor" script does not survive
# it (its taps miss controls when a frame takes seconds). Fails on any invalid read or write, use of
# uninitialised memory, or definitely lost block; prints "memcheck ok" when clean.
# Usage: sh tests/memcheck.sh [DEVENTER_KIOSK]   (default: build-vg/kiosk/deventer-kiosk)
# Environment: MEMCHECK_FRAMES (default 1500), MEMCHECK_SEED (default 7).
# Not for a -DKIOSK_SANITIZE=ON build: valgrind cannot run ASan's binaries.
set -u
here=$(cd "$(dirname "$0")" && pwd)
kiosk=${1:-$here/../build-vg/kiosk/deventer-kiosk}
[ -x "$kiosk" ] || { echo "FAIL: no kiosk binary at $kiosk (build it: cmake -S . -B build-vg && cmake --build build-vg)"; exit 1; }
command -v valgrind >/dev/null || { echo "FAIL: valgrind is not installed (apt install valgrind)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
: >"$work/empty.toml"  # no /etc/deventer-kiosk/kiosk.toml, whatever this machine has

start=$(date +%s)
SDL_VIDEODRIVER=dummy valgrind --tool=memcheck --leak-check=full --errors-for-leak-kinds=definite \
  --show-leak-kinds=definite --error-exitcode=99 --num-callers=40 --log-file="$work/memcheck.log" \
  "$kiosk" --config "$work/empty.toml" --data "$work/data" --size 1280x720 \
  --benchmark "$work/bench.json" --bench-script "soak:${MEMCHECK_FRAMES:-1500}:${MEMCHECK_SEED:-7}" >"$work/kiosk.log" 2>&1
status=$?
end=$(date +%s)

if [ "$status" -ne 0 ] || ! grep -q "ERROR SUMMARY: 0 errors" "$work/memcheck.log"; then
  echo "FAIL: exit status $status after $((end - start)) s"
  echo "--- kiosk log:"
  cat "$work/kiosk.log"
  echo "--- memcheck log:"
  cat "$work/memcheck.log"
  exit 1
fi
frames=$(grep -o '"frames": [0-9]*' "$work/bench.json" | head -1 | awk '{print $2}')
visitor=$(grep -o '"visitor": {[^}]*}' "$work/bench.json")
echo "$(grep -E "definitely lost|indirectly lost|possibly lost|still reachable|ERROR SUMMARY" "$work/memcheck.log" | sed 's/^==[0-9]*== *//')"
echo "$visitor"
echo "memcheck ok: $frames frames in $((end - start)) s"
