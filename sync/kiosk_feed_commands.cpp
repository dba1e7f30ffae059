// kiosk-feed's subcommands: argument parsing, help texts and messages for editors. Everything they
// do is in the sync library.
#include "sync/kiosk_feed_commands.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <map>

#include "content/folder.hpp"
#include "sync/build.hpp"
#include "sync/keys.hpp"
#include "sync/publish.hpp"
#include "sync/verify.hpp"

namespace feed_tool {
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

Validates the content folder DIR (like `kiosk-feed validate`; nothing is built if it has errors),
then writes a signed feed into OUT (created if needed):
  OUT/blobs/<sha256>   the content document and every image the content uses
  OUT/manifest.sig     the signature of manifest.json by the key SECRET (a feed-signing.key)
  OUT/manifest.json    what this version of the content consists of
The sequence number is the build time in seconds, and always higher than that of a feed already
in OUT. Blobs already in OUT are kept, so build into the same folder every time.
--feed ID names the feed (default "deventer-internationaal").

Exit status: 0 built, 1 the content has errors, 2 usage errors, 3 files could not be read or written.
)";

constexpr const char* verify_help = R"(usage: kiosk-feed verify OUT --trust PUBKEY [PUBKEY...]

Checks the feed in OUT exactly as a kiosk will before showing it: the signature of manifest.json
by one of the trusted public keys (each a feed-signing.pub file or its "ed25519:..." line), every
blob present with the right size and SHA-256, and the content document valid.

Exit status: 0 the feed is good, 1 it was rejected (the reason is printed), 2 usage errors,
3 files could not be read.
)";

constexpr const char* publish_help = R"(usage: kiosk-feed publish OUT DEST

Copies the feed in OUT (made by `kiosk-feed build`) to the folder DEST: a web server's folder or a
mounted USB stick. Every file is checked on the way; blobs are copied first and manifest.json
last, so kiosks reading DEST meanwhile see the old feed or the new one, never a mix. A feed in
DEST with a higher sequence is never replaced. Unmount a USB stick before pulling it out.

Exit status: 0 published (or already there), 1 refused (the reason is printed), 2 usage errors,
3 files could not be read or written.
)";

// Options with one value each, except --trust which takes every value up to the next option.
struct Parsed {
  std::vector<std::string> positional;
  std::map<std::string, std::vector<std::string>> options;
  std::string error;
  bool help = false;
};

Parsed parse(const Args& args, std::initializer_list<const char*> known) {
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

// One line per item for small jobs, about every tenth for large ones, always the last.
feed::Progress progress_printer() {
  return [](const feed::ProgressEvent& e) {
    size_t step = e.total <= 20 ? 1 : e.total / 10;
    if (e.done % step == 0 || e.done == e.total)
      std::printf("  %s %zu/%zu %.*s\n", std::string(e.phase).c_str(), e.done, e.total, int(e.name.size()),
                  e.name.data());
    std::fflush(stdout);
  };
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
  auto p = parse(args, {"--key", "--feed"});
  if (p.help) return std::fputs(build_help, stdout), exit_ok;
  if (!p.error.empty() || p.positional.size() != 2 || !p.options.count("--key"))
    return usage_error(build_help, !p.error.empty() ? p.error : "build needs DIR, OUT and --key SECRET");
  std::string key_path = p.options["--key"][0];
  auto key = feed::load_secret_key(key_path);
  if (!key) return failure(key.error());
  struct stat st {};
  if (::stat(key_path.c_str(), &st) == 0 && (st.st_mode & 077))
    std::fprintf(stderr, "kiosk-feed: warning: %s can be read by other users; run: chmod 600 %s\n", key_path.c_str(),
                 key_path.c_str());
  feed::BuildOptions options;
  if (p.options.count("--feed")) options.feed_id = p.options["--feed"][0];
  options.now_unix_s = static_cast<int64_t>(std::time(nullptr));
  options.progress = progress_printer();
  std::printf("validating %s\n", p.positional[0].c_str());
  auto report = feed::build_feed(p.positional[0], p.positional[1], *key, options);
  if (!report) return failure(report.error());
  const auto& m = report->manifest;
  std::printf(
      "built feed \"%s\" sequence %llu (%s) in %s: content document and %zu images; %zu files written, "
      "%zu unchanged; signed with key %s\n",
      m.feed_id.c_str(), static_cast<unsigned long long>(m.sequence), m.created.c_str(), p.positional[1].c_str(),
      m.images.size(), report->blobs_written, report->blobs_kept, feed::public_key_of(*key).key_id.c_str());
  std::printf("next: kiosk-feed verify %s --trust PUBKEY, then kiosk-feed publish %s DEST\n", p.positional[1].c_str(),
              p.positional[1].c_str());
  return exit_ok;
}

int verify(const Args& args) {
  auto p = parse(args, {"--trust"});
  if (p.help) return std::fputs(verify_help, stdout), exit_ok;
  if (!p.error.empty() || p.positional.size() != 1 || !p.options.count("--trust"))
    return usage_error(verify_help, !p.error.empty() ? p.error : "verify needs OUT and --trust PUBKEY");
  std::vector<feed::PublicKey> trusted;
  for (const auto& arg : p.options["--trust"]) {
    auto k = feed::load_public_key(arg);
    if (!k) return failure(k.error());
    trusted.push_back(*k);
  }
  auto v = feed::verify_feed_dir(p.positional[0], trusted, progress_printer());
  if (!v) {
    std::fprintf(stderr, "kiosk-feed: %s: REJECTED (%s)\n", p.positional[0].c_str(), feed::to_string(v.error().code));
    return failure(v.error());
  }
  const auto& m = v->signed_manifest.manifest;
  std::printf(
      "%s: good feed \"%s\" sequence %llu (%s), signed by key %s; content document and %zu images "
      "present and intact; %zu organisations, %zu events\n",
      p.positional[0].c_str(), m.feed_id.c_str(), static_cast<unsigned long long>(m.sequence), m.created.c_str(),
      v->signed_manifest.key_id.c_str(), m.images.size(), v->content.organisations.size(), v->content.events.size());
  return exit_ok;
}

int publish(const Args& args) {
  auto p = parse(args, {});
  if (p.help) return std::fputs(publish_help, stdout), exit_ok;
  if (!p.error.empty() || p.positional.size() != 2)
    return usage_error(publish_help, !p.error.empty() ? p.error : "publish needs OUT and DEST");
  auto r = feed::publish_feed(p.positional[0], p.positional[1], progress_printer());
  if (!r) return failure(r.error());
  if (r->already_published)
    std::printf("%s already has sequence %llu; nothing to do (%zu files checked)\n", p.positional[1].c_str(),
                static_cast<unsigned long long>(r->manifest.sequence), r->blobs_kept);
  else
    std::printf("published sequence %llu to %s: %zu files copied, %zu already there; manifest written last\n",
                static_cast<unsigned long long>(r->manifest.sequence), p.positional[1].c_str(), r->blobs_copied,
                r->blobs_kept);
  return exit_ok;
}

}  // namespace feed_tool
