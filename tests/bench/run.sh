#!/bin/sh
# Runs every shipped benchmark (DESIGN.md §5) and prints one markdown table of every budget
# figure beside its budget (ok/OVER), with the reference Chromium+Leaflet figures and our ratio.
# The raw JSON and logs go to a results folder (printed at the end; table.md is the table).
#
#   sh tests/bench/run.sh [--quick] [--out DIR] [BUILD_DIR]
#
# BUILD_DIR defaults to build (as `sh cmake/setup.sh test` makes it); missing targets are built.
# --quick: shorter runs, for a smoke test (about 2 minutes, most of it callgrind); a normal run
# takes 6 to 8 minutes on the 2-core dev machine. Needs python3 (the table), Xvfb (the windowed
# runs), valgrind (instruction counts) and nginx (sync_bench); runs missing a tool are marked
# "not run". Exit 0 whatever the figures; 1 if a benchmark broke, 2 on a usage error.
#
# Runs, in order: a fresh data dir populated by one --screenshot run; five starts offscreen
# (--benchmark pan-loop:1, SDL_VIDEODRIVER=dummy: first_frame_ms, and the first phase's slowest
# frame, which is the frame that draws the map texture at full size); the visitor script at
# 1920x1080 and 1080x1920 offscreen; under an Xvfb of our own, pan-loop:10 three ways: the kiosk as
# started (it picks its renderer: README "Performance"), OpenGL forced (Mesa llvmpipe here) and the
# pure software renderer, four more starts of the last two, and the visitor script as started and
# in pure software (its idle phase); search_bench; sync_bench; callgrind on one
# `--screenshot --screen home`.
set -eu

quick=0
out=""
build=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=1 ;;
    --out) [ $# -ge 2 ] || { echo "run.sh: --out needs a folder" >&2; exit 2; }; out=$2; shift ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    *) [ -z "$build" ] || { echo "run.sh: one build dir only" >&2; exit 2; }; build=$1 ;;
  esac
  shift
done

# Paths given on the command line are relative to where we were started; the defaults to the project.
absolute() { case "$1" in /*) echo "$1" ;; *) echo "$PWD/$1" ;; esac; }
[ -z "$build" ] || build=$(absolute "$build")
[ -z "$out" ] || out=$(absolute "$out")
cd "$(dirname "$0")/../.."
root=$PWD
build=${build:-$root/build}
out=${out:-$build/bench-results}

command -v python3 >/dev/null || { echo "run.sh: needs python3 for the table" >&2; exit 1; }
if [ ! -f "$build/CMakeCache.txt" ]; then
  echo "run.sh: no build in $build: run 'sh cmake/setup.sh test' first, or give the build dir" >&2
  exit 1
fi
kiosk=$build/kiosk/deventer-kiosk
search_bench=$build/tests/bench/search_bench
sync_bench=$build/tests/bench/sync_bench
missing=""
for t in "$kiosk" "$search_bench" "$sync_bench"; do [ -x "$t" ] || missing="$missing $(basename "$t")"; done
if [ -n "$missing" ]; then
  echo "run.sh: building$missing in $build" >&2
  # shellcheck disable=SC2086 # one target a word
  cmake --build "$build" -j "$(nproc)" --target $missing >&2
fi

mkdir -p "$out"
rm -f "$out"/*.json "$out"/*.log "$out"/*.out "$out"/*.skipped "$out"/runs.tsv "$out"/table.md
rm -rf "$out/callgrind"
work=$(mktemp -d "${TMPDIR:-/tmp}/kiosk-bench.XXXXXX")
xvfb_pid=""
cleanup() {
  if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; wait "$xvfb_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The kiosk reads /etc/deventer-kiosk/kiosk.toml when it exists: give it an empty config instead.
: >"$work/kiosk.toml"
data=$work/data
unset SDL_VIDEODRIVER SDL_RENDER_DRIVER SDL_FRAMEBUFFER_ACCELERATION DISPLAY WAYLAND_DISPLAY
broken=""
began=$(date +%s)
{
  echo "started: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "host: $(uname -srm), $(nproc) cores"
  echo "build: $build ($(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build/CMakeCache.txt"))"
  echo "git: $(git -C "$root" describe --always --dirty 2>/dev/null || echo '?')"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "quick: $quick"
} >"$out/meta.txt"

# run NAME STDOUT_FILE COMMAND...: one benchmark run; its stderr goes to NAME.log, and its exit
# status and seconds to runs.tsv. A failed run is remembered and the others go on.
run() {
  name=$1 stdout=$2
  shift 2
  printf '  %-26s' "$name" >&2
  t0=$(date +%s.%N)
  rc=0
  "$@" >"$stdout" 2>"$out/$name.log" </dev/null || rc=$?
  secs=$(echo "$t0 $(date +%s.%N)" | awk '{printf "%.1f", $2 - $1}')
  printf '%s\t%s\t%s\n' "$name" "$rc" "$secs" >>"$out/runs.tsv"
  if [ "$rc" -eq 0 ]; then echo "${secs} s" >&2; else echo "FAILED (exit $rc after ${secs} s; see $out/$name.log)" >&2; broken="$broken $name"; fi
}
skip() { echo "$2" >"$out/$1.skipped"; printf '  %-26snot run: %s\n' "$1" "$2" >&2; }
kiosk_run() {  # kiosk_run NAME [VAR=VALUE...] COMMAND...: a run whose stdout is not needed
  name=$1
  shift
  run "$name" /dev/null env "$@"
}

if [ "$quick" -eq 1 ]; then starts=1 pan=3 search_args=--quick sync_args=--quick; else starts=5 pan=10 search_args="" sync_args=""; fi
sizes="1920x1080 1080x1920"
[ "$quick" -eq 0 ] || sizes=1920x1080
bench() {  # bench NAME SCRIPT SIZE ENV...: one --benchmark run writing NAME.json
  name=$1 script=$2 size=$3
  shift 3
  kiosk_run "$name" "$@" timeout 180 "$kiosk" --config "$work/kiosk.toml" --data "$data" --size "$size" \
    --benchmark "$out/$name.json" --bench-script "$script"
}

echo "benchmarks ($( [ "$quick" -eq 1 ] && echo quick || echo full)), results in $out:" >&2
kiosk_run populate SDL_VIDEODRIVER=dummy timeout 180 "$kiosk" --config "$work/kiosk.toml" --data "$data" \
  --size 1920x1080 --screenshot "$work/populate.png"
[ -f "$data/kiosk.db" ] || { echo "run.sh: the first --screenshot run did not populate $data" >&2; exit 1; }

# 1. Offscreen, SDL's software renderer: starts, then the visitor in both orientations.
i=1
while [ "$i" -le "$starts" ]; do bench "start-offscreen-$i" pan-loop:1 1920x1080 SDL_VIDEODRIVER=dummy; i=$((i + 1)); done
for size in $sizes; do bench "visitor-$size" visitor "$size" SDL_VIDEODRIVER=dummy; done
[ "$quick" -eq 0 ] || skip visitor-1080x1920 "--quick"

# 2. A window on an Xvfb of our own (a free display number: -displayfd).
if command -v Xvfb >/dev/null; then
  Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp 3>"$work/display" 2>"$out/xvfb.log" &
  xvfb_pid=$!
  n=0
  while [ ! -s "$work/display" ] && [ "$n" -lt 100 ]; do sleep 0.1; n=$((n + 1)); done
fi
if [ -n "$xvfb_pid" ] && [ -s "$work/display" ]; then
  display=":$(cat "$work/display")"
  as_started="DISPLAY=$display"
  gl="DISPLAY=$display SDL_RENDER_DRIVER=opengl"
  sw="DISPLAY=$display SDL_RENDER_DRIVER=software SDL_FRAMEBUFFER_ACCELERATION=0"
  # shellcheck disable=SC2086 # the env assignments are meant to split
  {
    bench xvfb-pan "pan-loop:$pan" 1920x1080 $as_started
    bench xvfb-gl-pan "pan-loop:$pan" 1920x1080 $gl
    bench xvfb-sw-pan "pan-loop:$pan" 1920x1080 $sw
    cp "$out/xvfb-gl-pan.json" "$out/start-xvfb-gl-1.json" 2>/dev/null && cp "$out/xvfb-gl-pan.log" "$out/start-xvfb-gl-1.log"
    cp "$out/xvfb-sw-pan.json" "$out/start-xvfb-sw-1.json" 2>/dev/null && cp "$out/xvfb-sw-pan.log" "$out/start-xvfb-sw-1.log"
    i=2
    while [ "$i" -le "$starts" ]; do
      bench "start-xvfb-gl-$i" pan-loop:1 1920x1080 $gl
      bench "start-xvfb-sw-$i" pan-loop:1 1920x1080 $sw
      i=$((i + 1))
    done
    bench xvfb-visitor visitor 1920x1080 $as_started
    [ "$quick" -eq 1 ] || bench xvfb-sw-visitor visitor 1920x1080 $sw
  }
  kill "$xvfb_pid" 2>/dev/null || true
  wait "$xvfb_pid" 2>/dev/null || true
  xvfb_pid=""
else
  why="Xvfb $(command -v Xvfb >/dev/null && echo "did not start (see xvfb.log)" || echo "is not installed")"
  for r in xvfb-pan xvfb-gl-pan xvfb-sw-pan start-xvfb-gl start-xvfb-sw xvfb-visitor xvfb-sw-visitor; do skip "$r" "$why"; done
fi
[ "$quick" -eq 0 ] || skip xvfb-sw-visitor "--quick"

# 3. Search and sync.
# shellcheck disable=SC2086
run search "$out/search.json" timeout 600 "$search_bench" $search_args
# shellcheck disable=SC2086
run sync "$out/sync.json" timeout 900 "$sync_bench" $sync_args

# 4. Instructions per call of the map and the panel views (callgrind counts only inside them),
# dumped after every frame (kiosk::draw_kiosk): report.py reads each dump's calls to draw_map,
# draw_panel and the map texture's render (the std::function the platform gives the map view).
if command -v valgrind >/dev/null; then
  mkdir -p "$out/callgrind"
  run callgrind /dev/null env SDL_VIDEODRIVER=dummy timeout 600 valgrind --tool=callgrind --collect-atstart=no \
    --toggle-collect='kiosk::draw_map(*' --toggle-collect='kiosk::draw_panel(*' --dump-after='kiosk::draw_kiosk(*' \
    --callgrind-out-file="$out/callgrind/callgrind.out" \
    "$kiosk" --config "$work/kiosk.toml" --data "$data" --size 1920x1080 --screen home --screenshot "$work/home.png"
else
  skip callgrind "valgrind is not installed"
fi

echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$out/meta.txt"
echo "seconds: $(($(date +%s) - began))" >>"$out/meta.txt"
echo >&2
report_args=""
[ "$quick" -eq 0 ] || report_args=--quick
# shellcheck disable=SC2086
python3 "$root/tests/bench/report.py" "$out" $report_args
echo "raw figures: $out (table.md: the table; meta.txt: machine, load, duration)"
if [ -n "$broken" ]; then
  echo "run.sh: benchmark(s) failed:$broken" >&2
  exit 1
fi
