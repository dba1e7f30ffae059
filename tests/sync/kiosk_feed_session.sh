#!/bin/sh
# kiosk-feed as an editor uses it: keygen, build the default content, verify, publish, then the
# refusals an editor can meet (tampered feed, unknown key, a newer feed at the destination).
# Usage: kiosk_feed_session.sh KIOSK_FEED CONTENT_DIR
set -u
tool=$1
content=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

"$tool" --help | grep -q "publish OUT DEST" || fail "--help"
for c in validate keygen build verify publish; do
  "$tool" $c --help | grep -q "usage: kiosk-feed $c" || fail "$c --help"
done
"$tool" build "$content" 2>/dev/null; [ $? -eq 2 ] || fail "missing arguments should exit 2"

"$tool" keygen --out "$work/keys" >"$work/keygen.txt" || fail keygen
grep -q "Back it up" "$work/keygen.txt" || fail "keygen explains the backup"
[ "$(stat -c %a "$work/keys/feed-signing.key")" = 600 ] || fail "secret key mode"
"$tool" keygen --out "$work/keys" 2>/dev/null; [ $? -eq 2 ] || fail "keygen must not overwrite"

"$tool" build "$content" "$work/feed" --key "$work/keys/feed-signing.key" || fail build
"$tool" verify "$work/feed" --trust "$work/keys/feed-signing.pub" || fail verify
mkdir "$work/www"
"$tool" publish "$work/feed" "$work/www" || fail publish
"$tool" verify "$work/www" --trust "$(cat "$work/keys/feed-signing.pub")" || fail "verify the published feed"

"$tool" keygen --out "$work/other" >/dev/null || fail "second keygen"
"$tool" verify "$work/www" --trust "$work/other/feed-signing.pub" 2>"$work/err.txt"
[ $? -eq 1 ] && grep -q "not among the 1 trusted keys" "$work/err.txt" || fail "unknown key"

sed 's/"format": 1,/"format": 1 ,/' "$work/www/manifest.json" >"$work/m" && cp "$work/m" "$work/www/manifest.json"
"$tool" verify "$work/www" --trust "$work/keys/feed-signing.pub" 2>"$work/err.txt"
[ $? -eq 1 ] && grep -q "does not match manifest.json" "$work/err.txt" || fail "tampered manifest"

# A feed built later reaches the destination; the earlier one can no longer replace it.
cp -r "$work/feed" "$work/feed-old"
"$tool" build "$content" "$work/feed" --key "$work/keys/feed-signing.key" >/dev/null || fail rebuild
rm -rf "$work/www" && mkdir "$work/www"
"$tool" publish "$work/feed" "$work/www" >/dev/null || fail "publish the newer feed"
"$tool" publish "$work/feed-old" "$work/www" 2>"$work/err.txt"
[ $? -eq 1 ] && grep -q "kiosks would reject it" "$work/err.txt" || fail "rollback refused"
echo "kiosk-feed session ok"
