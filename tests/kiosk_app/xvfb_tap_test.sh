#!/bin/sh
# The real kiosk in a real X display: Xvfb, the kiosk in its default mode (borderless at the
# display's bounds), a click with xdotool on the attract screen, screenshots before and after
# to check that it reacted, then SIGTERM for a clean exit.
set -eu
kiosk=$1
. "$(dirname "$0")/xvfb_common.sh"

"$kiosk" --data "$work/data" >"$work/kiosk.log" 2>&1 &
kiosk_pid=$!
for _ in $(seq 100); do grep -q "first frame after" "$work/kiosk.log" && break; sleep 0.1; done
grep -q "first frame after" "$work/kiosk.log" || fail "no first frame within 10 s"
sleep 0.5

pixel() { convert "$1" -format '%[pixel:p{10,10}]' info:; }
accent="srgb(168,16,43)"  # the home screen's top bar (views/theme.hpp)
import -window root "$work/before.png"
[ "$(pixel "$work/before.png")" != "$accent" ] || fail "the attract screen already shows the top bar"
size=$(convert "$work/before.png" -format '%wx%h' info:)
[ "$size" = "1280x800" ] || fail "screen is $size"

xdotool mousemove 640 400 click 1
sleep 1
import -window root "$work/after.png"
[ "$(pixel "$work/after.png")" = "$accent" ] || fail "no home screen after the tap: pixel $(pixel "$work/after.png")"

kill -TERM "$kiosk_pid"
status=0
wait "$kiosk_pid" || status=$?
kiosk_pid=""
[ "$status" -eq 0 ] || fail "exit status $status after SIGTERM"
grep -q "^stopped" "$work/kiosk.log" || fail "no clean stop"
echo "PASS: $(grep 'renderer:' "$work/kiosk.log"); the tap opened the home screen; SIGTERM stopped it cleanly"
