#!/bin/sh
# Installs the .deb in a fresh Debian chroot and checks it as a technician would (README, "Install
# on a Raspberry Pi"): files, the system user, the conffile, the programs as the kiosk user on the
# installed content, a signed feed applied from a folder, and an upgrade that keeps the edited
# config and the synced content. Needs root and the network (apt); not part of ctest. The units
# themselves run under a real systemd in cmake/package/systemd-test.sh.
#   debootstrap --variant=minbase bookworm /srv/deb-test http://deb.debian.org/debian
#   sh cmake/package/chroot-test.sh /srv/deb-test build-deb/deventer-kiosk_0.1.0_amd64.deb NEWER.deb
set -eu
root=$1 deb=$2 newer=${3:-}
in_root() { chroot "$root" sh -ec "$1"; }
as_kiosk() { chroot "$root" setpriv --reuid=deventer-kiosk --regid=deventer-kiosk --init-groups \
               env HOME=/var/lib/deventer-kiosk SDL_VIDEODRIVER=dummy sh -ec "$1"; }
step() { printf '\n== %s\n' "$*"; }

mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"
printf '#!/bin/sh\nexit 101\n' > "$root/usr/sbin/policy-rc.d"; chmod +x "$root/usr/sbin/policy-rc.d"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/kiosk.deb"

step "install $(basename "$deb") with apt (dependencies from Debian)"
in_root 'apt-get update -q >/dev/null; DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends /tmp/kiosk.deb | tail -n 3'
in_root 'dpkg-query -W -f "\${Package} \${Version}\nDepends: \${Depends}\n" deventer-kiosk'

step "files"
in_root 'dpkg -L deventer-kiosk | grep -v "^/usr/share/deventer-kiosk/content/." | grep -E "bin/|systemd|udev|sysctl|etc/|share/deventer-kiosk|lib/deventer-kiosk"'
in_root 'ls /usr/share/deventer-kiosk/content /usr/share/deventer-kiosk/map'

step "user, groups, state folder, conffile, enabled units"
in_root 'getent passwd deventer-kiosk; id deventer-kiosk; stat -c "%U:%G %a %n" /var/lib/deventer-kiosk /var/lib/deventer-kiosk/requests /etc/deventer-kiosk/kiosk.toml'
in_root 'cat /var/lib/dpkg/info/deventer-kiosk.conffiles'
in_root 'for u in kiosk.service kiosk-sync.timer kiosk-admin-request.path systemd-time-wait-sync.service kiosk-cage.service; do printf "%s: " $u; systemctl is-enabled $u || true; done'

step "the programs as the kiosk user, on the installed content"
as_kiosk 'deventer-kiosk --help | head -n 3'
as_kiosk 'kiosk-sync status'
as_kiosk 'rm -f /tmp/x.png; deventer-kiosk --screenshot /tmp/x.png --size 1280x800 --screen home 2>&1; ls -l /tmp/x.png'
as_kiosk 'kiosk-sync || echo "kiosk-sync without a feed: exit $?"'

step "a signed feed, applied by kiosk-sync from a folder, as the kiosk user"
in_root 'rm -rf /root/keys /root/feed /srv/feed; kiosk-feed keygen --out /root/keys >/dev/null
  kiosk-feed build /usr/share/deventer-kiosk/content /root/feed --key /root/keys/feed-signing.key >/dev/null 2>&1
  mkdir -p /srv/feed; kiosk-feed publish /root/feed /srv/feed >/dev/null 2>&1; chmod -R a+rX /srv/feed
  key=$(cat /root/keys/feed-signing.pub)
  sed -i "s|^# feed = .*|feed = \"file:///srv/feed\"|; s|^# trusted_keys = \[|trusted_keys = [\"$key\"]\n# [|" /etc/deventer-kiosk/kiosk.toml
  grep -E "^(feed|trusted_keys)" /etc/deventer-kiosk/kiosk.toml'
as_kiosk 'kiosk-sync 2>&1 | tail -n 1; kiosk-sync status'
as_kiosk 'deventer-kiosk --screenshot /tmp/y.png --size 640x400 2>&1 | grep "content:"'

if [ -n "$newer" ]; then
  step "upgrade to $(basename "$newer"): config and synced content stay"
  cp "$newer" "$root/tmp/kiosk-newer.deb"
  in_root 'before=$(md5sum /etc/deventer-kiosk/kiosk.toml)
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends /tmp/kiosk-newer.deb | tail -n 2
    dpkg-query -W deventer-kiosk
    [ "$before" = "$(md5sum /etc/deventer-kiosk/kiosk.toml)" ] && echo "config kept as edited"'
  as_kiosk 'kiosk-sync status | head -n 3; ls /var/lib/deventer-kiosk'
fi
echo; echo "chroot test done"
