#!/bin/sh
# Checks the units in systemd/ as systemd itself reads them: `systemd-analyze verify` in a scratch
# root that holds Debian's own units, ours where the package puts them, and the programs their
# Exec lines name. verify exits 0 even on a misspelt key or a bad value (it only logs them), so any
# output at all is a failure. Then `systemd-analyze security` must rate each service at most what
# it rates today (README, "Install on a Raspberry Pi"; the ceiling is 2.0).
# usage: verify_units.sh SYSTEMD_SOURCE_DIR DEVENTER_KIOSK KIOSK_SYNC
set -eu
units_src=$1 kiosk=$2 sync=$3
command -v systemd-analyze >/dev/null || { echo "systemd-analyze is missing: install the Debian package systemd" >&2; exit 1; }
root=$(mktemp -d "${TMPDIR:-/tmp}/kiosk-units.XXXXXX")
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/usr/lib/systemd/system" "$root/usr/bin" "$root/usr/lib/deventer-kiosk" "$root/etc/systemd/system"
for d in /lib/systemd/system /usr/lib/systemd/system; do
  [ -d "$d" ] && cp -a "$d/." "$root/usr/lib/systemd/system/"
done
cp "$units_src"/*.service "$units_src"/*.timer "$units_src"/*.path "$root/usr/lib/systemd/system/"
cp "$kiosk" "$root/usr/bin/deventer-kiosk"
cp "$sync" "$root/usr/bin/kiosk-sync"
cp "$units_src/kiosk-sync-usb" "$units_src/kiosk-admin-request" "$root/usr/lib/deventer-kiosk/"
printf '#!/bin/sh\n' > "$root/usr/bin/cage"   # kiosk-cage.service's compositor (Debian package cage)
chmod +x "$root/usr/bin/cage"

units="kiosk.service kiosk-cage.service kiosk-sync.service kiosk-sync.timer kiosk-sync-usb@sda1.service kiosk-admin-request.path kiosk-admin-request.service"
status=0
out=$(systemd-analyze verify --root="$root" --man=no --generators=no $units 2>&1) || status=$?
if [ "$status" -ne 0 ] || [ -n "$out" ]; then
  echo "systemd-analyze verify (exit $status):"
  echo "$out"
  exit 1
fi
echo "verify: $units: no problems"

# Each unit's limit is its rating today, so a loosened sandbox fails here rather than go unnoticed.
for rated in kiosk-sync.service:1.1 kiosk.service:1.3 kiosk-admin-request.service:1.1 kiosk-sync-usb@sda1.service:1.8; do
  unit=${rated%:*} limit=${rated##*:}
  line=$(systemd-analyze security --offline=yes --root="$root" "$unit" 2>&1 | grep "Overall exposure level") || {
    echo "systemd-analyze security $unit printed no rating" >&2
    exit 1
  }
  level=$(echo "$line" | sed -n 's/.*: \([0-9][0-9.]*\) .*/\1/p')
  echo "security: $unit exposure $level"
  awk -v l="$level" -v m="$limit" 'BEGIN { exit !(l != "" && l <= m) }' || { echo "$unit: exposure $level is over $limit" >&2; exit 1; }
done
echo "systemd units ok"
