// Result type of the sync library: a value, or an error whose code says what kind of failure it is
// (so the client can decide between "retry later" and "reject this feed") and whose message says
// what, where and why in words an editor or an administrator understands.
#pragma once

#include <string>
#include <utility>

#include "content/result.hpp"

namespace feed {

enum class ErrorCode {
  usage,          // bad arguments or options
  io,             // a file could not be read, written, synced or renamed
  parse,          // malformed JSON or key text
  invalid,        // well-formed, but breaks a rule of docs/formats/feed.md
  too_large,      // over a size limit
  bad_signature,  // the signature does not match the manifest bytes
  unknown_key,    // signed with a key that is not trusted
  missing,        // a file the feed needs is not there
  corrupt,        // a blob's size or SHA-256 differs from the manifest
  rollback,       // a lower sequence, or the same sequence with other bytes
  content,        // the content document fails validation
  network,        // the feed server could not be reached, failed, or cut the connection
};

const char* to_string(ErrorCode code);

struct Error {
  ErrorCode code = ErrorCode::invalid;
  std::string message;
};

template <class T>
using Result = content::BasicResult<T, Error>;

using content::Ok;
using Status = Result<Ok>;

inline Error make_error(ErrorCode code, std::string message) {
  return Error{code, std::move(message)};
}

}  // namespace feed
