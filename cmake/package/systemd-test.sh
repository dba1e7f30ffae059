#!/bin/sh
# Installs the .deb in a Debian 12 container booted with a real systemd (systemd-nspawn) and checks
# what chroot-test.sh cannot: the postinst under systemd, the units' sandboxes as systemd applies
# them, the admin screen's request path, kiosk.service's READY/watchdog/restart, and the USB unit.
# Needs root, systemd-nspawn (package systemd-container), debootstrap, e2fsprogs and the network
# (apt); not part of ctest. Takes a few minutes plus the build; prints PASS/FAIL/SKIP lines.
#   sudo sh cmake/package/systemd-test.sh            # builds the .deb in a temp dir, as the README says
#   sudo sh cmake/package/systemd-test.sh KIOSK.deb  # or tests a .deb built before
# KIOSK_BUILD_DIR=DIR builds (incrementally) there and keeps it; KIOSK_NSPAWN_CACHE (default
# /var/cache/deventer-kiosk-nspawn) keeps the Debian root with systemd and apt's downloads between
# runs (delete it to start over); KEEP=1 keeps the container's root (CACHE/run) for a look after.
set -eu
src=$(cd "$(dirname "$0")/../.." && pwd)
cache=${KIOSK_NSPAWN_CACHE:-/var/cache/deventer-kiosk-nspawn}
mirror=${KIOSK_DEBIAN_MIRROR:-http://deb.debian.org/debian}
root=$cache/run
started=$(date +%s)
[ "$(id -u)" = 0 ] || { echo "systemd-test.sh: run as root (it boots a container)" >&2; exit 2; }

pass=0 fail=0 skip=0
ok() { echo "PASS: $*"; pass=$((pass + 1)); }
bad() { echo "FAIL: $*"; fail=$((fail + 1)); }
skipped() { echo "SKIP: $*"; skip=$((skip + 1)); }
check() { what=$1; shift; if "$@"; then ok "$what"; else bad "$what"; fi; }
has() { printf '%s\n' "$1" | grep -Eq "$2"; }   # has TEXT REGEX
step() { printf '\n== %s\n' "$*"; }

# Commands in the booted container: all its namespaces, a clean environment.
nspawn="" leader="" loop="" tmpbuild=""
ct_env='env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8'
in_ct() { nsenter -t "$leader" -a $ct_env HOME=/root sh -ec "$1"; }
as_kiosk() { nsenter -t "$leader" -a $ct_env HOME=/var/lib/deventer-kiosk \
               setpriv --reuid=deventer-kiosk --regid=deventer-kiosk --init-groups sh -ec "$1"; }
prop() { in_ct "systemctl show -P $2 $1"; }
# wait_for SECONDS COMMAND...: polls every half second.
wait_for() {
  n=$(($1 * 2)); shift
  while [ "$n" -gt 0 ]; do "$@" && return 0; sleep 0.5; n=$((n - 1)); done
  return 1
}

boot() {
  # --keep-unit --register=no: no scope or machine from the host's D-Bus (not needed, and a build
  # host may have none). apt's downloads are kept in the cache between runs.
  systemd-nspawn --quiet --register=no --keep-unit -b -D "$root" --console=passive \
    --bind="$cache/apt-archives:/var/cache/apt/archives" >>"$cache/nspawn.log" 2>&1 &
  nspawn=$!
  leader=""
  find_leader() { leader=$(pgrep -P "$nspawn" -x systemd | head -n 1); [ -n "$leader" ]; }
  wait_for 30 find_leader || { tail -n 20 "$cache/nspawn.log"; echo "FAIL: the container did not boot"; exit 1; }
  # "degraded" is fine: some units of a real machine cannot start in a container.
  state=$(in_ct 'systemctl is-system-running --wait' || true)
  echo "container booted (PID 1 is $leader on the host): $state"
}
halt() {
  [ -n "$nspawn" ] || return 0
  in_ct 'systemctl poweroff' >/dev/null 2>&1 || kill "$nspawn" 2>/dev/null || true
  n=60; while kill -0 "$nspawn" 2>/dev/null && [ $n -gt 0 ]; do sleep 0.5; n=$((n - 1)); done
  kill -KILL "$leader" "$nspawn" 2>/dev/null || true
  wait "$nspawn" 2>/dev/null || true
  nspawn="" leader=""
}
cleanup() {
  set +e
  halt
  [ -z "$loop" ] || losetup -d "$loop"
  rm -f "$cache/usb.img"
  [ "${KEEP:-0}" = 1 ] || rm -rf "$root"
  [ -z "$tmpbuild" ] || rm -rf "$tmpbuild"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

step "the .deb"
if [ $# -ge 1 ]; then deb=$(realpath "$1")
else
  # As the README's "Install on a Raspberry Pi" builds it (in a temp dir, not the source tree).
  build=${KIOSK_BUILD_DIR:-}
  if [ -z "$build" ]; then tmpbuild=$(mktemp -d "${TMPDIR:-/tmp}/kiosk-deb.XXXXXX"); build=$tmpbuild; fi
  echo "building in $build"
  cmake -S "$src" -B "$build" -DCMAKE_INSTALL_PREFIX=/usr -DKIOSK_INSTALLED_PATHS=ON -DBUILD_TESTING=OFF >"$build/cmake.log" 2>&1 ||
    { tail -n 20 "$build/cmake.log"; exit 1; }
  cmake --build "$build" -j "$(nproc)" >"$build/build.log" 2>&1 || { tail -n 30 "$build/build.log"; exit 1; }
  (cd "$build" && rm -f deventer-kiosk_*.deb && cpack -G DEB >cpack.log 2>&1) || { tail -n 20 "$build/cpack.log"; exit 1; }
  deb=$(ls "$build"/deventer-kiosk_*.deb)
fi
echo "$deb"

step "a Debian 12 root with systemd (cached in $cache/base)"
mkdir -p "$cache/apt-archives/partial"
if [ ! -d "$cache/base" ]; then
  rm -rf "$cache/base.tmp"
  debootstrap --variant=minbase --include=systemd,systemd-sysv,dbus,sudo,libpam-systemd \
    bookworm "$cache/base.tmp" "$mirror" >"$cache/debootstrap.log" 2>&1 ||
    { tail -n 20 "$cache/debootstrap.log"; exit 1; }
  echo kiosk-nspawn >"$cache/base.tmp/etc/hostname"
  mv "$cache/base.tmp" "$cache/base"
fi
# A fresh copy each run, so the install is a first install.
rm -rf "$root"
cp -a "$cache/base" "$root"
cp "$deb" "$root/var/tmp/kiosk.deb"
: >"$cache/nspawn.log"
boot

step "1. install with apt under systemd: the postinst"
if in_ct 'apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends /var/tmp/kiosk.deb' >"$cache/install.log" 2>&1
then ok "apt-get install ./$(basename "$deb")"
else tail -n 20 "$cache/install.log"; echo "FAIL: apt-get install ./$(basename "$deb"); nothing else to test"; exit 1; fi
sed -n '/^Setting up deventer-kiosk/,$p' "$cache/install.log"
# The postinst's commands must exist: the shell says "not found" for a wrong path, which its
# "|| true" would otherwise hide. (udevadm's "Failed to send reload request" is the container's:
# no udevd.)
postinst=$(sed -n '/^Setting up deventer-kiosk/,$p' "$cache/install.log")
check "postinst: no command 'not found'" test -n "$postinst" -a -z "$(echo "$postinst" | grep -i 'not found')"
check "user deventer-kiosk exists" in_ct 'getent passwd deventer-kiosk'
perm=$(in_ct 'stat -c "%a %U:%G" /var/lib/deventer-kiosk/requests' || true)
check "requests folder is 0770 deventer-kiosk:deventer-kiosk ($perm)" [ "$perm" = "770 deventer-kiosk:deventer-kiosk" ]
for u in kiosk-admin-request.path kiosk-sync.timer kiosk.service systemd-time-wait-sync.service; do
  st=$(in_ct "systemctl is-enabled $u" || true)
  check "$u is enabled ($st)" [ "$st" = enabled ]
done
echo "before the reboot: kiosk-admin-request.path is $(in_ct 'systemctl is-active kiosk-admin-request.path' || true) (the postinst enables, the README's reboot starts)"

# The container has no tty1 and no display: the kiosk renders with SDL's offscreen driver, and
# systemd gives it no terminal. Everything else (notify, watchdog, restart, sandbox) stays.
mkdir -p "$root/etc/systemd/system/kiosk.service.d"
cat >"$root/etc/systemd/system/kiosk.service.d/container.conf" <<'EOF'
[Service]
ExecStartPre=
StandardInput=null
TTYReset=no
TTYVHangup=no
TTYVTDisallocate=no
Environment=SDL_VIDEODRIVER=offscreen
EOF

step "reboot (README: sudo reboot after the install)"
halt
boot
for u in kiosk-admin-request.path kiosk-sync.timer; do
  st=$(in_ct "systemctl is-active $u" || true)
  check "$u is active after boot ($st)" [ "$st" = active ]
done

step "2. a signed feed from a folder, applied by kiosk-sync.service"
in_ct 'rm -rf /root/keys /root/feed /srv/feed; kiosk-feed keygen --out /root/keys >/dev/null
  kiosk-feed build /usr/share/deventer-kiosk/content /root/feed --key /root/keys/feed-signing.key 2>&1 | tail -n 1
  mkdir -p /srv/feed; kiosk-feed publish /root/feed /srv/feed 2>&1 | tail -n 1; chmod -R a+rX /srv/feed
  key=$(cat /root/keys/feed-signing.pub)
  sed -i "s|^# feed = .*|feed = \"file:///srv/feed\"|; s|^# trusted_keys = \[|trusted_keys = [\"$key\"]\n# [|" /etc/deventer-kiosk/kiosk.toml
  grep -E "^(feed|trusted_keys)" /etc/deventer-kiosk/kiosk.toml'
# The unit's credentials, seen by a command that runs with the same sandbox just before kiosk-sync.
in_ct 'mkdir -p /run/systemd/system/kiosk-sync.service.d
  printf "[Service]\nExecStartPre=/bin/sh -c \"grep -E \047^(CapEff|CapBnd|NoNewPrivs):\047 /proc/self/status\"\n" \
    >/run/systemd/system/kiosk-sync.service.d/probe.conf
  systemctl daemon-reload'
check "systemctl start kiosk-sync.service" in_ct 'timeout 300 systemctl start kiosk-sync.service'
inv=$(prop kiosk-sync.service InvocationID || true)
log=$(in_ct "journalctl -q -o cat _SYSTEMD_INVOCATION_ID=$inv" || true)
echo "$log" | tail -n 5
check "kiosk-sync.service: CapEff 0" has "$log" '^CapEff:[[:space:]]+0+$'
check "kiosk-sync.service: NoNewPrivs 1" has "$log" '^NoNewPrivs:[[:space:]]+1$'
in_ct 'rm -r /run/systemd/system/kiosk-sync.service.d; systemctl daemon-reload'
status=$(as_kiosk 'kiosk-sync status' || true)
echo "$status"
check "kiosk-sync status: a feed's sequence applied" has "$status" '^content: +sequence [0-9]+ of feed'

step "3. the admin screen's requests (kiosk-admin-request.path)"
# request KIND: drops KIND.TOKEN.request as the kiosk user, waits for the result; prints it.
request() {
  token=$(date +%s%N)
  as_kiosk "touch /var/lib/deventer-kiosk/requests/$1.$token.request"
  result=/run/deventer-kiosk-admin/$1.$token.result
  wait_for 20 in_ct "test -s $result" && in_ct "cat $result"
}
r=$(request sync-now || echo "(no result within 20 s)")
echo "sync-now: $(echo "$r" | tr '\n' '|')"
check "sync-now: result 0 with a reason" test "$(echo "$r" | sed -n 1p)" = 0 -a -n "$(echo "$r" | sed -n 2p)"
r=$(request usb || echo "(no result within 20 s)")
echo "usb: $(echo "$r" | tr '\n' '|')"
check "usb without a stick: result 3, 'no USB stick with a file system is plugged in'" \
  [ "$r" = "3
no USB stick with a file system is plugged in" ]
# A symlink as a request: removed, and its target (a root-owned file) left as it was.
before=$(in_ct 'md5sum /etc/deventer-kiosk/kiosk.toml')
token=$(date +%s%N)
as_kiosk "ln -s /etc/deventer-kiosk/kiosk.toml /var/lib/deventer-kiosk/requests/sync-now.$token.request" || true
wait_for 20 in_ct "test -s /run/deventer-kiosk-admin/sync-now.$token.result" || true
check "a symlink request is removed" in_ct "! test -e /var/lib/deventer-kiosk/requests/sync-now.$token.request && ! test -L /var/lib/deventer-kiosk/requests/sync-now.$token.request"
check "a symlink request's target is untouched" [ "$before" = "$(in_ct 'md5sum /etc/deventer-kiosk/kiosk.toml')" ]
st=$(in_ct 'systemctl is-active kiosk-admin-request.path' || true)
res=$(prop kiosk-admin-request.path Result || true)
check "kiosk-admin-request.path still active, result $res ($st)" [ "$st/$res" = active/success ]

step "4. kiosk.service: READY, watchdog, restart (offscreen, drop-in container.conf)"
active() { [ "$(prop kiosk.service ActiveState)" = active ]; }
check "kiosk.service active after boot (Type=notify: READY=1 arrived)" wait_for 60 active
in_ct 'journalctl -q -o cat -u kiosk.service -b | grep -E "first frame|content" | tail -n 2' || true
pid=$(prop kiosk.service MainPID) n=$(prop kiosk.service NRestarts)
sleep 40
check "still active after 40 s > WatchdogSec=30, same process (the pings arrive)" \
  [ "$(prop kiosk.service ActiveState)/$(prop kiosk.service MainPID)/$(prop kiosk.service NRestarts)" = "active/$pid/$n" ]
# A hung kiosk: frozen, it sends no pings; systemd must kill and restart it.
restarted() { [ "$(prop kiosk.service NRestarts)" -gt "$1" ] && active; }
t0=$(date +%s)
in_ct 'systemctl kill -s SIGSTOP kiosk.service'
if wait_for 50 restarted "$n"; then
  ok "frozen kiosk (SIGSTOP) killed and restarted after $(($(date +%s) - t0)) s"
else bad "frozen kiosk (SIGSTOP) not restarted within 50 s"; fi
in_ct 'systemctl kill -s SIGCONT kiosk.service' || true
check "the journal says 'Watchdog timeout'" in_ct "journalctl -q -o cat -u kiosk.service --since @$t0 | grep -i 'watchdog timeout'"
n=$(prop kiosk.service NRestarts)
t0=$(date +%s)
in_ct 'systemctl kill -s SIGKILL kiosk.service'
if wait_for 15 restarted "$n"; then
  ok "killed kiosk (SIGKILL) restarted after $(($(date +%s) - t0)) s (RestartSec=2)"
else bad "killed kiosk (SIGKILL) not restarted within 15 s"; fi

step "5. kiosk-sync-usb: a newer feed on an ext4 stick (loop device)"
in_ct 'rm -rf /root/usb; mkdir -p /root/usb/kiosk-feed
  kiosk-feed build /usr/share/deventer-kiosk/content /root/feed --key /root/keys/feed-signing.key 2>&1 | tail -n 1
  kiosk-feed publish /root/feed /root/usb/kiosk-feed >/dev/null 2>&1'
newseq=$(sed -n 's/.*"sequence": *\([0-9]*\).*/\1/p' "$root/root/usb/kiosk-feed/manifest.json" | head -n 1)
rm -f "$cache/usb.img"
if mkfs.ext4 -q -F -d "$root/root/usb" "$cache/usb.img" 32M >/dev/null && loop=$(losetup --find --show "$cache/usb.img"); then
  dev=$(basename "$loop")
  # No udev in the container: the node is made by hand in its /dev.
  nsenter -t "$leader" -m mknod "/dev/$dev" b $((0x$(stat -c %t "$loop"))) $((0x$(stat -c %T "$loop"))) || true
fi
if [ -z "$loop" ] || ! in_ct "head -c 512 /dev/$dev >/dev/null"; then
  skipped "kiosk-sync-usb: no loop device readable in the container (losetup or mknod failed)"
else
  # The unit as installed, without BindsTo=/After= the udev device unit that never appears here;
  # kiosk-sync is replaced (bind mount) by a probe that logs its credentials and runs the real one.
  in_ct "mkdir -p /usr/local/lib/kiosk-test
    cp /usr/bin/kiosk-sync /usr/local/lib/kiosk-test/kiosk-sync.real
    printf '#!/bin/sh\ngrep -E \"^(Uid|CapEff|CapBnd|NoNewPrivs):\" /proc/self/status\nexec /usr/local/lib/kiosk-test/kiosk-sync.real \"\$@\"\n' >/usr/local/lib/kiosk-test/kiosk-sync
    chmod 0755 /usr/local/lib/kiosk-test/kiosk-sync
    sed -e '/^BindsTo=/d' -e '/^After=dev-/d' /usr/lib/systemd/system/kiosk-sync-usb@.service >/run/systemd/system/kiosk-sync-usb-nodev@.service
    mkdir -p /run/systemd/system/kiosk-sync-usb-nodev@.service.d
    printf '[Service]\nBindReadOnlyPaths=/usr/local/lib/kiosk-test/kiosk-sync:/usr/bin/kiosk-sync\n' >/run/systemd/system/kiosk-sync-usb-nodev@.service.d/probe.conf
    systemctl daemon-reload"
  check "systemctl start kiosk-sync-usb-nodev@$dev.service (the unit's copy)" in_ct "timeout 300 systemctl start kiosk-sync-usb-nodev@$dev.service"
  # By unit, not invocation: a finished oneshot that nothing refers to is unloaded at once (the real
  # unit is kept by its device unit), so its InvocationID is gone. It ran once in this boot.
  log=$(in_ct "journalctl -q -o cat -u kiosk-sync-usb-nodev@$dev.service" || true)
  echo "$log"
  uid=$(in_ct 'id -u deventer-kiosk')
  check "kiosk-sync from the stick runs as deventer-kiosk" has "$log" "^Uid:[[:space:]]+$uid[[:space:]]"
  check "kiosk-sync from the stick: CapBnd 0 (setpriv --bounding-set=-all)" has "$log" '^CapBnd:[[:space:]]+0+$'
  check "kiosk-sync from the stick: CapEff 0" has "$log" '^CapEff:[[:space:]]+0+$'
  check "kiosk-sync from the stick: NoNewPrivs 1" has "$log" '^NoNewPrivs:[[:space:]]+1$'
  status=$(as_kiosk 'kiosk-sync status' || true)
  echo "$status"
  check "the stick's feed (sequence $newseq) is applied" has "$status" "^content: +sequence $newseq of feed"
  check "kiosk-sync status names the stick's feed" has "$status" "usb-$dev/kiosk-feed"
  check "nothing of the stick stays mounted" in_ct "! grep -q ' /tmp/usb-$dev ' /proc/self/mountinfo && ! grep -q '^/dev/$dev ' /proc/mounts"
fi

step "summary"
echo "$pass passed, $fail failed, $skip skipped in $(($(date +%s) - started)) s"
[ "$fail" = 0 ]
