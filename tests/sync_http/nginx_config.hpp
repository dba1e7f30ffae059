// The nginx.conf of the test nginx (see nginx_server.hpp for what it serves). Every path nginx
// writes is inside `dir`, so it runs without root and beside other test nginx instances.
#pragma once

#include <filesystem>
#include <string>

// Paths must be absolute and free of '"', '\\' and '$' (nginx would read those as syntax).
// With tls_port, the same site is also served over https there, with this certificate and key.
struct NginxTls {
  std::filesystem::path certificate, key;  // PEM files
};
std::string nginx_config(const std::filesystem::path& dir, const std::filesystem::path& root, int port,
                         const NginxTls* tls = nullptr, int tls_port = 0);

// The location that NginxServer::access_log requests to know earlier lines are written.
inline constexpr const char* nginx_barrier_path = "/__nginx_server_barrier";
