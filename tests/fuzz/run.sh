#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, -DKIOSK_FUZZ=ON, in build-fuzz) and runs each for a given
# time on a copy of its seed corpus (tests/fuzz/corpus/<target>/; the repository's corpus never
# grows), one target after the other. Prints per target the executions, exec/s and libFuzzer's
# final coverage (cov: edges, ft: features); exits non-zero if any target crashed, leaked, timed
# out or ran out of memory, leaving its finding in the printed folder.
#
#   tests/fuzz/run.sh [--seconds N] [TARGET...]     (default: 30 s each, every target)
#
# Installs nothing: it needs the Debian packages clang and libclang-rt-14-dev besides the
# project's own (`sh cmake/setup.sh fuzz` installs what is missing, then runs this script).
# Other people's work on the machine: run it niced (nice -n 10); it runs one fuzzer at a time.
set -euo pipefail
cd "$(dirname "$0")/../.."

all_targets="content manifest signature image map_asset config gestures"
seconds=30
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds=$2; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    -*) echo "run.sh: unknown option $1" >&2; exit 2 ;;
    *) [[ " $all_targets " == *" $1 "* ]] || { echo "run.sh: no target $1 (targets: $all_targets)" >&2; exit 2; }
       targets+=("$1"); shift ;;
  esac
done
[ ${#targets[@]} -gt 0 ] || read -r -a targets <<< "$all_targets"

runtime="$(clang++ -print-resource-dir 2>/dev/null)/lib/linux/libclang_rt.fuzzer-$(uname -m).a" || true
if ! command -v clang++ >/dev/null || [ ! -f "$runtime" ]; then
  echo "run.sh: needs clang and libFuzzer (Debian packages clang, libclang-rt-14-dev): sh cmake/setup.sh fuzz" >&2
  exit 1
fi

build_dir=${FUZZ_BUILD_DIR:-build-fuzz}
CC=clang CXX=clang++ cmake -S . -B "$build_dir" -DKIOSK_FUZZ=ON -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build "$build_dir" -j "$(nproc)" --target "${targets[@]/#/fuzz_}"

dict_for() {
  case "$1" in
    signature) echo tests/fuzz/manifest.dict ;;
    *) [ -f "tests/fuzz/$1.dict" ] && echo "tests/fuzz/$1.dict" ;;
  esac
}

failed=0
summary=$(printf '%-10s %8s %12s %8s %7s %7s  %s' target seconds executions exec/s cov ft result)
for t in "${targets[@]}"; do
  work=$(mktemp -d "${TMPDIR:-/tmp}/fuzz-$t.XXXXXX")
  mkdir "$work/corpus" "$work/finding"
  cp tests/fuzz/corpus/"$t"/* "$work/corpus/"
  args=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
        -artifact_prefix="$work/finding/")
  dict=$(dict_for "$t" || true)
  [ -n "$dict" ] && args+=(-dict="$dict")
  echo "== fuzz_$t: $seconds s"
  start=$(date +%s)
  status=0
  "$build_dir/tests/fuzz/fuzz_$t" "${args[@]}" "$work/corpus" >"$work/log" 2>&1 || status=$?
  took=$(( $(date +%s) - start ))
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/log" | tail -1)
  cov=$( (grep -o 'cov: [0-9]*' "$work/log" || true) | tail -1 | cut -d' ' -f2)
  ft=$( (grep -o 'ft: [0-9]*' "$work/log" || true) | tail -1 | cut -d' ' -f2)
  (grep -E '^#[0-9]+[[:space:]]+DONE' "$work/log" || true) | tail -1
  if [ "$status" -eq 0 ]; then
    result=ok
    rm -rf "$work"
  else
    result="FAILED (exit $status): $work"
    failed=1
    (grep -E 'ERROR|SUMMARY:|runtime error|Test unit written' "$work/log" || tail -3 "$work/log") | head -5
    echo "   log and finding kept in $work"
  fi
  summary+=$'\n'$(printf '%-10s %8s %12s %8s %7s %7s  %s' "$t" "$took" "${execs:--}" "${rate:--}" "${cov:--}" \
                         "${ft:--}" "$result")
done
echo
echo "$summary"
exit $failed
