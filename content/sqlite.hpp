// A small RAII wrapper around SQLite: a connection, prepared statements, and errors that carry
// sqlite3_errmsg. The only file that includes sqlite3.h is sqlite.cpp.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "content/result.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace content {

class Statement {
 public:
  Statement& bind(int index, std::string_view text);
  Statement& bind(int index, int64_t value);
  Statement& bind(int index, double value);
  // true: a row is ready; false: done. Errors carry the database's message.
  Result<bool> step();
  Status run();  // step to completion, then reset for reuse
  void reset();
  std::string text(int column) const;
  int64_t integer(int column) const;
  double real(int column) const;

 private:
  friend class Database;
  struct Finalize {
    void operator()(sqlite3_stmt* s) const;
  };
  Statement(sqlite3_stmt* s, sqlite3* db) : stmt_(s), db_(db) {}
  std::unique_ptr<sqlite3_stmt, Finalize> stmt_;
  sqlite3* db_ = nullptr;
};

class Database {
 public:
  enum class Mode { read_write, read_only };
  static Result<Database> open(const std::string& path, Mode mode);

  Status exec(std::string_view sql);
  Result<Statement> prepare(std::string_view sql);
  Result<int64_t> query_int(std::string_view sql);  // first column of the first row
  std::string error_message() const;
  // Changes when another connection commits (PRAGMA data_version).
  int64_t data_version();

 private:
  struct Close {
    void operator()(sqlite3* db) const;
  };
  explicit Database(sqlite3* db) : db_(db) {}
  std::unique_ptr<sqlite3, Close> db_;
};

}  // namespace content
