// libkmdftest: helpers for tests that host drivers in-process. UserIoRecorder keeps the
// results of user I/O (ntos::UserIo) by tag and lets a test wait for one; LogCapture
// collects a System's log lines; openInterface opens a device by its interface class.
#pragma once

#include <ntddk.h>

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "ntos/io/user_io.h"
#include "ntos/platform/platform.h"
#include "ntos/system.h"

namespace kmdftesting {

struct IoResult {
    NTSTATUS status = STATUS_PENDING;
    ULONG_PTR information = 0;
    std::vector<uint8_t> output;
    std::string snapshot;  // what the snapshot function returned when the I/O completed
};

class UserIoRecorder {
public:
    // A completion that records its result under `tag`. `snapshot`, if given, runs inside
    // the completion (e.g. to capture a driver log at that moment). Thread: any.
    ntos::UserIoCompletion recordInto(ntos::UserIoTag tag, std::function<std::string()> snapshot = {});
    bool completed(ntos::UserIoTag tag);
    // Waits up to `timeoutMs` for the result of `tag`; a test failure if it never comes.
    IoResult waitFor(ntos::UserIoTag tag, int timeoutMs = 5000);

private:
    ntos::platform::Mutex mutex_;
    std::map<ntos::UserIoTag, IoResult> results_;
};

class LogCapture {
public:
    // A SystemConfig::logSink that keeps every line. The LogCapture must outlive the System.
    std::function<void(std::string_view)> sink();
    std::vector<std::string> lines();
    std::vector<std::string> linesStartingWith(std::string_view prefix);

private:
    ntos::platform::Mutex mutex_;
    std::vector<std::string> lines_;
};

// Opens the one enabled interface of `interfaceClass` (plus `suffix`, a file name) as a
// client would; a test failure and 0 when there is not exactly one. PASSIVE_LEVEL.
ntos::UserFileId openInterface(ntos::System& system, const GUID& interfaceClass, std::u16string suffix = {});

}  // namespace kmdftesting
