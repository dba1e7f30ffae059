// Result type for everything that can fail at run time: a value, or an error with a code and a
// human message that says what, where and why. No exceptions cross module boundaries.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace content {

enum class ErrorCode { io, parse, invalid, database, not_found, corrupt };

struct Error {
  ErrorCode code = ErrorCode::invalid;
  std::string message;
};

template <class T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}
  Result(Error error) : v_(std::move(error)) {}

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() { return std::get<0>(v_); }
  const T& value() const { return std::get<0>(v_); }
  T& operator*() { return value(); }
  const T& operator*() const { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

// For operations that return nothing on success.
struct Ok {};
using Status = Result<Ok>;

}  // namespace content
