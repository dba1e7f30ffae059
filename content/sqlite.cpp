// SQLite wrapper implementation.
#include "content/sqlite.hpp"

#include <sqlite3.h>

namespace content {

void Statement::Finalize::operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
void Database::Close::operator()(sqlite3* db) const { sqlite3_close_v2(db); }

Statement& Statement::bind(int index, std::string_view text) {
  sqlite3_bind_text(stmt_.get(), index, text.data(), int(text.size()), SQLITE_TRANSIENT);
  return *this;
}
Statement& Statement::bind(int index, int64_t value) {
  sqlite3_bind_int64(stmt_.get(), index, value);
  return *this;
}
Statement& Statement::bind(int index, double value) {
  sqlite3_bind_double(stmt_.get(), index, value);
  return *this;
}

Result<bool> Statement::step() {
  int rc = sqlite3_step(stmt_.get());
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return Error{ErrorCode::database, sqlite3_errmsg(db_)};
}

Status Statement::run() {
  Result<bool> r = false;
  do r = step();
  while (r.ok() && r.value());
  reset();
  if (!r) return r.error();
  return Ok{};
}

void Statement::reset() {
  sqlite3_reset(stmt_.get());
  sqlite3_clear_bindings(stmt_.get());
}

std::string Statement::text(int column) const {
  auto p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_.get(), column));
  return p ? std::string(p, size_t(sqlite3_column_bytes(stmt_.get(), column))) : std::string();
}
int64_t Statement::integer(int column) const { return sqlite3_column_int64(stmt_.get(), column); }
double Statement::real(int column) const { return sqlite3_column_double(stmt_.get(), column); }

Result<Database> Database::open(const std::string& path, Mode mode) {
  sqlite3* raw = nullptr;
  int flags = mode == Mode::read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  int rc = sqlite3_open_v2(path.c_str(), &raw, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  Database db(raw);
  if (rc != SQLITE_OK)
    return Error{ErrorCode::database, path + ": cannot open database: " + (raw ? sqlite3_errmsg(raw) : "out of memory")};
  sqlite3_busy_timeout(raw, 5000);
  sqlite3_extended_result_codes(raw, 1);
  return db;
}

Status Database::exec(std::string_view sql) {
  std::string s(sql);
  char* msg = nullptr;
  if (sqlite3_exec(db_.get(), s.c_str(), nullptr, nullptr, &msg) != SQLITE_OK) {
    std::string why = msg ? msg : sqlite3_errmsg(db_.get());
    sqlite3_free(msg);
    return Error{ErrorCode::database, why};
  }
  return Ok{};
}

Result<Statement> Database::prepare(std::string_view sql) {
  sqlite3_stmt* s = nullptr;
  if (sqlite3_prepare_v2(db_.get(), sql.data(), int(sql.size()), &s, nullptr) != SQLITE_OK)
    return Error{ErrorCode::database, sqlite3_errmsg(db_.get())};
  return Statement(s, db_.get());
}

Result<int64_t> Database::query_int(std::string_view sql) {
  auto st = prepare(sql);
  if (!st) return st.error();
  auto row = st->step();
  if (!row) return row.error();
  if (!*row) return Error{ErrorCode::not_found, "no row for: " + std::string(sql)};
  return st->integer(0);
}

std::string Database::error_message() const { return sqlite3_errmsg(db_.get()); }

int64_t Database::data_version() {
  auto v = query_int("PRAGMA data_version");
  return v ? *v : -1;
}

}  // namespace content
