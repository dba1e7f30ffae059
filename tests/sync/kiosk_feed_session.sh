#!/bin/sh
# kiosk-feed as an editor uses it: keygen, build the default content, verify, publish, then the
# refusals an editor can meet (tampered feed, unknown key, a newer feed at the destination); an
# unsigned build signed later and re-signed with a new key; progress output on many images; and,
# given the kiosk binary, a preview that leaves nothing behind.
# Usage: kiosk_feed_session.sh KIOSK_FEED CONTENT_DIR [DEVENTER_KIOSK]
set -u
tool=$1
content=$2
kiosk=${3:-}
fixtures=$(cd "$(dirname "$0")/../fixtures" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

"$tool" --help | grep -q "publish OUT DEST" || fail "--help"
"$tool" --help | grep -q "sign OUT --key SECRET" || fail "--help lists sign"
"$tool" --help | grep -q "preview DIR" || fail "--help lists preview"
for c in validate preview keygen build sign verify publish; do
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

# --- Unsigned build, signed later (the key on another PC) ---
"$tool" build "$content" "$work/u" --unsigned --key "$work/keys/feed-signing.key" 2>/dev/null
[ $? -eq 2 ] || fail "--unsigned with --key should exit 2"
"$tool" build "$content" "$work/u" --unsigned >"$work/out.txt" || fail "build --unsigned"
grep -q "NOT signed" "$work/out.txt" && grep -q "kiosk-feed sign $work/u --key" "$work/out.txt" || fail "build --unsigned says what next"
[ -f "$work/u/manifest.json" ] && [ ! -e "$work/u/manifest.sig" ] || fail "an unsigned build writes manifest.json, no manifest.sig"
mkdir "$work/www-u"
"$tool" publish "$work/u" "$work/www-u" 2>"$work/err.txt"
[ $? -eq 1 ] && grep -q "is not signed" "$work/err.txt" && grep -q "kiosk-feed sign $work/u --key SECRET" "$work/err.txt" ||
  fail "publish must refuse an unsigned feed: $(cat "$work/err.txt")"
[ ! -e "$work/www-u/manifest.json" ] && [ ! -e "$work/www-u/manifest.sig" ] || fail "a refused publish wrote a manifest"
"$tool" verify "$work/u" --trust "$work/keys/feed-signing.pub" 2>"$work/err.txt"
[ $? -eq 1 ] && grep -q "REJECTED (not signed)" "$work/err.txt" || fail "verify of an unsigned feed"

# Signing checks the blobs first: an incomplete copy is not signed.
cp -r "$work/u" "$work/u-incomplete"
rm "$work/u-incomplete/blobs/"*
"$tool" sign "$work/u-incomplete" --key "$work/keys/feed-signing.key" 2>"$work/err.txt"
[ $? -eq 3 ] && grep -q "nothing was signed" "$work/err.txt" || fail "sign of an incomplete feed: $(cat "$work/err.txt")"
[ ! -e "$work/u-incomplete/manifest.sig" ] || fail "an incomplete feed was signed"
"$tool" sign "$work/nothing-here" --key "$work/keys/feed-signing.key" 2>"$work/err.txt"
[ $? -eq 3 ] && grep -q "is this a feed folder" "$work/err.txt" || fail "sign of a folder without a feed"

cp "$work/u/manifest.json" "$work/u-manifest.json"
"$tool" sign "$work/u" --key "$work/keys/feed-signing.key" >"$work/out.txt" || fail sign
grep -q "signed with key" "$work/out.txt" || fail "sign names the key"
cmp -s "$work/u/manifest.json" "$work/u-manifest.json" || fail "sign changed manifest.json"
[ "$(find "$work/u" -name '*.tmp' | wc -l)" -eq 0 ] || fail "sign left a temporary file"
"$tool" verify "$work/u" --trust "$work/keys/feed-signing.pub" >/dev/null || fail "verify after sign"
"$tool" publish "$work/u" "$work/www-u" >/dev/null || fail "publish after sign"
"$tool" verify "$work/www-u" --trust "$work/keys/feed-signing.pub" >/dev/null || fail "verify the published signed feed"
"$tool" sign "$work/u" --key "$work/keys/feed-signing.key" >"$work/out.txt" || fail "sign again"
grep -q "manifest.sig unchanged" "$work/out.txt" || fail "signing again with the same key changes nothing"

# Key rotation: the same feed signed with the new key; the destination only gets the new signature.
cp "$work/www-u/manifest.json" "$work/www-u-manifest.json"
"$tool" sign "$work/u" --key "$work/other/feed-signing.key" >"$work/out.txt" || fail "re-sign with a new key"
grep -q "earlier manifest.sig was replaced" "$work/out.txt" || fail "re-sign says it replaced the signature"
"$tool" publish "$work/u" "$work/www-u" >"$work/out.txt" || fail "publish the re-signed feed"
grep -q "replaced its manifest.sig" "$work/out.txt" || fail "publish of a re-signed feed: $(cat "$work/out.txt")"
cmp -s "$work/www-u/manifest.json" "$work/www-u-manifest.json" || fail "re-signing changed the published manifest.json"
"$tool" verify "$work/www-u" --trust "$work/other/feed-signing.pub" >/dev/null || fail "verify with the new key"
"$tool" verify "$work/www-u" --trust "$work/keys/feed-signing.pub" 2>/dev/null && fail "the old key still verifies"

# An unsigned build over a signed feed removes the old signature, which would not match.
"$tool" build "$content" "$work/u" --unsigned >/dev/null || fail "unsigned rebuild"
[ ! -e "$work/u/manifest.sig" ] || fail "an unsigned rebuild left the old manifest.sig"

# --- Progress on many images: a few lines per phase in a log, and a summary with counts and bytes ---
cp -r "$content" "$work/many"
mkdir -p "$work/many/images"
awk '/^      "id": "/ { n++; print; printf "      \"image\": \"images/org-%d.png\",\n", n; next } { print }' \
  "$content/organisations.json" >"$work/many/organisations.json"
images=$(grep -c '"image": "images/org-' "$work/many/organisations.json")
[ "$images" -gt 20 ] || fail "expected more than 20 organisations in $content"
i=1
while [ "$i" -le "$images" ]; do
  { cat "$fixtures/images/red-8x8.png"; printf 'distinct bytes %d' "$i"; } >"$work/many/images/org-$i.png"
  i=$((i + 1))
done
"$tool" build "$work/many" "$work/many-feed" --key "$work/keys/feed-signing.key" >"$work/out.txt" 2>"$work/progress.txt" ||
  fail "build many images: $(cat "$work/out.txt" "$work/progress.txt")"
lines=$(grep -c "hashing images" "$work/progress.txt")
[ "$lines" -ge 5 ] && [ "$lines" -le 10 ] || fail "$lines progress lines for $images images: $(cat "$work/progress.txt")"
grep -q "hashing images $images/$images (100 %)" "$work/progress.txt" || fail "progress reaches the end"
grep -q "$images images; $((images + 1)) blobs written (.*B)" "$work/out.txt" || fail "build summary: $(cat "$work/out.txt")"
"$tool" verify "$work/many-feed" --trust "$work/keys/feed-signing.pub" >"$work/out.txt" 2>"$work/progress.txt" || fail "verify many"
[ "$(grep -c "checking blobs" "$work/progress.txt")" -le 10 ] || fail "verify progress is spammy"
grep -q "$((images + 1)) blobs (.*B) present and intact" "$work/out.txt" || fail "verify summary: $(cat "$work/out.txt")"
mkdir "$work/www-many"
"$tool" publish "$work/many-feed" "$work/www-many" >"$work/out.txt" 2>"$work/progress.txt" || fail "publish many"
[ "$(grep -c "copying blobs" "$work/progress.txt")" -le 10 ] || fail "publish progress is spammy"
grep -q "$((images + 1)) blobs copied (.*B); manifest written last" "$work/out.txt" || fail "publish summary: $(cat "$work/out.txt")"
"$tool" build "$work/many" "$work/many-feed" --key "$work/keys/feed-signing.key" >"$work/out.txt" 2>/dev/null || fail rebuild
grep -q "0 blobs written, $((images + 1)) unchanged (.*B)" "$work/out.txt" || fail "rebuild summary: $(cat "$work/out.txt")"

# --- Preview: the real kiosk on a content folder, with nothing left behind ---
if [ -n "$kiosk" ]; then
  mkdir "$work/tmp" "$work/home" "$work/state"
  isolated() { env TMPDIR="$work/tmp" HOME="$work/home" XDG_STATE_HOME="$work/state" SDL_VIDEODRIVER=dummy "$@"; }
  nothing_left() {
    [ -z "$(ls -A "$work/tmp")" ] || fail "$1: left behind in TMPDIR: $(ls -A "$work/tmp")"
    [ -z "$(ls -A "$work/home" "$work/state" | grep -v ':$' | grep -v '^$')" ] || fail "$1: wrote to HOME or XDG_STATE_HOME"
  }

  isolated KIOSK_BINARY="$kiosk" "$tool" preview "$work/many" -- --screenshot "$work/preview.png" --size 1080x1920 \
    >"$work/preview.log" 2>&1 || fail "preview: $(cat "$work/preview.log")"
  grep -q "applied the bundled content from $work/many\$" "$work/preview.log" || fail "the kiosk did not start on the folder"
  grep -q "^config: $work/tmp/kiosk-preview-.*/kiosk.toml\$" "$work/preview.log" || fail "the kiosk read another config"
  [ "$(head -c 4 "$work/preview.png" | tail -c 3)" = PNG ] || fail "no PNG from the preview: $(cat "$work/preview.log")"
  nothing_left "preview"

  "$tool" preview "$fixtures/content/broken" >/dev/null 2>"$work/err.txt"
  [ $? -eq 1 ] && grep -q "nothing started" "$work/err.txt" || fail "preview of broken content must not start the kiosk"
  "$tool" preview "$content" -- --data "$work/state" 2>/dev/null
  [ $? -eq 2 ] || fail "preview must not accept --data for the kiosk"

  # What the kiosk is given, and its exit status passed through (a stand-in that records its arguments).
  printf '#!/bin/sh\nprintf "%%s\\n" "$@" >"$ARGS_FILE"\nexit 7\n' >"$work/fake-kiosk"
  chmod +x "$work/fake-kiosk"
  isolated ARGS_FILE="$work/args.txt" KIOSK_BINARY=/nonexistent "$tool" preview "$content" --kiosk "$work/fake-kiosk" \
    -- --lang en >/dev/null 2>&1
  [ $? -eq 7 ] || fail "preview passes the kiosk's exit status through"
  tr '\n' ' ' <"$work/args.txt" | grep -q "^--windowed --config $work/tmp/kiosk-preview-[^ ]*/kiosk.toml --data $work/tmp/kiosk-preview-[^ ]*/data --content $content --lang en \$" ||
    fail "kiosk arguments: $(cat "$work/args.txt")"
  nothing_left "preview with a stand-in kiosk"
  isolated KIOSK_BINARY="$work/no-such-kiosk" "$tool" preview "$content" 2>"$work/err.txt"
  [ $? -eq 3 ] && grep -q "from \$KIOSK_BINARY" "$work/err.txt" || fail "a missing kiosk binary: $(cat "$work/err.txt")"

  # A windowed preview (SDL's dummy video driver) ended by SIGTERM to kiosk-feed: the kiosk stops
  # cleanly and the temporary data is removed.
  # (env execs kiosk-feed, so $! is its pid; a shell function here would put a subshell between.)
  env TMPDIR="$work/tmp" HOME="$work/home" XDG_STATE_HOME="$work/state" SDL_VIDEODRIVER=dummy KIOSK_BINARY="$kiosk" \
    "$tool" preview "$content" >"$work/window.log" 2>&1 &
  pid=$!
  trap 'kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
  for _ in $(seq 100); do grep -q "first frame after" "$work/window.log" && break; sleep 0.1; done
  grep -q "first frame after" "$work/window.log" || { kill "$pid"; fail "windowed preview: $(cat "$work/window.log")"; }
  kill -TERM "$pid"
  status=0
  wait "$pid" || status=$?
  [ "$status" -eq 0 ] && grep -q "^stopped" "$work/window.log" || fail "SIGTERM: status $status: $(cat "$work/window.log")"
  nothing_left "windowed preview"
fi
echo "kiosk-feed session ok"
