// Helpers for content tests: a copy of the minimal fixture folder that a test may edit.
#pragma once

#include <fstream>
#include <nlohmann/json.hpp>

#include "temp_dir.hpp"

inline const std::filesystem::path fixtures_dir = KIOSK_TEST_FIXTURES;

struct ContentFolderCopy {
  TempDir dir;
  ContentFolderCopy(const std::string& fixture = "content/minimal") {
    std::filesystem::copy(fixtures_dir / fixture, dir.path, std::filesystem::copy_options::recursive);
  }
  nlohmann::json read(const std::string& file) const {
    std::ifstream in(dir / file);
    return nlohmann::json::parse(in);
  }
  void write(const std::string& file, const nlohmann::json& j) const { write_text(file, j.dump(2)); }
  void write_text(const std::string& file, const std::string& text) const {
    std::ofstream out(dir / file, std::ios::binary | std::ios::trunc);
    out << text;
  }
  // Sets (or with a null value removes) the field at a JSON pointer inside a file.
  void edit(const std::string& file, const std::string& pointer, const nlohmann::json& value) const {
    auto j = read(file);
    nlohmann::json::json_pointer p(pointer);
    if (value.is_null() && j[p.parent_pointer()].is_array())
      j[p.parent_pointer()].erase(std::stoul(p.back()));
    else if (value.is_null())
      j[p.parent_pointer()].erase(p.back());
    else
      j[p] = value;
    write(file, j);
  }
  std::filesystem::path path() const { return dir.path; }
};
