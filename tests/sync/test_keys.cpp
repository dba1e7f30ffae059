// Keys: generation, the key files, the public key line, signing and verifying.
#include <sys/stat.h>

#include "sync/feed_fixture.hpp"
#include "sync/files.hpp"

TEST_CASE("keygen writes a 0600 secret key and a public key line that load back to the same key") {
  TempDir dir;
  auto pk = feed::write_new_keypair(dir / "keys");
  REQUIRE(pk);
  struct stat st {};
  REQUIRE(::stat((dir / "keys" / feed::secret_key_file_name).c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0600);
  auto sk = feed::load_secret_key(dir / "keys" / feed::secret_key_file_name);
  REQUIRE(sk);
  CHECK(feed::public_key_of(*sk) == *pk);
  auto from_file = feed::load_public_key((dir / "keys" / feed::public_key_file_name).string());
  REQUIRE(from_file);
  CHECK(*from_file == *pk);
  auto from_line = feed::load_public_key(feed::public_key_line(*pk));
  REQUIRE(from_line);
  CHECK(*from_line == *pk);
}

TEST_CASE("keygen never overwrites an existing secret key") {
  TempDir dir;
  REQUIRE(feed::write_new_keypair(dir.path));
  std::string before = slurp(dir / feed::secret_key_file_name);
  auto again = feed::write_new_keypair(dir.path);
  REQUIRE_FALSE(again);
  CHECK_THAT(again.error().message, Catch::Contains("never overwrites"));
  CHECK(slurp(dir / feed::secret_key_file_name) == before);
}

TEST_CASE("the key id is the first 8 bytes of the public key's SHA-256 in hex") {
  auto sk = feed::SecretKey::generate();
  auto pk = feed::public_key_of(sk);
  auto d = feed::sha256({pk.bytes.data(), pk.bytes.size()});
  CHECK(pk.key_id == feed::to_hex({d.data(), 8}));
  CHECK(pk.key_id.size() == 16);
}

TEST_CASE("a signature verifies with its key and not with another key or other bytes") {
  auto a = feed::SecretKey::generate();
  auto b = feed::SecretKey::generate();
  std::string msg = "manifest bytes";
  auto sig = a.sign(feed::as_bytes(msg));
  CHECK(feed::verify_signature(a.public_key(), feed::as_bytes(msg), sig));
  CHECK_FALSE(feed::verify_signature(b.public_key(), feed::as_bytes(msg), sig));
  CHECK_FALSE(feed::verify_signature(a.public_key(), feed::as_bytes("manifest bytez"), sig));
}

TEST_CASE("a public key line whose key id does not match its key is rejected") {
  auto a = feed::public_key_of(feed::SecretKey::generate());
  auto b = feed::public_key_of(feed::SecretKey::generate());
  std::string line = "ed25519:" + b.key_id + feed::public_key_line(a).substr(8 + 16);
  auto k = feed::parse_public_key(line);
  REQUIRE_FALSE(k);
  CHECK_THAT(k.error().message, Catch::Contains("does not match the key"));
  CHECK_FALSE(feed::parse_public_key("ed25519:zz:abc"));
  CHECK_FALSE(feed::parse_public_key("ssh-ed25519 AAAA"));
}

TEST_CASE("a damaged secret key file is rejected with the reason") {
  TempDir dir;
  REQUIRE(feed::write_new_keypair(dir.path));
  fs::path file = dir / feed::secret_key_file_name;
  std::string text = slurp(file);
  auto pos = text.find("ed25519-secret:") + 15 + 17 + 5;  // a character inside the base64 seed
  text[pos] = text[pos] == 'A' ? 'B' : 'A';
  spit(file, text);
  auto sk = feed::load_secret_key(file);
  REQUIRE_FALSE(sk);
  CHECK_THAT(sk.error().message, Catch::Contains(file.string()));
  spit(file, "# only a comment\n");
  CHECK_THAT(feed::load_secret_key(file).error().message, Catch::Contains("exactly one"));
}

TEST_CASE("hex and base64 round-trip and reject garbage") {
  std::string raw = "\x00\x01\xfe\xff kiosk";
  CHECK(feed::from_hex(feed::to_hex(feed::as_bytes(raw))) == raw);
  CHECK(feed::from_base64(feed::to_base64(feed::as_bytes(raw))) == raw);
  CHECK_FALSE(feed::from_hex("0g"));
  CHECK_FALSE(feed::from_hex("abc"));
  CHECK_FALSE(feed::from_base64("not base64!"));
  CHECK(feed::to_hex(feed::sha256(feed::as_bytes("abc"))) ==
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}
