// Names of the sync library's error codes, for logs and the status file.
#include "sync/result.hpp"

namespace feed {

const char* to_string(ErrorCode code) {
  switch (code) {
    case ErrorCode::usage:
      return "usage";
    case ErrorCode::io:
      return "io";
    case ErrorCode::parse:
      return "parse";
    case ErrorCode::invalid:
      return "invalid";
    case ErrorCode::too_large:
      return "too_large";
    case ErrorCode::bad_signature:
      return "bad_signature";
    case ErrorCode::unknown_key:
      return "unknown_key";
    case ErrorCode::missing:
      return "missing";
    case ErrorCode::corrupt:
      return "corrupt";
    case ErrorCode::rollback:
      return "rollback";
    case ErrorCode::content:
      return "content";
    case ErrorCode::network:
      return "network";
  }
  return "unknown";
}

}  // namespace feed
