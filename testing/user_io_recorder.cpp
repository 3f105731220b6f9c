#include "user_io_recorder.h"

#include <gtest/gtest.h>

namespace kmdftesting {

ntos::UserIoCompletion UserIoRecorder::recordInto(ntos::UserIoTag tag, std::function<std::string()> snapshot) {
    return [this, tag, snapshot = std::move(snapshot)](ntos::UserIoResult result) {
        IoResult recorded{result.status, result.information, std::move(result.output), snapshot ? snapshot() : ""};
        ntos::platform::LockGuard guard(mutex_);
        results_[tag] = std::move(recorded);
    };
}

bool UserIoRecorder::completed(ntos::UserIoTag tag) {
    ntos::platform::LockGuard guard(mutex_);
    return results_.count(tag) != 0;
}

IoResult UserIoRecorder::waitFor(ntos::UserIoTag tag, int timeoutMs) {
    for (int elapsed = 0; elapsed < timeoutMs; ++elapsed) {
        {
            ntos::platform::LockGuard guard(mutex_);
            auto it = results_.find(tag);
            if (it != results_.end()) return it->second;
        }
        ntos::platform::sleepFor100ns(10'000);  // 1 ms
    }
    ADD_FAILURE() << "no completion for tag " << tag;
    return {};
}

std::function<void(std::string_view)> LogCapture::sink() {
    return [this](std::string_view line) {
        ntos::platform::LockGuard guard(mutex_);
        lines_.emplace_back(line);
    };
}

std::vector<std::string> LogCapture::lines() {
    ntos::platform::LockGuard guard(mutex_);
    return lines_;
}

std::vector<std::string> LogCapture::linesStartingWith(std::string_view prefix) {
    ntos::platform::LockGuard guard(mutex_);
    std::vector<std::string> out;
    for (const std::string& line : lines_) {
        if (line.rfind(prefix, 0) == 0) out.push_back(line);
    }
    return out;
}

ntos::UserFileId openInterface(ntos::System& system, const GUID& interfaceClass, std::u16string suffix) {
    ntos::System::ThreadScope scope(system);
    auto links = system.userIo().interfaceList(interfaceClass, false);
    EXPECT_EQ(links.size(), 1u);
    if (links.size() != 1) return 0;
    ntos::UserOpenParams params;
    params.path = links[0] + suffix;
    ntos::UserFileId file = 0;
    EXPECT_EQ(system.userIo().open(params, &file), STATUS_SUCCESS);
    return file;
}

}  // namespace kmdftesting
