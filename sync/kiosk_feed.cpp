// kiosk-feed: the editor's tool for the kiosk's content: check a content folder, preview it in the
// real kiosk, make a signing key, build and sign a feed, verify it, and publish it to a web
// server's folder or a USB stick.
// The work is done by the sync library; this file only dispatches (kiosk_feed_commands.cpp).
#include <cstdio>
#include <cstring>
#include <string>

#include "sync/kiosk_feed_commands.hpp"

namespace {

constexpr const char* usage = R"(usage: kiosk-feed COMMAND [ARGS]   (kiosk-feed COMMAND --help for details)

  validate DIR                   check a content folder and list every problem
  preview DIR [-- KIOSK-OPTS]    show a content folder in the kiosk, in a window (nothing installed
                                 is touched)
  keygen --out DIR               make a signing key pair (once per editor team)
  build DIR OUT --key SECRET     validate DIR, then write a signed feed into OUT
  build DIR OUT --unsigned       the same without signing, to sign where the key is kept
  sign OUT --key SECRET          sign a feed built --unsigned (or sign it again with a new key)
  verify OUT --trust PUBKEY...   check a feed as a kiosk would: signature, every file, the content
  publish OUT DEST               copy a signed feed to a web server's folder or a mounted USB stick

A typical update: edit the content folder, then
  kiosk-feed validate content/
  kiosk-feed preview content/
  kiosk-feed build content/ feed/ --key ~/kiosk-keys/feed-signing.key
  kiosk-feed verify feed/ --trust ~/kiosk-keys/feed-signing.pub
  kiosk-feed publish feed/ /var/www/kiosk-feed
With the key on another PC: build with --unsigned, copy feed/ there, run
  kiosk-feed sign feed/ --key feed-signing.key
copy feed/ back, then verify and publish. The feed format is described in docs/formats/feed.md.

Exit status: 0 success; 1 the content or feed was rejected (the reason is printed);
2 wrong arguments; 3 a file could not be read or written (preview: the kiosk's own status).
)";

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fputs(usage, stderr);
    return feed_tool::exit_usage;
  }
  std::string cmd = argv[1];
  if (cmd == "--help" || cmd == "-h" || cmd == "help") {
    std::fputs(usage, stdout);
    return feed_tool::exit_ok;
  }
  feed_tool::Args args(argv + 2, argv + argc);
  if (cmd == "validate") return feed_tool::validate(args);
  if (cmd == "keygen") return feed_tool::keygen(args);
  if (cmd == "build") return feed_tool::build(args);
  if (cmd == "sign") return feed_tool::sign(args);
  if (cmd == "verify") return feed_tool::verify(args);
  if (cmd == "publish") return feed_tool::publish(args);
  if (cmd == "preview") return feed_tool::preview(args);
  std::fprintf(stderr, "kiosk-feed: unknown command \"%s\"\n\n", cmd.c_str());
  std::fputs(usage, stderr);
  return feed_tool::exit_usage;
}
