#include "host/host_log.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace kmdf::host {

namespace {
void writeAll(int fd, const std::string& text) {
    size_t done = 0;
    while (done < text.size()) {
        ssize_t n = write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return;
        done += static_cast<size_t>(n);
    }
}
}  // namespace

HostLog::~HostLog() {
    if (fileFd_ >= 0) close(fileFd_);
}

bool HostLog::openFile(const std::string& path, std::string* error) {
    fileFd_ = open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fileFd_ < 0) {
        *error = "cannot open log file " + path + ": " + std::strerror(errno);
        return false;
    }
    return true;
}

void HostLog::line(std::string_view text) {
    std::string out = "[kmdfhost] ";
    out.append(text);
    out.push_back('\n');
    writeAll(STDERR_FILENO, out);
    if (fileFd_ >= 0) writeAll(fileFd_, out);
}

}  // namespace kmdf::host
