// The nginx.conf of the test nginx (see nginx_server.hpp for what it serves). Every path nginx
// writes is inside `dir`, so it runs without root and beside other test nginx instances.
#pragma once

#include <filesystem>
#include <string>

// Paths must be absolute and free of '"', '\\' and '$' (nginx would read those as syntax).
std::string nginx_config(const std::filesystem::path& dir, const std::filesystem::path& root, int port);

// The location that NginxServer::access_log requests to know earlier lines are written.
inline constexpr const char* nginx_barrier_path = "/__nginx_server_barrier";
