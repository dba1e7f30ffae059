#!/bin/sh
# The soak (DESIGN.md §5, "24 h of simulated use"): the real kiosk's `--bench-script
# soak:FRAMES:SEED` (a random visitor on a simulated clock, kiosk/platform/soak.hpp), offscreen,
# while new content is published into its data folder every few thousand frames, alternating two
# generated contents (other texts, other photos) through the kiosk's own route: `kiosk-feed
# build` into a feed folder, `kiosk-sync --from file://` into the data folder, which the kiosk
# notices, loads and swaps in between touches. Prints a verdict line against the budget: RSS
# grows at most 2 MB after warm-up (the first tenth of the frames; then the median RSS at the
# attract screen in the last quarter against that of the first quarter: soak.hpp), and no crash
# or assertion.
#
#   sh tests/bench/soak.sh [--frames N] [--swap-every N] [--seed N] [--size WxH] [--out DIR] [BUILD_DIR]
#
# Defaults: 200000 frames, new content every 5000 frames, seed 1, 1920x1080; BUILD_DIR build
# (deventer-kiosk, kiosk-sync, kiosk-feed and tests/bench/feed_gen are needed). The results go to
# DIR (default BUILD_DIR/soak-results): soak.json (the kiosk's figures and RSS samples), soak.log
# (its log), sync.log. The kiosk runs at nice 10 on the last core (taskset). A full run takes
# about half an hour on the 2-core dev machine. KIOSK_VERIFY_REDRAW=1 in the environment makes
# the kiosk check every partial redraw against a whole one (slower; the log's "redraw check" line).
# Exit 0 when the run completed (whatever the figures; the verdict says ok or OVER), 1 when the
# kiosk crashed, asserted or wrote no figures, 2 on a usage error.
set -eu

frames=200000 swap_every=5000 seed=1 size=1920x1080 out="" build=""
while [ $# -gt 0 ]; do
  case "$1" in
    --frames|--swap-every|--seed|--size|--out)
      [ $# -ge 2 ] || { echo "soak.sh: $1 needs a value" >&2; exit 2; }
      case "$1" in
        --frames) frames=$2 ;; --swap-every) swap_every=$2 ;; --seed) seed=$2 ;; --size) size=$2 ;; --out) out=$2 ;;
      esac
      shift ;;
    -h|--help) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "soak.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    *) [ -z "$build" ] || { echo "soak.sh: one build dir only" >&2; exit 2; }; build=$1 ;;
  esac
  shift
done
for n in "$frames" "$swap_every" "$seed"; do
  case "$n" in ''|*[!0-9]*) echo "soak.sh: '$n' is not a number" >&2; exit 2 ;; esac
done

absolute() { case "$1" in /*) echo "$1" ;; *) echo "$PWD/$1" ;; esac; }
[ -z "$build" ] || build=$(absolute "$build")
[ -z "$out" ] || out=$(absolute "$out")
cd "$(dirname "$0")/../.."
build=${build:-$PWD/build}
out=${out:-$build/soak-results}
kiosk=$build/kiosk/deventer-kiosk sync=$build/sync/kiosk-sync feed=$build/sync/kiosk-feed
feed_gen=$build/tests/bench/feed_gen
for t in "$kiosk" "$sync" "$feed" "$feed_gen"; do
  [ -x "$t" ] || { echo "soak.sh: $t is missing: build it first" >&2; exit 1; }
done
command -v python3 >/dev/null || { echo "soak.sh: needs python3 for the verdict" >&2; exit 1; }

mkdir -p "$out"
rm -f "$out/soak.json" "$out/soak.log" "$out/sync.log"
work=$(mktemp -d "${TMPDIR:-/tmp}/kiosk-soak.XXXXXX")
kiosk_pid=""
cleanup() {
  [ -z "$kiosk_pid" ] || kill "$kiosk_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Two contents of the same size, different names and photos (the photo paths are the same, their
# files differ: a new picture where the old one was).
for c in a:1 b:2; do
  nice -n 10 "$feed_gen" "$work/content-${c%%:*}" --seed "${c##*:}" --places 40 --organisations 70 --events 60 \
    --images 24 --photo 640x427 >/dev/null
done
nice -n 10 "$feed" keygen --out "$work/keys" >/dev/null
{
  echo "[idle]"
  echo "warning_s = 30  # the visitor's walk-aways (125 s) reset it; shorter than the default, so"
  echo "countdown_s = 5 # resets also come from shorter pauses"
  echo "[sync]"
  echo "trusted_keys = [\"$(cat "$work/keys/feed-signing.pub")\"]"
} >"$work/kiosk.toml"
data=$work/data

# publish a|b: the content as a new feed (a higher sequence each time), applied by kiosk-sync.
publish() {
  {
    nice -n 10 "$feed" build "$work/content-$1" "$work/feed" --key "$work/keys/feed-signing.key" &&
      nice -n 10 "$sync" --config "$work/kiosk.toml" --data "$data" --from "file://$work/feed"
  } >>"$out/sync.log" 2>&1
}
publish a || { echo "soak.sh: the first publish failed (see $out/sync.log)" >&2; exit 1; }

cpu=$(($(nproc) - 1))
mkfifo "$work/log"
echo "soak: $frames frames at $size, seed $seed, new content every $swap_every frames; results in $out" >&2
began=$(date +%s)
SDL_VIDEODRIVER=dummy taskset -c "$cpu" nice -n 10 "$kiosk" --config "$work/kiosk.toml" --data "$data" --size "$size" \
  --benchmark "$out/soak.json" --bench-script "soak:$frames:$seed" >/dev/null 2>"$work/log" </dev/null &
kiosk_pid=$!
next=$swap_every current=a published=0 failed=0
while IFS= read -r line; do
  printf '%s\n' "$line" >>"$out/soak.log"
  case "$line" in
    "soak: frame "*)
      [ ! -t 2 ] || printf '\r%s' "$line" >&2
      n=${line#soak: frame }
      n=${n%% *}
      if [ "$n" -ge "$next" ] && [ "$n" -lt "$frames" ]; then
        if [ "$current" = a ]; then current=b; else current=a; fi
        if publish "$current"; then published=$((published + 1)); else failed=$((failed + 1)); fi
        while [ "$next" -le "$n" ]; do next=$((next + swap_every)); done
      fi ;;
  esac
done <"$work/log"
rc=0
wait "$kiosk_pid" || rc=$?
kiosk_pid=""
[ ! -t 2 ] || echo >&2
seconds=$(($(date +%s) - began))

broken=""
[ "$rc" -eq 0 ] || broken="the kiosk exited with status $rc"
if grep -q -i -e 'assert' -e 'sanitizer' "$out/soak.log"; then broken="${broken:+$broken; }an assertion (see soak.log)"; fi
[ -s "$out/soak.json" ] || broken="${broken:+$broken; }no soak.json"
[ "$failed" -eq 0 ] || echo "soak.sh: $failed of $((published + failed)) publishes failed (see $out/sync.log)" >&2
grep 'redraw check' "$out/soak.log" >&2 || true
if [ -n "$broken" ]; then
  tail -n 20 "$out/soak.log" >&2
  echo "soak: BROKEN: $broken after $seconds s" >&2
  exit 1
fi

python3 - "$out/soak.json" "$published" "$seconds" <<'EOF'
import json, sys
j = json.load(open(sys.argv[1]))
m = j.get("memory_kb", {})
budget_kb = 2048
growth = m.get("rss_growth", 0)
ok = j["frames"] == j["frames_asked"] and growth <= budget_kb
v = j["visitor"]
print(f"soak: {j['frames']} frames ({j['drawn_frames']} drawn), {j['simulated_s'] / 3600:.1f} h simulated in "
      f"{int(sys.argv[3]) / 60:.1f} min; {j['content_swaps']} content swaps ({sys.argv[2]} published); "
      f"{v['taps']} taps ({v['keys']} keys, {v['language_taps']} languages), {v['drags'] + v['flings']} drags, "
      f"{v['pinches']} pinches, {v['walk_aways']} walk-aways, {v['attract_screens']} attract screens")
w, q = m.get("warmup_frame", 0), (j["frames"] - m.get("warmup_frame", 0)) // 4
heap = "unknown" if m.get("heap_growth") is None else f"{m['heap_growth'] / 1024:+.2f}"
where = "at the attract screen" if m.get("growth_basis") == "attract" else "(periodic samples)"
print(f"soak: median RSS {where} {m.get('rss_after_warmup', 0) / 1024:.1f} MB in frames {w}-{w + q} (after "
      f"warm-up), {m.get('rss_at_end', 0) / 1024:.1f} MB in the last {q}: growth {growth / 1024:+.2f} MB (PSS "
      f"{m.get('pss_growth', 0) / 1024:+.2f}, heap in use {heap}); RSS at frame {w} "
      f"{m.get('warmup_rss', 0) / 1024:.1f} MB, at the end {m.get('final_rss', 0) / 1024:.1f} MB, max "
      f"{m.get('max_rss_after_warmup', 0) / 1024:.1f} MB")
# The trend as well: a least-squares line through the RSS at each attract screen after warm-up,
# with its standard error (a slow leak shows as a slope well above its error).
pts = [(s[0], s[3]) for s in j.get("attract_samples", []) if s[0] >= w]
if len(pts) >= 3:
    n = len(pts)
    mx, my = sum(x for x, _ in pts) / n, sum(y for _, y in pts) / n
    sxx = sum((x - mx) ** 2 for x, _ in pts)
    if sxx > 0:
        b = sum((x - mx) * (y - my) for x, y in pts) / sxx
        se = (sum((y - my - b * (x - mx)) ** 2 for x, y in pts) / (n - 2) / sxx) ** 0.5
        print(f"soak: RSS trend at the {n} attract screens after warm-up: {b * 1e5 / 1024:+.2f} "
              f"+- {se * 1e5 / 1024:.2f} MB per 100,000 frames")
print(f"soak: {'ok' if ok else 'OVER'}: RSS growth after warm-up {growth / 1024:+.2f} MB (budget <= 2 MB), no crash")
EOF
