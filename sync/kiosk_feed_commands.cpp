// kiosk-feed's subcommands: argument parsing, help texts and messages for editors. Everything they
// do is in the sync library.
#include "sync/kiosk_feed_commands.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <map>
#include <optional>

#include "content/folder.hpp"
#include "sync/build.hpp"
#include "sync/files.hpp"
#include "sync/keys.hpp"
#include "sync/kiosk_feed_preview.hpp"
#include "sync/publish.hpp"
#include "sync/verify.hpp"

namespace feed_tool {
namespace fs = std::filesystem;
namespace {

constexpr const char* validate_help = R"(usage: kiosk-feed validate DIR

Checks a content folder (docs/formats/content.md) the way the kiosk will: every JSON file, every
field, every reference between items, every image. Prints every problem as
  file: /path/to/field: reason
and a summary. Missing English or German translations are warnings; the kiosk then falls back
to English, then Dutch.

Exit status: 0 when the content is valid (warnings allowed), 1 when it has errors, 2 on usage errors.
)";

constexpr const char* keygen_help = R"(usage: kiosk-feed keygen --out DIR

Makes a new Ed25519 signing key pair in DIR (created if needed):
  DIR/feed-signing.key   the secret key, readable only by you (mode 0600). Whoever has it can
                         publish content that every kiosk will show.
  DIR/feed-signing.pub   the public key, one line; it goes into every kiosk's config (trusted keys).
An existing secret key is never overwritten.

Exit status: 0 done, 2 usage errors (or the key exists), 3 the files could not be written.
)";

constexpr const char* build_help = R"(usage: kiosk-feed build DIR OUT --key SECRET [--feed ID]
       kiosk-feed build DIR OUT --unsigned [--feed ID]

Validates the content folder DIR (like `kiosk-feed validate`; nothing is built if it has errors),
then writes a signed feed into OUT (created if needed):
  OUT/blobs/<sha256>   the content document and every image the content uses
  OUT/manifest.sig     the signature of manifest.json by the key SECRET (a feed-signing.key)
  OUT/manifest.json    what this version of the content consists of
The sequence number is the build time in seconds, and always higher than that of a feed already
in OUT. Blobs already in OUT are kept, so build into the same folder every time.
--feed ID names the feed (default "deventer-internationaal").
--unsigned writes no manifest.sig (and removes one left by an earlier build), for when the key is
on another PC: take OUT there and run `kiosk-feed sign OUT --key SECRET`. Until it is signed, an
unsigned feed cannot be published.

Exit status: 0 built, 1 the content has errors, 2 usage errors, 3 files could not be read or written.
)";

constexpr const char* sign_help = R"(usage: kiosk-feed sign OUT --key SECRET

Signs the feed in OUT as it stands: checks that OUT/manifest.json is well-formed, that every blob
it lists is present and intact and that the content is valid (as a kiosk would), then writes
OUT/manifest.sig with the key SECRET (a feed-signing.key). manifest.json is not changed.

Use it when
  - the signing key is kept on another PC (offline, for safety): on the editing PC run
    `kiosk-feed build DIR OUT --unsigned`, copy the whole OUT folder (blobs/ included) to the
    signing PC, sign it there, copy it back, then verify and publish as usual;
  - the key was rotated (a new key replaces an old or leaked one): add the new public key to every
    kiosk first, then sign the current feed again with the new key and publish it; a destination
    that already has this feed only gets the new manifest.sig.

Exit status: 0 signed; 1 the feed is damaged or invalid, 3 a file is missing (a blob not copied
along?) or could not be read or written: nothing is signed then; 2 usage errors.
)";

constexpr const char* verify_help = R"(usage: kiosk-feed verify OUT --trust PUBKEY [PUBKEY...]

Checks the feed in OUT exactly as a kiosk will before showing it: the signature of manifest.json
by one of the trusted public keys (each a feed-signing.pub file or its "ed25519:..." line), every
blob present with the right size and SHA-256, and the content document valid. A feed built with
--unsigned and not yet signed (`kiosk-feed sign`) has no manifest.sig and is rejected.

Exit status: 0 the feed is good, 1 it was rejected (the reason is printed), 2 usage errors,
3 files could not be read.
)";

constexpr const char* publish_help = R"(usage: kiosk-feed publish OUT DEST

Copies the feed in OUT (made by `kiosk-feed build`) to the folder DEST: a web server's folder or a
mounted USB stick. Every file is checked on the way; blobs are copied first and manifest.json
last, so kiosks reading DEST meanwhile see the old feed or the new one, never a mix. A feed in
DEST with a higher sequence is never replaced. An unsigned feed (built with --unsigned and not
yet signed with `kiosk-feed sign`) is refused. If DEST already has this feed with another
signature (signed again with a new key), only manifest.sig is replaced. Unmount a USB stick
before pulling it out.

Exit status: 0 published (or already there), 1 refused (the reason is printed), 2 usage errors,
3 files could not be read or written.
)";

constexpr const char* preview_help = R"(usage: kiosk-feed preview DIR [--kiosk PATH] [-- KIOSK-OPTIONS...]

Shows the content folder DIR in the real kiosk program, in a normal window, before you build and
publish it. DIR is validated first (like `kiosk-feed validate`); if it has errors nothing starts.
The kiosk gets a fresh data folder under $TMPDIR (or /tmp) and an empty config, both removed when
it ends, so a kiosk installed on this PC (its /etc/deventer-kiosk/kiosk.toml, its data) is neither
read nor changed. Close the window, or press Ctrl+C here, to end the preview.

KIOSK-OPTIONS after -- go to the kiosk (see deventer-kiosk --help), for example
  -- --size 1080x1920            a portrait window, like a standing screen
  -- --lang en --screen home     start in English on the home screen
  -- --screenshot preview.png    no window: render the first screen, save it as a PNG and stop
  -- --config kiosk.toml         a kiosk's settings (where it stands, idle times)
--data and --content are set by preview and cannot be given there.

The kiosk program is --kiosk PATH, else $KIOSK_BINARY, else deventer-kiosk beside kiosk-feed,
else deventer-kiosk on the PATH.

Exit status: the kiosk's own (0 when it was closed normally); 1 DIR has errors (nothing started),
2 usage errors, 3 the kiosk could not be started or the temporary folder could not be made.
)";

// Options with one value each, except --trust which takes every value up to the next option, and
// flags (--unsigned) which take none.
struct Parsed {
  std::vector<std::string> positional;
  std::map<std::string, std::vector<std::string>> options;  // a flag maps to no values
  std::string error;
  bool help = false;
};

Parsed parse(const Args& args, std::initializer_list<const char*> known,
             std::initializer_list<const char*> flags = {}) {
  Parsed p;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--help" || a == "-h") {
      p.help = true;
      continue;
    }
    if (a.rfind("--", 0) != 0) {
      p.positional.push_back(a);
      continue;
    }
    if (std::any_of(flags.begin(), flags.end(), [&](const char* k) { return a == k; })) {
      p.options[a];
      continue;
    }
    if (std::none_of(known.begin(), known.end(), [&](const char* k) { return a == k; })) {
      p.error = "unknown option " + a;
      continue;
    }
    auto& values = p.options[a];
    bool many = a == "--trust";
    size_t before = values.size();
    while (i + 1 < args.size() && args[i + 1].rfind("--", 0) != 0) {
      values.push_back(args[++i]);
      if (!many) break;
    }
    if (values.size() == before) p.error = a + " needs a value";
  }
  return p;
}

int usage_error(const char* help, const std::string& why) {
  std::fprintf(stderr, "kiosk-feed: %s\n\n%s", why.c_str(), help);
  return exit_usage;
}

int failure(const feed::Error& e) {
  std::fprintf(stderr, "kiosk-feed: %s\n", e.message.c_str());
  switch (e.code) {
    case feed::ErrorCode::usage:
      return exit_usage;
    case feed::ErrorCode::io:
    case feed::ErrorCode::missing:
      return exit_io;
    default:
      return exit_rejected;
  }
}

// "1.2 MB": sizes as an editor reads them (SI units, like file managers).
std::string human_bytes(uint64_t n) {
  char buf[32];
  if (n < 1000)
    std::snprintf(buf, sizeof buf, "%llu bytes", static_cast<unsigned long long>(n));
  else if (n < 1000 * 1000)
    std::snprintf(buf, sizeof buf, "%.1f kB", double(n) / 1e3);
  else if (n < 1000ull * 1000 * 1000)
    std::snprintf(buf, sizeof buf, "%.1f MB", double(n) / 1e6);
  else
    std::snprintf(buf, sizeof buf, "%.2f GB", double(n) / 1e9);
  return buf;
}

std::string count(size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

// "3 blobs written (1.2 MB), 40 unchanged (60.1 MB)"; a part with no blobs is left out.
std::string blob_tally(size_t done, uint64_t done_bytes, const char* done_verb, size_t other, uint64_t other_bytes,
                       const char* other_verb) {
  std::string s = count(done, "blob", "blobs") + " " + done_verb;
  if (done > 0) s += " (" + human_bytes(done_bytes) + ")";
  if (other > 0) s += ", " + std::to_string(other) + " " + other_verb + " (" + human_bytes(other_bytes) + ")";
  return s;
}

// Progress of long work (hashing, checking, copying many files) on stderr, without flooding a log.
// On a terminal: one line, rewritten in place at most ten times a second and cleared when its phase
// ends. Otherwise (a pipe, a log): a line at every tenth of a phase with more than 20 items, nothing
// for small jobs. The command's summary line follows either way.
class ProgressLine {
 public:
  ProgressLine() : tty_(::isatty(STDERR_FILENO) == 1) {}
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;

  feed::Progress callback() {
    return [this](const feed::ProgressEvent& e) { tty_ ? show_in_place(e) : show_tenths(e); };
  }
  // Clears the line in place; call before printing anything else.
  void clear() {
    if (shown_chars_ == 0) return;
    std::fprintf(stderr, "\r%*s\r", int(shown_chars_), "");
    std::fflush(stderr);
    shown_chars_ = 0;
  }

 private:
  static std::string label(std::string_view phase) {
    if (phase == "hashing") return "hashing images";
    if (phase == "checking") return "checking blobs";
    if (phase == "copying") return "copying blobs";
    return std::string(phase);
  }
  static std::string short_name(std::string_view name) {
    bool hash = name.size() == 64 && name.find_first_not_of("0123456789abcdef") == std::string_view::npos;
    if (hash) return std::string(name.substr(0, 12));
    if (name.size() > 40) return "..." + std::string(name.substr(name.size() - 37));
    return std::string(name);
  }
  static int percent(const feed::ProgressEvent& e) { return e.total ? int(e.done * 100 / e.total) : 100; }

  void show_in_place(const feed::ProgressEvent& e) {
    auto now = std::chrono::steady_clock::now();
    if (e.done == e.total) return clear();
    if (shown_chars_ > 0 && now - last_shown_ < std::chrono::milliseconds(100)) return;
    last_shown_ = now;
    char line[160];
    int n = std::snprintf(line, sizeof line, "  %s %zu/%zu (%d %%) %s", label(e.phase).c_str(), e.done, e.total,
                          percent(e), short_name(e.name).c_str());
    size_t len = std::min(size_t(std::max(n, 0)), sizeof line - 1);
    std::fprintf(stderr, "\r%s%*s", line, int(shown_chars_ > len ? shown_chars_ - len : 0), "");
    std::fflush(stderr);
    shown_chars_ = std::max(shown_chars_, len);
  }
  void show_tenths(const feed::ProgressEvent& e) {
    if (e.total <= 20 || e.done == 0) return;
    if (e.done * 10 / e.total == (e.done - 1) * 10 / e.total) return;  // no new tenth with this item
    std::fprintf(stderr, "  %s %zu/%zu (%d %%)\n", label(e.phase).c_str(), e.done, e.total, percent(e));
    std::fflush(stderr);
  }

  bool tty_;
  size_t shown_chars_ = 0;
  std::chrono::steady_clock::time_point last_shown_{};
};

// Loads a secret key for signing, warning (once, on stderr) if other users can read the file.
feed::Result<feed::SecretKey> load_signing_key(const std::string& path) {
  auto key = feed::load_secret_key(path);
  if (!key) return key;
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0 && (st.st_mode & 077))
    std::fprintf(stderr, "kiosk-feed: warning: %s can be read by other users; run: chmod 600 %s\n", path.c_str(),
                 path.c_str());
  return key;
}

}  // namespace

int validate(const Args& args) {
  auto p = parse(args, {});
  if (p.help) return std::fputs(validate_help, stdout), exit_ok;
  if (!p.error.empty() || p.positional.size() != 1)
    return usage_error(validate_help, p.error.empty() ? "validate takes one folder" : p.error);
  const std::string& dir = p.positional[0];
  auto loaded = content::load_folder(dir);
  size_t errors = 0, warnings = 0;
  for (const auto& issue : loaded.issues.list) {
    std::printf("%s\n", issue.to_string().c_str());
    (issue.severity == content::Issue::Severity::error ? errors : warnings)++;
  }
  const auto& c = loaded.content;
  std::printf("%s: %zu goals, %zu countries, %zu places, %zu organisations, %zu networks, %zu programmes, %zu events\n",
              dir.c_str(), c.goals.size(), c.countries.size(), c.places.size(), c.organisations.size(),
              c.networks.size(), c.programmes.size(), c.events.size());
  if (errors == 0) {
    std::printf("no errors, %zu warnings: the kiosk can show this content\n", warnings);
    return exit_ok;
  }
  std::printf("%zu errors, %zu warnings: fix the errors; the kiosk would refuse this content\n", errors, warnings);
  return exit_rejected;
}

int keygen(const Args& args) {
  auto p = parse(args, {"--out"});
  if (p.help) return std::fputs(keygen_help, stdout), exit_ok;
  if (!p.error.empty() || !p.positional.empty() || !p.options.count("--out"))
    return usage_error(keygen_help, p.error.empty() ? "keygen needs --out DIR" : p.error);
  std::filesystem::path dir = p.options["--out"][0];
  auto key = feed::write_new_keypair(dir);
  if (!key) return failure(key.error());
  auto secret = dir / feed::secret_key_file_name;
  auto pub = dir / feed::public_key_file_name;
  std::printf(
      "New signing key %s.\n"
      "Public key (also in %s); add this line to the trusted keys of every kiosk's config:\n"
      "  %s\n"
      "Secret key: %s (readable only by you).\n"
      "Back it up now: copy it to two USB sticks or a password manager, and keep them apart from this\n"
      "PC. Without it nobody can publish to kiosks that trust only this key; with it anybody can. If\n"
      "it is lost or leaked, make a new key, add its public key to the kiosks, publish with it, and\n"
      "then remove the old public key from the kiosks.\n",
      key->key_id.c_str(), pub.c_str(), feed::public_key_line(*key).c_str(), secret.c_str());
  return exit_ok;
}

int build(const Args& args) {
  auto p = parse(args, {"--key", "--feed"}, {"--unsigned"});
  if (p.help) return std::fputs(build_help, stdout), exit_ok;
  bool unsigned_build = p.options.count("--unsigned") > 0;
  if (p.error.empty() && unsigned_build && p.options.count("--key"))
    p.error = "give either --key SECRET or --unsigned, not both";
  if (!p.error.empty() || p.positional.size() != 2 || (!p.options.count("--key") && !unsigned_build))
    return usage_error(build_help, !p.error.empty() ? p.error
                                                    : "build needs DIR, OUT and --key SECRET (or --unsigned, to sign "
                                                      "later with kiosk-feed sign)");
  const std::string& dir = p.positional[0];
  const std::string& out = p.positional[1];
  std::optional<feed::SecretKey> key;
  if (!unsigned_build) {
    auto loaded = load_signing_key(p.options["--key"][0]);
    if (!loaded) return failure(loaded.error());
    key = *loaded;
  }
  feed::BuildOptions options;
  if (p.options.count("--feed")) options.feed_id = p.options["--feed"][0];
  options.now_unix_s = static_cast<int64_t>(std::time(nullptr));
  ProgressLine progress;
  options.progress = progress.callback();
  std::printf("validating %s\n", dir.c_str());
  std::fflush(stdout);
  auto report = key ? feed::build_feed(dir, out, *key, options) : feed::build_unsigned_feed(dir, out, options);
  progress.clear();
  if (!report) return failure(report.error());
  const auto& m = report->manifest;
  std::printf("built feed \"%s\" sequence %llu (%s) in %s: the content document and %s; %s; %s\n", m.feed_id.c_str(),
              static_cast<unsigned long long>(m.sequence), m.created.c_str(), out.c_str(),
              count(m.images.size(), "image", "images").c_str(),
              blob_tally(report->blobs_written, report->bytes_written, "written", report->blobs_kept,
                         report->bytes_kept, "unchanged")
                  .c_str(),
              key ? ("signed with key " + report->key_id).c_str() : "NOT signed (--unsigned)");
  if (key)
    std::printf("next: kiosk-feed verify %s --trust PUBKEY, then kiosk-feed publish %s DEST\n", out.c_str(),
                out.c_str());
  else
    std::printf("next: on the PC with the key, kiosk-feed sign %s --key SECRET; then verify and publish\n",
                out.c_str());
  return exit_ok;
}

int sign(const Args& args) {
  auto p = parse(args, {"--key"});
  if (p.help) return std::fputs(sign_help, stdout), exit_ok;
  if (!p.error.empty() || p.positional.size() != 1 || !p.options.count("--key"))
    return usage_error(sign_help, !p.error.empty() ? p.error : "sign needs OUT and --key SECRET");
  const std::string& out = p.positional[0];
  auto key = load_signing_key(p.options["--key"][0]);
  if (!key) return failure(key.error());
  ProgressLine progress;
  auto r = feed::sign_feed(out, *key, progress.callback());
  progress.clear();
  if (!r) return failure(r.error());
  const auto& m = r->manifest;
  std::printf(
      "%s: feed \"%s\" sequence %llu (%s): the content document and %s checked, %s (%s) present and "
      "intact\n",
      out.c_str(), m.feed_id.c_str(), static_cast<unsigned long long>(m.sequence), m.created.c_str(),
      count(m.images.size(), "image", "images").c_str(), count(r->blobs_checked, "blob", "blobs").c_str(),
      human_bytes(r->bytes_checked).c_str());
  if (r->unchanged)
    std::printf("already signed with key %s; manifest.sig unchanged\n", r->key_id.c_str());
  else
    std::printf("signed with key %s%s\n", r->key_id.c_str(),
                r->replaced ? " (the earlier manifest.sig was replaced)" : "");
  std::printf("next: kiosk-feed verify %s --trust PUBKEY, then kiosk-feed publish %s DEST\n", out.c_str(), out.c_str());
  return exit_ok;
}

int verify(const Args& args) {
  auto p = parse(args, {"--trust"});
  if (p.help) return std::fputs(verify_help, stdout), exit_ok;
  if (!p.error.empty() || p.positional.size() != 1 || !p.options.count("--trust"))
    return usage_error(verify_help, !p.error.empty() ? p.error : "verify needs OUT and --trust PUBKEY");
  const std::string& out = p.positional[0];
  std::vector<feed::PublicKey> trusted;
  for (const auto& arg : p.options["--trust"]) {
    auto k = feed::load_public_key(arg);
    if (!k) return failure(k.error());
    trusted.push_back(*k);
  }
  std::error_code ec;
  if (fs::exists(fs::path(out) / feed::manifest_file_name, ec) &&
      !fs::exists(fs::path(out) / feed::signature_file_name, ec)) {
    std::fprintf(stderr,
                 "kiosk-feed: %s: REJECTED (not signed): there is no %s (built with --unsigned?); sign it first: "
                 "kiosk-feed sign %s --key SECRET\n",
                 out.c_str(), feed::signature_file_name, out.c_str());
    return exit_rejected;
  }
  ProgressLine progress;
  auto v = feed::verify_feed_dir(out, trusted, progress.callback());
  progress.clear();
  if (!v) {
    std::fprintf(stderr, "kiosk-feed: %s: REJECTED (%s)\n", out.c_str(), feed::to_string(v.error().code));
    return failure(v.error());
  }
  const auto& m = v->signed_manifest.manifest;
  auto blobs = feed::blobs_of(m);
  uint64_t bytes = 0;
  for (const auto& b : blobs) bytes += b.size;
  std::printf(
      "%s: good feed \"%s\" sequence %llu (%s), signed by key %s; the content document and %s: %s (%s) present "
      "and intact; %zu organisations, %zu events\n",
      out.c_str(), m.feed_id.c_str(), static_cast<unsigned long long>(m.sequence), m.created.c_str(),
      v->signed_manifest.key_id.c_str(), count(m.images.size(), "image", "images").c_str(),
      count(blobs.size(), "blob", "blobs").c_str(), human_bytes(bytes).c_str(), v->content.organisations.size(),
      v->content.events.size());
  return exit_ok;
}

int publish(const Args& args) {
  auto p = parse(args, {});
  if (p.help) return std::fputs(publish_help, stdout), exit_ok;
  if (!p.error.empty() || p.positional.size() != 2)
    return usage_error(publish_help, !p.error.empty() ? p.error : "publish needs OUT and DEST");
  const std::string& dest = p.positional[1];
  ProgressLine progress;
  auto r = feed::publish_feed(p.positional[0], dest, progress.callback());
  progress.clear();
  if (!r) return failure(r.error());
  auto sequence = static_cast<unsigned long long>(r->manifest.sequence);
  std::string kept = count(r->blobs_kept, "blob", "blobs") + " (" + human_bytes(r->bytes_kept) + ")";
  if (r->signature_replaced)
    std::printf("%s already has sequence %llu, %s checked; replaced its manifest.sig with the new signature\n",
                dest.c_str(), sequence, kept.c_str());
  else if (r->already_published)
    std::printf("%s already has sequence %llu; nothing to do, %s checked\n", dest.c_str(), sequence, kept.c_str());
  else
    std::printf(
        "published sequence %llu to %s: %s; manifest written last\n", sequence, dest.c_str(),
        blob_tally(r->blobs_copied, r->bytes_copied, "copied", r->blobs_kept, r->bytes_kept, "already there").c_str());
  return exit_ok;
}

int preview(const Args& args) {
  auto dashes = std::find(args.begin(), args.end(), "--");
  Args kiosk_args(dashes == args.end() ? dashes : dashes + 1, args.end());
  auto p = parse(Args(args.begin(), dashes), {"--kiosk"});
  if (p.help) return std::fputs(preview_help, stdout), exit_ok;
  for (const auto& a : kiosk_args)
    if (p.error.empty() && (a == "--data" || a == "--content"))
      p.error = a + " after -- : preview sets it itself (" +
                (a == "--data" ? "a temporary folder" : "the content folder DIR") + "); leave it out";
  if (!p.error.empty() || p.positional.size() != 1)
    return usage_error(preview_help, !p.error.empty() ? p.error : "preview takes one content folder");
  const std::string& dir = p.positional[0];

  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    std::fprintf(stderr, "kiosk-feed: %s: not a folder\n", dir.c_str());
    return exit_io;
  }
  auto loaded = content::load_folder(dir);
  if (loaded.issues.has_errors()) {
    for (const auto& issue : loaded.issues.list)
      if (issue.severity == content::Issue::Severity::error) std::fprintf(stderr, "%s\n", issue.to_string().c_str());
    std::fprintf(stderr, "kiosk-feed: %s has %zu errors; nothing started (the kiosk would refuse this content)\n",
                 dir.c_str(), loaded.issues.error_count());
    return exit_rejected;
  }
  size_t warnings = loaded.issues.list.size();
  if (warnings > 0)
    std::printf("%s: %s (see kiosk-feed validate %s)\n", dir.c_str(), count(warnings, "warning", "warnings").c_str(),
                dir.c_str());

  auto kiosk = find_kiosk_binary(p.options.count("--kiosk") ? p.options["--kiosk"][0] : "", own_folder());
  if (kiosk.path.find('/') != std::string::npos && !is_executable_file(kiosk.path)) {
    std::fprintf(stderr, "kiosk-feed: %s (from %s) is not a program that can be run; nothing started\n",
                 kiosk.path.c_str(), kiosk.found_by.c_str());
    return exit_io;
  }
  auto tmp = TempFolder::make("kiosk-preview-");
  if (!tmp) return failure(tmp.error());
  fs::path config = tmp->path() / "kiosk.toml";
  fs::path data = tmp->path() / "data";
  if (auto st =
          feed::write_file_atomic(config, "# kiosk-feed preview: no settings, so /etc/deventer-kiosk is not read\n");
      !st)
    return failure(st.error());
  std::vector<std::string> argv = {kiosk.path, "--windowed",  "--config",  config.string(),
                                   "--data",   data.string(), "--content", fs::absolute(dir, ec).string()};
  argv.insert(argv.end(), kiosk_args.begin(), kiosk_args.end());  // after ours: a second --config wins
  std::printf(
      "previewing %s in %s (temporary data in %s, removed afterwards); close its window or press "
      "Ctrl+C to stop\n",
      dir.c_str(), kiosk.path.c_str(), tmp->path().c_str());
  std::fflush(stdout);

  auto status = run_and_wait(argv);
  auto removed = tmp->remove();
  if (!removed) std::fprintf(stderr, "kiosk-feed: warning: %s\n", removed.error().message.c_str());
  if (!status) {
    std::fprintf(stderr, "kiosk-feed: the kiosk (from %s): %s\n", kiosk.found_by.c_str(),
                 status.error().message.c_str());
    if (status.error().code == feed::ErrorCode::missing)
      std::fprintf(stderr, "kiosk-feed: give the kiosk program with --kiosk PATH or %s=PATH\n", kiosk_binary_env);
    return exit_io;
  }
  if (*status != 0)
    std::fprintf(stderr, "kiosk-feed: the kiosk ended with exit status %d\n", *status);
  else
    std::printf("preview ended; its temporary data was removed\n");
  return *status;
}

}  // namespace feed_tool
