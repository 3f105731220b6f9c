// A System with the kmdffile driver on ROOT\KMDFFILE\0000 and, when the test asks, a
// second instance of it (kmdffilefilter.sys) as an upper filter. The test opens both
// modules itself, so their logs and configuration outlive the System and each test
// starts from freshly loaded drivers.
#pragma once

#include <dlfcn.h>
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "kmdffile.h"
#include "ntos/io/user_io.h"
#include "ntos/platform/platform.h"
#include "ntos/system.h"

namespace kmdffile {

struct Completion {
    NTSTATUS status = STATUS_PENDING;
    ULONG_PTR information = 0;
};

// One loaded copy of the driver module.
class Module {
public:
    using SetConfigFn = void (*)(const KMDFFILE_CONFIG*);
    using ReadLogFn = ULONG (*)(char*, ULONG);

    explicit Module(const char* path) : path_(path) {
        handle_ = dlopen(path, RTLD_NOW | RTLD_LOCAL);
        EXPECT_NE(handle_, nullptr) << dlerror();
        if (handle_ == nullptr) return;
        setConfig_ = reinterpret_cast<SetConfigFn>(dlsym(handle_, "KmdfFileSetConfig"));
        readLog_ = reinterpret_cast<ReadLogFn>(dlsym(handle_, "KmdfFileReadLog"));
    }
    ~Module() {
        if (handle_ != nullptr) dlclose(handle_);
    }
    Module(const Module&) = delete;
    Module& operator=(const Module&) = delete;

    const char* path() const { return path_; }
    void setConfig(const KMDFFILE_CONFIG& config) { setConfig_(&config); }

    // The log lines that start with one of `prefixes` (all lines without prefixes).
    std::vector<std::string> lines(std::initializer_list<const char*> prefixes = {}) const {
        std::vector<char> buffer(64 * 1024);
        readLog_(buffer.data(), static_cast<ULONG>(buffer.size()));
        std::string log = buffer.data();
        std::vector<std::string> out;
        size_t start = 0;
        while (start < log.size()) {
            size_t end = log.find('\n', start);
            if (end == std::string::npos) end = log.size();
            std::string line = log.substr(start, end - start);
            bool keep = prefixes.size() == 0;
            for (const char* p : prefixes) keep = keep || line.rfind(p, 0) == 0;
            if (keep) out.push_back(line);
            start = end + 1;
        }
        return out;
    }

private:
    const char* path_;
    void* handle_ = nullptr;
    SetConfigFn setConfig_ = nullptr;
    ReadLogFn readLog_ = nullptr;
};

// The driver's defaults: a function driver with EvtDeviceFileCreate, EvtFileCleanup,
// EvtFileClose (file objects kept off FsContext) and a default queue.
inline KMDFFILE_CONFIG defaultConfig() {
    KMDFFILE_CONFIG c{};
    c.Filter = FALSE;
    c.SetFileObjectConfig = TRUE;
    c.EvtCreate = TRUE;
    c.EvtCleanupClose = TRUE;
    c.AutoForwardCleanupClose = WdfUseDefault;
    c.FileObjectClass = WdfFileObjectWdfCannotUseFsContexts;
    c.CreateStatus = STATUS_SUCCESS;
    c.CreateQueue = FALSE;
    c.DefaultQueue = TRUE;
    c.InCallerContext = FALSE;
    c.QueryRequestFileObject = FALSE;
    c.EnqueueFromIoRead = FALSE;
    c.BadFileConfigSize = FALSE;
    return c;
}

// The filter instance's defaults: a filter with no file configuration and no queue.
inline KMDFFILE_CONFIG filterConfig() {
    KMDFFILE_CONFIG c = defaultConfig();
    c.Filter = TRUE;
    c.SetFileObjectConfig = FALSE;
    c.EvtCreate = FALSE;
    c.EvtCleanupClose = FALSE;
    c.DefaultQueue = FALSE;
    return c;
}

class FileObjectTest : public ::testing::Test {
protected:
    KMDFFILE_CONFIG config = defaultConfig();
    KMDFFILE_CONFIG filter = filterConfig();

    void SetUp() override { function_ = std::make_unique<Module>(KMDFFILE_DRIVER_PATH); }

    // Every test ends with both drivers unloaded and nothing leaked: file objects, create
    // requests and their bookkeeping are all gone.
    void TearDown() override {
        if (system_) {
            if (!shutDown_) shutdown();
            auto reports = system_->unloadReports();
            EXPECT_EQ(reports.size(), filter_ ? 2u : 1u);
            for (const auto& report : reports) {
                EXPECT_EQ(report.leakedFrameworkObjects, 0u);
                for (const std::string& line : report.details) ADD_FAILURE() << line;
                EXPECT_EQ(report.leakedPoolAllocations, 0u);
            }
        }
        system_.reset();
        function_.reset();
        filter_.reset();
    }

    // Boots the System with `config` (and, with `withFilter`, the filter instance above it).
    NTSTATUS boot(bool withFilter = false) {
        function_->setConfig(config);
        ntos::RootDeviceConfig device{u"ROOT\\KMDFFILE", u"0000", u"kmdffile", KMDFFILE_DRIVER_PATH, {}};
        if (withFilter) {
            filter_ = std::make_unique<Module>(KMDFFILE_FILTER_PATH);
            filter_->setConfig(filter);
            device.upperFilters.push_back({u"kmdffilefilter", KMDFFILE_FILTER_PATH});
        }
        ntos::SystemConfig sc;
        sc.logSink = [this](std::string_view line) {
            ntos::platform::LockGuard guard(hostLogMutex_);
            hostLog_.emplace_back(line);
        };
        system_ = std::make_unique<ntos::System>(std::move(sc));
        EXPECT_EQ(system_->addRootDevice(std::move(device)), STATUS_SUCCESS);
        return system_->boot();
    }

    void shutdown() {
        {
            ntos::System::ThreadScope scope(*system_);
            for (auto& [id, open] : files_) {
                if (open) system_->userIo().close(id);
                open = false;
            }
        }
        system_->shutdown();
        shutDown_ = true;
    }

    // Opens the device interface followed by `suffix` (e.g. u"\\foo"); *status gets the
    // result. Returns the file id (0 on failure).
    ntos::UserFileId open(const std::u16string& suffix, NTSTATUS* status, ULONG createOptions = 0) {
        ntos::System::ThreadScope scope(*system_);
        GUID guid = GUID_DEVINTERFACE_KMDFFILE;
        auto links = system_->userIo().interfaceList(guid, false);
        EXPECT_EQ(links.size(), 1u);
        if (links.empty()) return 0;
        ntos::UserOpenParams params;
        params.path = links[0] + suffix;
        params.createOptions = createOptions;
        ntos::UserFileId id = 0;
        *status = system_->userIo().open(params, &id);
        if (NT_SUCCESS(*status)) files_[id] = true;
        return id;
    }

    ntos::UserFileId open(const std::u16string& suffix = u"") {
        NTSTATUS status = STATUS_UNSUCCESSFUL;
        ntos::UserFileId id = open(suffix, &status);
        EXPECT_EQ(status, STATUS_SUCCESS);
        return id;
    }

    void close(ntos::UserFileId file) {
        ntos::System::ThreadScope scope(*system_);
        EXPECT_EQ(system_->userIo().close(file), STATUS_SUCCESS);
        files_[file] = false;
    }

    // Whether a host log line (kernel and framework messages) contains `text`.
    bool hostLogContains(const std::string& text) {
        ntos::platform::LockGuard guard(hostLogMutex_);
        for (const std::string& line : hostLog_) {
            if (line.find(text) != std::string::npos) return true;
        }
        return false;
    }

    // Synchronous read / IOCTL (waits, bounded, for the completion).
    Completion read(ntos::UserFileId file, ULONG length) {
        auto done = std::make_shared<Slot>();
        {
            ntos::System::ThreadScope scope(*system_);
            system_->userIo().read(file, ++tag_, length, 0, recordInto(done));
        }
        return waitFor(done);
    }

    Completion ioctl(ntos::UserFileId file, ULONG code) {
        auto done = std::make_shared<Slot>();
        {
            ntos::System::ThreadScope scope(*system_);
            system_->userIo().deviceControl(file, ++tag_, code, std::vector<uint8_t>(4, 0x5a), 4, recordInto(done));
        }
        return waitFor(done);
    }

    // Waits (bounded) until `module`'s log has a line starting with `prefix`: IRP_MJ_CLOSE
    // may run on a system worker after the handle's close returned.
    bool waitForLine(const Module& module, const char* prefix) {
        for (int i = 0; i < 5000; ++i) {
            if (!module.lines({prefix}).empty()) return true;
            ntos::platform::sleepFor100ns(10'000);  // 1 ms
        }
        return false;
    }

    std::unique_ptr<ntos::System> system_;
    std::unique_ptr<Module> function_;
    std::unique_ptr<Module> filter_;
    bool shutDown_ = false;

private:
    struct Slot {
        ntos::platform::Mutex mutex;
        bool done = false;
        Completion completion;
    };

    ntos::UserIoCompletion recordInto(std::shared_ptr<Slot> slot) {
        return [slot](ntos::UserIoResult result) {
            ntos::platform::LockGuard guard(slot->mutex);
            slot->completion = Completion{result.status, result.information};
            slot->done = true;
        };
    }

    Completion waitFor(const std::shared_ptr<Slot>& slot) {
        for (int i = 0; i < 5000; ++i) {
            {
                ntos::platform::LockGuard guard(slot->mutex);
                if (slot->done) return slot->completion;
            }
            ntos::platform::sleepFor100ns(10'000);  // 1 ms
        }
        ADD_FAILURE() << "no completion";
        return {};
    }

    ntos::UserIoTag tag_ = 0;
    ntos::platform::Mutex hostLogMutex_;
    std::vector<std::string> hostLog_;
    std::map<ntos::UserFileId, bool> files_;
};

}  // namespace kmdffile
