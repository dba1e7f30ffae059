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

// A value or an error; E is the module's error type (content::Error here, feed::Error in sync).
template <class T, class E>
class BasicResult {
 public:
  BasicResult(T value) : v_(std::move(value)) {}
  BasicResult(E error) : v_(std::move(error)) {}

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() { return std::get<0>(v_); }
  const T& value() const { return std::get<0>(v_); }
  T& operator*() { return value(); }
  const T& operator*() const { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const E& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, E> v_;
};

template <class T>
using Result = BasicResult<T, Error>;

// For operations that return nothing on success.
struct Ok {};
using Status = Result<Ok>;

}  // namespace content
