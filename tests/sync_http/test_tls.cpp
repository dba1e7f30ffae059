// https feeds: the real kiosk-sync against nginx serving the feed over TLS on 127.0.0.1, with
// certificates made by the test (openssl). A certificate kiosk-sync cannot verify (self-signed,
// or issued for another host name) fails the sync with curl's reason and keeps the content; with
// the certificate's CA in [sync] ca_file, it syncs. Verification is never switched off, and a
// redirect to plain http is refused.
#include <cstdlib>

#include "sync/status.hpp"
#include "sync_http/nginx_server.hpp"
#include "sync_http/sync_run.hpp"

namespace {

struct Certificate {
  fs::path cert, key;
};

// A self-signed certificate (P-256, valid 2 days) for subjectAltName `san`, e.g. "IP:127.0.0.1".
Certificate make_certificate(const fs::path& dir, const std::string& name, const std::string& san) {
  Certificate c{dir / (name + ".pem"), dir / (name + ".key")};
  fs::path log = dir / (name + ".log");
  std::string cmd = "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj '/CN=" +
                    name + "' -addext 'subjectAltName=" + san + "' -keyout '" + c.key.string() + "' -out '" +
                    c.cert.string() + "' >'" + log.string() + "' 2>&1";
  int status = std::system(cmd.c_str());
  INFO("openssl (Debian package openssl; cmake/setup.sh test installs it): " << slurp(log));
  REQUIRE(status == 0);
  return c;
}

// nginx serving `root` over http and https with `cert`.
NginxServer start_nginx(const fs::path& root, const Certificate& cert) {
  std::string why;
  NginxTls tls{cert.cert, cert.key};
  auto nginx = NginxServer::start(root, why, "/usr/sbin/nginx", &tls);
  INFO(why);
  REQUIRE(nginx);
  return std::move(*nginx);
}

fs::path config_with_ca(const fs::path& dir, const std::string& url, const feed::PublicKey& key,
                        const std::string& ca_file) {
  fs::path path = write_sync_config(dir, url, key);
  if (!ca_file.empty()) spit(path, slurp(path) + "ca_file = \"" + ca_file + "\"\n");
  return path;
}

}  // namespace

TEST_CASE("https: a certificate kiosk-sync cannot verify fails the sync with the reason; with its CA in ca_file it syncs") {
  TempDir certs;
  Certificate right = make_certificate(certs.path, "kiosk-feed-test", "IP:127.0.0.1");
  Certificate other_host = make_certificate(certs.path, "feed.example", "DNS:feed.example");
  std::optional<NginxServer> nginx;
  KioskWithOldContent k([&](const BuiltFeed& f) {
    nginx.emplace(start_nginx(f.dir.path, right));
    return nginx->url("feed/");  // the old content, over http
  });
  const std::string url = nginx->https_url("feed/");
  const fs::path data = k.kiosk.path();
  std::string log;

  // Self-signed, and nothing configured to trust it.
  fs::path config = config_with_ca(certs.path, url, k.f.trusted[0], "");
  CHECK(run_kiosk_sync(config, data, log) == 3);  // failed, try again later
  INFO(log);
  CHECK_THAT(log, Catch::Contains("SSL certificate problem: self-signed certificate"));
  CHECK_THAT(feed::read_status(data).error, Catch::Contains("SSL certificate problem"));
  k.require_old_content();

  // A CA file that does not exist is named in the error.
  config = config_with_ca(certs.path, url, k.f.trusted[0], (certs.path / "missing.pem").string());
  CHECK(run_kiosk_sync(config, data, log) == 3);
  CHECK_THAT(log, Catch::Contains("missing.pem"));
  k.require_old_content();

  // Trusted, but issued for another host name: the name is checked too.
  NginxServer other = start_nginx(k.f.dir.path, other_host);
  config = config_with_ca(certs.path, other.https_url("feed/"), k.f.trusted[0], other_host.cert.string());
  CHECK(run_kiosk_sync(config, data, log) == 3);
  CHECK_THAT(log, Catch::Contains("no alternative certificate subject name matches target host name '127.0.0.1'"));
  k.require_old_content();

  // A redirect from the https feed to plain http is not followed: that would drop TLS.
  config = config_with_ca(certs.path, nginx->https_url("to-http/feed/"), k.f.trusted[0], right.cert.string());
  CHECK(run_kiosk_sync(config, data, log) == 3);
  CHECK_THAT(log, Catch::Contains("redirect") && Catch::Contains("http://"));
  k.require_old_content();

  // The right CA configured: applied.
  config = config_with_ca(certs.path, url, k.f.trusted[0], right.cert.string());
  CHECK(run_kiosk_sync(config, data, log) == 0);
  CHECK(k.kiosk.sequence() == int64_t(k.f.manifest.sequence));
  CHECK(feed::read_status(data).result == "applied");
}
