// The nginx.conf of the test nginx; see nginx_config.hpp.
#include "sync_http/nginx_config.hpp"

#include "sync_http/nginx_access_log.hpp"

std::string nginx_config(const std::filesystem::path& dir, const std::filesystem::path& root, int port,
                         const NginxTls* tls, int tls_port) {
  auto in_dir = [&](const char* name) { return "\"" + (dir / name).string() + "\""; };
  std::string c;
  // Single process, in the foreground: its pid is our child's, and SIGTERM stops all of it.
  c += "daemon off;\nmaster_process off;\n";
  c += "pid " + in_dir("nginx.pid") + ";\nerror_log " + in_dir("error.log") + " info;\n";
  c += "events { worker_connections 256; }\n";
  c += "http {\n";
  // Not /etc/nginx/mime.types: the suite depends on nginx's binary only.
  c += "  types { application/json json; text/plain txt; text/html html; image/png png; image/jpeg jpg jpeg; }\n";
  c += "  default_type application/octet-stream;\n";
  c += "  sendfile on;\n  etag on;\n  keepalive_timeout 75s;\n";
  c += "  log_format sync_test escape=default " + std::string(access_log_format) + ";\n";
  // No buffer=: each line is written whole with one write() when its request ends.
  c += "  access_log " + in_dir("access.log") + " sync_test;\n";
  // Each defaults to /var/lib/nginx/..., which nginx creates at start-up and only root may write.
  for (const char* temp : {"client_body", "proxy", "fastcgi", "uwsgi", "scgi"})
    c += "  " + std::string(temp) + "_temp_path " + in_dir((std::string(temp) + "_temp").c_str()) + ";\n";
  c += "  server {\n";
  c += "    listen 127.0.0.1:" + std::to_string(port) + ";\n";
  if (tls) {
    c += "    listen 127.0.0.1:" + std::to_string(tls_port) + " ssl;\n";
    c += "    ssl_certificate \"" + tls->certificate.string() + "\";\n";
    c += "    ssl_certificate_key \"" + tls->key.string() + "\";\n";
  }
  c += "    root \"" + root.string() + "\";\n";
  c += "    location / { }\n";
  // ^~: a /fail500/ path fails even if it also matches the regex below.
  c += "    location ^~ /fail500/ { return 500; }\n";
  // /to-http/X redirects to plain http's /X: a downgrade an https feed must not follow.
  c += "    location ^~ /to-http/ { rewrite ^/to-http/(.*)$ http://127.0.0.1:" + std::to_string(port) + "/$1 redirect; }\n";
  c += "    location ~ /blobs/ { add_header Cache-Control \"public, max-age=31536000, immutable\"; }\n";
  c += "    location = " + std::string(nginx_barrier_path) + " { access_log off; return 204; }\n";
  c += "  }\n}\n";
  return c;
}
