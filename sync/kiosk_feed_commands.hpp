// The subcommands of kiosk-feed, each taking the arguments after its name and returning the exit
// status (see `kiosk-feed --help`).
#pragma once

#include <string>
#include <vector>

namespace feed_tool {

using Args = std::vector<std::string>;

enum Exit : int { exit_ok = 0, exit_rejected = 1, exit_usage = 2, exit_io = 3 };

int validate(const Args& args);
int keygen(const Args& args);
int build(const Args& args);
int sign(const Args& args);
int verify(const Args& args);
int publish(const Args& args);
int preview(const Args& args);  // the kiosk's exit status, or exit_rejected / exit_usage / exit_io

}  // namespace feed_tool
