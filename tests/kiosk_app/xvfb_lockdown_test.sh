#!/bin/sh
# Lockdown of the real kiosk in a real X display: in its default (visitor) mode, real key
# presses (xdotool, through the X server like a keyboard's) and a window manager's close request
# (WM_DELETE_WINDOW, the message a WM sends for its close button or Alt+F4) leave it running and
# still answering a tap. The same requests do end a --windowed kiosk, which shows they reach it.
set -eu
kiosk=$1
. "$(dirname "$0")/xvfb_common.sh"

# Sends WM_DELETE_WINDOW to a window, as a window manager does (no WM runs here; libX11 by ctypes).
wm_close() {
  python3 - "$1" <<'EOF'
import ctypes, sys
x = ctypes.CDLL("libX11.so.6")
x.XOpenDisplay.restype = ctypes.c_void_p
x.XOpenDisplay.argtypes = [ctypes.c_char_p]
x.XInternAtom.restype = ctypes.c_ulong
x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
x.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long, ctypes.c_void_p]
x.XFlush.argtypes = [ctypes.c_void_p]
class ClientMessage(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("window", ctypes.c_ulong), ("message_type", ctypes.c_ulong),
                ("format", ctypes.c_int), ("data", ctypes.c_long * 5)]
class XEvent(ctypes.Union):
    _fields_ = [("xclient", ClientMessage), ("pad", ctypes.c_long * 24)]
d = x.XOpenDisplay(None)
if not d: sys.exit("cannot open the display")
window = int(sys.argv[1])
e = XEvent()
e.xclient.type = 33  # ClientMessage
e.xclient.window = window
e.xclient.message_type = x.XInternAtom(d, b"WM_PROTOCOLS", 0)
e.xclient.format = 32
e.xclient.data[0] = x.XInternAtom(d, b"WM_DELETE_WINDOW", 0)
if not x.XSendEvent(d, window, 0, 0, ctypes.byref(e)): sys.exit("XSendEvent failed")
x.XFlush(d)
EOF
}

# Starts the kiosk with the given options and waits for its first frame; sets kiosk_pid and window.
start_kiosk() {
  : >"$work/kiosk.log"
  "$kiosk" --data "$work/data" "$@" >"$work/kiosk.log" 2>&1 &
  kiosk_pid=$!
  for _ in $(seq 100); do grep -q "first frame after" "$work/kiosk.log" && break; sleep 0.1; done
  grep -q "first frame after" "$work/kiosk.log" || fail "no first frame within 10 s"
  window=$(xdotool search --name "Deventer Internationaal" | head -n 1)
  [ -n "$window" ] || fail "no kiosk window found"
  xdotool mousemove --window "$window" 640 400  # no WM: the keyboard follows the pointer
  sleep 0.3
}

# Waits up to 5 s for the kiosk to exit; true when it did (and its status is in $status).
exited() {
  for _ in $(seq 50); do
    kill -0 "$kiosk_pid" 2>/dev/null || { status=0; wait "$kiosk_pid" || status=$?; kiosk_pid=""; return 0; }
    sleep 0.1
  done
  return 1
}

pixel() { convert "$1" -format '%[pixel:p{10,10}]' info:; }
accent="srgb(168,16,43)"  # the home screen's top bar (views/theme.hpp)
keys="alt+F4 ctrl+q ctrl+w Escape alt+Tab super Super_L super+q ctrl+alt+BackSpace ctrl+alt+Delete F11"

# 1. A visitor's kiosk: every key and the WM's close are ignored.
start_kiosk
for k in $keys; do
  xdotool key --clearmodifiers "$k"
  sleep 0.2
  kill -0 "$kiosk_pid" 2>/dev/null || fail "the kiosk ended after $k"
done
wm_close "$window" || fail "could not send WM_DELETE_WINDOW"
sleep 1
kill -0 "$kiosk_pid" 2>/dev/null || fail "the kiosk ended after the window manager's close request"
# They reached it (else this test could not fail): each was logged as ignored.
[ "$(grep -c "ignored a quit shortcut" "$work/kiosk.log")" -ge 2 ] || fail "Alt+F4 and Ctrl+Q did not reach the kiosk"
grep -q "ignored a quit request from the window system" "$work/kiosk.log" || fail "the close request did not reach the kiosk"
# Still a working kiosk: a tap on the attract screen opens home.
xdotool mousemove 640 400 click 1
sleep 1
import -window root "$work/after.png"
[ "$(pixel "$work/after.png")" = "$accent" ] || fail "no home screen after the tap: pixel $(pixel "$work/after.png")"
kill -TERM "$kiosk_pid"
exited || fail "no exit within 5 s of SIGTERM"
[ "$status" -eq 0 ] || fail "exit status $status after SIGTERM"

# 2. A development window (--windowed): the same requests end it, cleanly.
for way in wm_close alt+F4 ctrl+q; do
  start_kiosk --windowed --size 1280x800
  if [ "$way" = wm_close ]; then wm_close "$window" || fail "could not send WM_DELETE_WINDOW"
  else xdotool key --clearmodifiers "$way"; fi
  exited || fail "--windowed: $way did not end the kiosk"
  [ "$status" -eq 0 ] || fail "--windowed: exit status $status after $way"
  grep -q "^stopped" "$work/kiosk.log" || fail "--windowed: no clean stop after $way"
done
echo "PASS: keys ($keys) and WM_DELETE_WINDOW ignored by the kiosk, which still answered a tap; --windowed quit on WM_DELETE_WINDOW, Alt+F4 and Ctrl+Q"
