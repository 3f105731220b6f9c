// The host log: each line goes to stderr and to <state>/kmdfhost.log, prefixed
// "[kmdfhost] ". Thread: any, any IRQL (one write(2) per line, no buffering).
#pragma once

#include <string>
#include <string_view>

namespace kmdf::host {

class HostLog {
public:
    HostLog() = default;
    ~HostLog();
    HostLog(const HostLog&) = delete;
    HostLog& operator=(const HostLog&) = delete;

    // Opens (appends to) the log file; false with *error on failure.
    bool openFile(const std::string& path, std::string* error);
    void line(std::string_view text);

private:
    int fileFd_ = -1;
};

}  // namespace kmdf::host
