// The sync HTTP test helpers themselves: the real nginx answers as production would (ETag and
// 304, Range and 206, a 500 fixture, an exact access log), and the cutting proxy relays whole
// responses on kept-alive connections and truly drops exactly the one it is told to.
#include <signal.h>
#include <sys/socket.h>

#include <catch2/catch.hpp>
#include <cerrno>
#include <chrono>
#include <fstream>
#include <random>
#include <thread>

#include "sync_http/curl_client.hpp"
#include "sync_http/cutting_proxy.hpp"
#include "sync_http/http_head.hpp"
#include "sync_http/http_stream.hpp"
#include "sync_http/nginx_server.hpp"
#include "temp_dir.hpp"

namespace fs = std::filesystem;

namespace {

// A folder with a small text file and a 300 KiB blob, served by a fresh nginx.
struct ServedFolder {
  TempDir dir;
  std::string hello = "hello from nginx\n";
  std::string blob;
  std::optional<NginxServer> nginx;

  ServedFolder() {
    std::mt19937 random(42);
    for (int i = 0; i < 300 * 1024; ++i) blob += static_cast<char>(random());
    fs::create_directories(dir / "blobs");
    std::ofstream(dir / "hello.txt", std::ios::binary) << hello;
    std::ofstream(dir / "blobs/b1", std::ios::binary) << blob;
    std::string why;
    nginx = NginxServer::start(dir.path, why);
    INFO(why);
    REQUIRE(nginx);
  }
};

// Reads one response whose body has a Content-Length (or none, for HEAD/304).
void read_response(HttpStream& s, std::string& head, std::string& body, bool has_body = true) {
  head.clear();
  body.clear();
  REQUIRE(s.read_head(head));
  if (has_body) REQUIRE(s.read_exact(content_length(head).value_or(0), body));
}

std::string get_request(const std::string& path, const std::string& extra = "") {
  return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra + "\r\n";
}

}  // namespace

TEST_CASE("nginx serves a file with an ETag and answers If-None-Match with that ETag with 304") {
  ServedFolder f;
  CurlClient curl;
  auto r = curl.get(f.nginx->url("hello.txt"));
  INFO(r.error);
  REQUIRE(r.ok);
  CHECK(r.status == 200);
  CHECK(r.body == f.hello);
  auto etag = header_value(r.head, "ETag");
  REQUIRE(etag);
  CHECK_FALSE(header_value(r.head, "Cache-Control"));

  auto same = curl.get(f.nginx->url("hello.txt"), {"If-None-Match: " + *etag});
  CHECK(same.status == 304);
  CHECK(same.body.empty());
  auto other = curl.get(f.nginx->url("hello.txt"), {"If-None-Match: \"not-it\""});
  CHECK(other.status == 200);
  CHECK(other.body == f.hello);
}

TEST_CASE("nginx answers a Range request with 206 and the rest of the file, and marks blobs immutable") {
  ServedFolder f;
  CurlClient curl;
  auto r = curl.get(f.nginx->url("/blobs/b1"), {"Range: bytes=1000-"});
  INFO(r.error);
  REQUIRE(r.ok);
  CHECK(r.status == 206);
  CHECK(r.body == f.blob.substr(1000));
  CHECK(header_value(r.head, "Content-Range") == "bytes 1000-307199/307200");
  CHECK(header_value(r.head, "Cache-Control") == "public, max-age=31536000, immutable");
}

TEST_CASE("nginx answers anything under /fail500/ with 500, and a missing file with 404") {
  ServedFolder f;
  CurlClient curl;
  CHECK(curl.get(f.nginx->url("fail500/")).status == 500);
  CHECK(curl.get(f.nginx->url("fail500/blobs/b1")).status == 500);
  CHECK(curl.get(f.nginx->url("missing.txt")).status == 404);
}

TEST_CASE("nginx's access log records each request with its status, bytes on the wire and User-Agent") {
  ServedFolder f;
  CurlClient curl;
  std::vector<CurlResponse> sent{curl.get(f.nginx->url("hello.txt"), {}, "kiosk-sync/0.1 (test)"),
                                 curl.get(f.nginx->url("blobs/b1"), {"Range: bytes=7-"}, "agent\twith \"tab\""),
                                 curl.get(f.nginx->url("fail500/x"))};
  auto log = f.nginx->access_log();
  REQUIRE(log.size() == 3);  // access_log's own request is not logged
  CHECK(log[0].request == "GET /hello.txt HTTP/1.1");
  CHECK(log[1].request == "GET /blobs/b1 HTTP/1.1");
  CHECK(log[2].request == "GET /fail500/x HTTP/1.1");
  CHECK(log[0].user_agent == "kiosk-sync/0.1 (test)");
  CHECK(log[1].user_agent == "agent\twith \"tab\"");
  CHECK(log[0].range.empty());
  CHECK(log[1].range == "bytes=7-");
  for (size_t i = 0; i < log.size(); ++i) {
    INFO("request " << i);
    CHECK(log[i].status == sent[i].status);
    CHECK(log[i].bytes_sent == sent[i].head.size() + sent[i].body.size());
    CHECK(log[i].body_bytes_sent == sent[i].body.size());
    CHECK(log[i].request_length == static_cast<size_t>(sent[i].request_bytes));
    CHECK(log[i].connection == log[0].connection);  // one kept-alive connection
  }
  CurlClient other;
  other.get(f.nginx->url("hello.txt"));
  CHECK(f.nginx->access_log().back().connection != log[0].connection);
}

TEST_CASE("nginx's access log has a request's line as soon as its client has the response") {
  ServedFolder f;
  CurlClient curl;
  for (size_t i = 1; i <= 50; ++i) {
    REQUIRE(curl.get(f.nginx->url("hello.txt")).ok);
    REQUIRE(f.nginx->access_log().size() == i);
  }
}

TEST_CASE("two nginx servers run side by side, and each stops and cleans up when it goes") {
  ServedFolder a, b;
  CHECK(a.nginx->port() != b.nginx->port());
  CHECK(a.nginx->url("/x") == "http://127.0.0.1:" + std::to_string(a.nginx->port()) + "/x");
  pid_t pid = a.nginx->pid();
  int port = a.nginx->port();
  fs::path work_dir = a.nginx->work_dir();
  CHECK(fs::exists(work_dir / "access.log"));

  std::optional<NginxServer> moved(std::move(*a.nginx));
  a.nginx.reset();  // the moved-from shell stops nothing
  CHECK(CurlClient().get(moved->url("hello.txt")).status == 200);

  moved.reset();
  CHECK(::kill(pid, 0) == -1);
  CHECK(errno == ESRCH);  // stopped and reaped, not a zombie
  CHECK_FALSE(connect_local(port));
  CHECK_FALSE(fs::exists(work_dir));
  CHECK(CurlClient().get(b.nginx->url("hello.txt")).status == 200);
}

TEST_CASE("starting nginx fails with a message that says what to do") {
  TempDir dir;
  std::string why;
  CHECK_FALSE(NginxServer::start(dir.path, why, "/nonexistent/nginx"));
  CHECK_THAT(why, Catch::Contains("install the Debian package nginx-light"));
  CHECK_FALSE(NginxServer::start(dir.path, why, "/bin/false"));
  CHECK_THAT(why, Catch::Contains("nginx exited with status 1") && Catch::Contains("error log ends"));
}

TEST_CASE("a file arrives whole through the proxy") {
  ServedFolder f;
  CuttingProxy proxy(f.nginx->port());
  CurlClient curl;
  auto r = curl.get(proxy.url("blobs/b1"));
  INFO(r.error);
  REQUIRE(r.ok);
  CHECK(r.status == 200);
  CHECK(r.body == f.blob);
  CHECK(proxy.requests() == 1);
  CHECK_THAT(proxy.request_heads().at(0), Catch::StartsWith("GET /blobs/b1 HTTP/1.1\r\n"));
  CHECK(proxy.cuts_fired() == 0);
}

TEST_CASE("a cut rule drops exactly one response mid-body, and the client can resume after it") {
  ServedFolder f;
  CuttingProxy proxy(f.nginx->port());
  proxy.cut_once("/nowhere/", 0);
  proxy.cut_once("/blobs/", 1000);
  CurlClient curl;

  auto cut = curl.get(proxy.url("blobs/b1"));
  CHECK(cut.partial);
  CHECK(cut.status == 200);
  CHECK(cut.body == f.blob.substr(0, 1000));
  CHECK(proxy.cuts_fired() == 1);

  auto resumed = curl.get(proxy.url("blobs/b1"), {"Range: bytes=1000-"});
  INFO(resumed.error);
  REQUIRE(resumed.ok);
  CHECK(resumed.status == 206);
  CHECK(cut.body + resumed.body == f.blob);
  CHECK(resumed.new_connections == 1);  // the cut connection was really closed
  CHECK_THAT(proxy.request_heads().back(), Catch::Contains("\r\nRange: bytes=1000-\r\n"));

  auto again = curl.get(proxy.url("blobs/b1"));
  CHECK(again.body == f.blob);  // the rule fired once
  CHECK(again.new_connections == 0);
  CHECK(proxy.requests() == 3);
  CHECK(proxy.connections() == 2);
  CHECK(proxy.cuts_fired() == 1);
}

TEST_CASE("a cut at 0 bytes sends the head only, and a cut on a 304 closes after it") {
  ServedFolder f;
  CuttingProxy proxy(f.nginx->port());
  CurlClient curl;
  auto etag = header_value(curl.get(proxy.url("hello.txt")).head, "ETag");
  REQUIRE(etag);
  proxy.cut_once("hello", 0);
  proxy.cut_once("hello", 0);
  auto headless = curl.get(proxy.url("hello.txt"));
  CHECK(headless.partial);
  CHECK(headless.status == 200);
  CHECK(headless.body.empty());
  auto not_modified = curl.get(proxy.url("hello.txt"), {"If-None-Match: " + *etag});
  CHECK(not_modified.ok);
  CHECK(not_modified.status == 304);
  CHECK(curl.get(proxy.url("hello.txt")).new_connections == 1);
  CHECK(proxy.connections() == 3);
}

TEST_CASE("requests on one kept-alive connection all pass through the proxy, bodiless answers too") {
  ServedFolder f;
  CuttingProxy proxy(f.nginx->port());
  HttpStream s(connect_local(proxy.port()), -1, 5000);
  std::string head, body;
  REQUIRE(s.send(get_request("/hello.txt")));
  read_response(s, head, body);
  CHECK(body == f.hello);
  std::string etag = header_value(head, "ETag").value_or("");

  REQUIRE(s.send("HEAD /blobs/b1 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
  read_response(s, head, body, false);
  CHECK(status_code(head) == 200);
  CHECK(content_length(head) == f.blob.size());
  REQUIRE(s.send(get_request("/hello.txt", "If-None-Match: " + etag + "\r\n")));
  read_response(s, head, body, false);
  CHECK(status_code(head) == 304);
  REQUIRE(s.send(get_request("/blobs/b1")));
  read_response(s, head, body);
  CHECK(body == f.blob);
  REQUIRE(s.send(get_request("/fail500/")));
  read_response(s, head, body);
  CHECK(status_code(head) == 500);
  CHECK(header_value(head, "Connection") == "close");  // nginx ends keep-alive after a 500
  CHECK(s.read_to_eof(body));                          // and the proxy passes that on

  CHECK(proxy.connections() == 1);
  CHECK(proxy.requests() == 5);
  auto log = f.nginx->access_log();
  REQUIRE(log.size() == 5);
  CHECK(log.front().connection == log.back().connection);  // and one upstream connection

  CurlClient curl;  // libcurl keeps its connection through the proxy as well
  CHECK(curl.get(proxy.url("hello.txt")).body == f.hello);
  auto second = curl.get(proxy.url("blobs/b1"));
  CHECK(second.body == f.blob);
  CHECK(second.new_connections == 0);
  CHECK(proxy.connections() == 2);
}

TEST_CASE("the proxy relays a response without Content-Length until upstream closes") {
  int upstream_port = 0;
  UniqueFd listener = listen_local(upstream_port);
  REQUIRE(listener);
  std::thread upstream([&] {
    if (!wait_ready(listener.get(), -1, 5000)) return;
    HttpStream s(UniqueFd(::accept(listener.get(), nullptr, nullptr)), -1, 5000);
    std::string head;
    if (s.read_head(head)) s.send("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nall of it, until the close");
    s.close();
  });
  CuttingProxy proxy(upstream_port);
  auto r = CurlClient().get(proxy.url("anything"));
  upstream.join();
  INFO(r.error);
  CHECK(r.ok);
  CHECK(r.body == "all of it, until the close");
}

TEST_CASE("the proxy's destructor closes idle and half-sent connections without hanging") {
  ServedFolder f;
  CurlClient curl;
  HttpStream half;
  auto start = std::chrono::steady_clock::now();
  {
    CuttingProxy proxy(f.nginx->port());
    REQUIRE(curl.get(proxy.url("hello.txt")).ok);  // curl keeps this connection open
    half = HttpStream(connect_local(proxy.port()), -1, 5000);
    REQUIRE(half.send("GET /hello.txt HTTP/1.1\r\n"));
    while (proxy.connections() < 2) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(2));
  std::string rest;
  CHECK(half.read_to_eof(rest));
  CHECK(rest.empty());
}
