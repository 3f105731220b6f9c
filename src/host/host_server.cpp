#include "host/host_server.h"

#include "client/packet_socket.h"
#include "client/utf_conversion.h"
#include "host/client_connection.h"
#include "ntos/system.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace kmdf::host {

namespace {

std::string statusHex(NTSTATUS status) {
    char text[16];
    std::snprintf(text, sizeof(text), "0x%08X", static_cast<unsigned>(status));
    return text;
}

bool makeDirectories(const std::string& path, std::string* error) {
    std::string partial;
    size_t pos = 0;
    while (pos != std::string::npos) {
        pos = path.find('/', pos + 1);
        partial = path.substr(0, pos);
        if (partial.empty()) continue;
        if (mkdir(partial.c_str(), 0700) != 0 && errno != EEXIST) {
            *error = "cannot create directory " + partial + ": " + std::strerror(errno);
            return false;
        }
    }
    struct stat info {};
    if (stat(path.c_str(), &info) != 0 || !S_ISDIR(info.st_mode)) {
        *error = path + " is not a directory";
        return false;
    }
    return true;
}

// Serializes shutdown requests from client reader threads.
ntos::platform::Mutex& shutdownMutex() {
    static ntos::platform::Mutex mutex;
    return mutex;
}

}  // namespace

HostServer::HostServer(HostOptions options, HostLog& log) : options_(std::move(options)), log_(log) {}

HostServer::~HostServer() {
    connections_.clear();
    system_.reset();
    for (int fd : {listenFd_, signalFd_, stopPipe_[0], stopPipe_[1], shutdownPipe_[0], shutdownPipe_[1]}) {
        if (fd >= 0) close(fd);
    }
}

bool HostServer::listen(std::string* error) {
    const std::string& path = options_.socketPath;
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (path.size() >= sizeof(address.sun_path)) {
        *error = "socket path " + path + " is too long (at most " + std::to_string(sizeof(address.sun_path) - 1) +
                 " bytes)";
        return false;
    }
    std::memcpy(address.sun_path, path.c_str(), path.size() + 1);
    struct stat info {};
    if (lstat(path.c_str(), &info) == 0) {
        if (!S_ISSOCK(info.st_mode)) {
            *error = path + " exists and is not a socket; not replacing it";
            return false;
        }
        int probe = connectPacketSocket(path);
        if (probe >= 0) {
            close(probe);
            *error = "another kmdfhost is already serving on " + path;
            return false;
        }
        unlink(path.c_str());  // a stale socket of a host that is gone
        log_.line("removed the stale socket " + path);
    }
    listenFd_ = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
    if (listenFd_ < 0) {
        *error = std::string("cannot create a socket: ") + std::strerror(errno);
        return false;
    }
    if (bind(listenFd_, reinterpret_cast<const sockaddr*>(&address), sizeof(address)) != 0) {
        *error = "cannot bind " + path + ": " + std::strerror(errno);
        return false;
    }
    chmod(path.c_str(), 0600);  // clients of this user only, until access checks exist
    if (::listen(listenFd_, 64) != 0) {
        *error = "cannot listen on " + path + ": " + std::strerror(errno);
        return false;
    }
    return true;
}

void HostServer::requestShutdown(std::shared_ptr<ClientConnection> requester, uint64_t requestId) {
    ntos::platform::LockGuard lock(shutdownMutex());
    if (shutdownRequester_) {
        requester->queueReply(requestId, 0, STATUS_SUCCESS, 0, {});  // already shutting down
        return;
    }
    shutdownRequester_ = std::move(requester);
    shutdownRequestId_ = requestId;
    char byte = 1;
    [[maybe_unused]] auto written = write(shutdownPipe_[1], &byte, 1);
}

void HostServer::reapFinishedConnections() {
    std::erase_if(connections_, [](const std::shared_ptr<ClientConnection>& connection) {
        if (!connection->finished()) return false;
        connection->joinReader();
        connection->finish();
        return true;
    });
}

int HostServer::run(const HostConfig& hostConfig) {
    std::string error;
    if (pipe2(stopPipe_, O_CLOEXEC) != 0 || pipe2(shutdownPipe_, O_CLOEXEC) != 0) {
        log_.line(std::string("cannot create a pipe: ") + std::strerror(errno));
        return 1;
    }
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    signalFd_ = signalfd(-1, &signals, SFD_CLOEXEC);
    if (signalFd_ < 0) {
        log_.line(std::string("cannot create a signalfd: ") + std::strerror(errno));
        return 1;
    }
    if (!makeDirectories(options_.stateDir, &error) || !listen(&error)) {
        log_.line(error);
        std::fprintf(stderr, "kmdfhost: %s\n", error.c_str());
        return 1;
    }

    ntos::SystemConfig config;
    config.stateDir = options_.stateDir;
    config.logSink = [this](std::string_view line) { log_.line(line); };
    system_ = std::make_unique<ntos::System>(std::move(config));
    for (const auto& device : hostConfig.devices) {
        ntos::RootDeviceConfig root{utf8ToUtf16(device.hardwareId), utf8ToUtf16(device.instanceId),
                                    utf8ToUtf16(device.serviceName), device.driverImage, {}, device.canWake, {}};
        for (const auto& resource : device.resources) {
            using Kind = ntos::RootDeviceConfig::Resource::Kind;
            const Kind kind = resource.kind == DeviceEntry::Resource::Kind::Port     ? Kind::Port
                              : resource.kind == DeviceEntry::Resource::Kind::Memory ? Kind::Memory
                                                                                     : Kind::Interrupt;
            root.resources.push_back({kind, resource.start, static_cast<ULONG>(resource.length)});
        }
        for (const auto& filter : device.upperFilters) {
            root.upperFilters.push_back({utf8ToUtf16(filter.serviceName), filter.driverImage});
        }
        NTSTATUS status = system_->addRootDevice(std::move(root));
        if (!NT_SUCCESS(status)) {
            log_.line("config line " + std::to_string(device.line) + ": adding device " + device.hardwareId + "\\" +
                      device.instanceId + " failed with status " + statusHex(status));
            std::fprintf(stderr, "kmdfhost: cannot add device %s\\%s (status %s)\n", device.hardwareId.c_str(),
                         device.instanceId.c_str(), statusHex(status).c_str());
            unlink(options_.socketPath.c_str());
            return 1;
        }
    }
    for (const auto& binding : hostConfig.bindings) {
        system_->addDriverBinding({utf8ToUtf16(binding.id), utf8ToUtf16(binding.serviceName), binding.driverImage});
    }
    NTSTATUS status = system_->boot();
    if (!NT_SUCCESS(status)) {
        log_.line("boot failed with status " + statusHex(status));
        std::fprintf(stderr, "kmdfhost: boot failed with status %s\n", statusHex(status).c_str());
        system_->shutdown();
        unlink(options_.socketPath.c_str());
        return 1;
    }
    for (const auto& driver : hostConfig.drivers) {
        // A non-PnP driver that fails to load is reported; the host serves the others.
        status = system_->loadDriver({utf8ToUtf16(driver.serviceName), driver.driverImage});
        if (!NT_SUCCESS(status)) {
            log_.line("config line " + std::to_string(driver.line) + ": driver " + driver.serviceName +
                      " failed to load with status " + statusHex(status));
        }
    }
    log_.line("booted with " + std::to_string(hostConfig.devices.size()) + " root device(s) and " +
              std::to_string(hostConfig.drivers.size()) + " non-PnP driver(s); state in " + options_.stateDir);
    std::string ready = "kmdfhost: serving on " + options_.socketPath + "\n";
    [[maybe_unused]] auto written = write(STDERR_FILENO, ready.data(), ready.size());
    serve();
    return stop();
}

int HostServer::serve() {
    for (;;) {
        pollfd fds[3] = {{listenFd_, POLLIN, 0}, {signalFd_, POLLIN, 0}, {shutdownPipe_[0], POLLIN, 0}};
        int ready = poll(fds, 3, -1);
        if (ready < 0) {
            if (errno == EINTR) continue;
            log_.line(std::string("poll failed: ") + std::strerror(errno) + "; stopping");
            return 1;
        }
        if (fds[1].revents) {
            signalfd_siginfo info{};
            [[maybe_unused]] auto got = read(signalFd_, &info, sizeof(info));
            log_.line(std::string("received ") + (info.ssi_signo == SIGINT ? "SIGINT" : "SIGTERM") + "; stopping");
            return 0;
        }
        if (fds[2].revents) return 0;
        if (fds[0].revents) {
            int fd = accept4(listenFd_, nullptr, nullptr, SOCK_CLOEXEC);
            if (fd < 0) {
                if (errno != EINTR && errno != ECONNABORTED)
                    log_.line(std::string("accept failed: ") + std::strerror(errno));
                continue;
            }
            reapFinishedConnections();
            auto connection = std::make_shared<ClientConnection>(
                fd, nextConnectionId_++, *system_, log_, stopPipe_[0],
                [this](std::shared_ptr<ClientConnection> requester, uint64_t requestId) {
                    requestShutdown(std::move(requester), requestId);
                });
            connections_.push_back(connection);
            connection->start();
        }
    }
}

int HostServer::stop() {
    close(listenFd_);
    listenFd_ = -1;
    unlink(options_.socketPath.c_str());
    log_.line("shutting down: closing " + std::to_string(connections_.size()) + " client connection(s)");
    char byte = 1;
    [[maybe_unused]] auto written = write(stopPipe_[1], &byte, 1);
    for (auto& connection : connections_) connection->joinReader();

    system_->shutdown();
    int exitCode = 0;
    std::string report;
    for (const auto& unload : system_->unloadReports()) {
        std::string line = "driver " + utf16ToUtf8(unload.serviceName) + " unloaded: " +
                           std::to_string(unload.leakedPoolAllocations) + " leaked pool allocations, " +
                           std::to_string(unload.leakedFrameworkObjects) + " leaked framework objects";
        // The System already logged the report; the requester of the shutdown gets it too.
        report += line + "\n";
        for (const auto& detail : unload.details) report += "  " + detail + "\n";
        if (unload.leakedPoolAllocations != 0 || unload.leakedFrameworkObjects != 0) exitCode = 1;
    }
    {
        ntos::platform::LockGuard lock(shutdownMutex());
        if (shutdownRequester_) {
            std::vector<uint8_t> data(report.begin(), report.end());
            shutdownRequester_->queueReply(shutdownRequestId_, 0, STATUS_SUCCESS, static_cast<uint64_t>(exitCode),
                                           std::move(data));
            shutdownRequester_.reset();
        }
    }
    for (auto& connection : connections_) connection->finish();
    connections_.clear();
    log_.line(exitCode == 0 ? "stopped" : "stopped; a driver leaked (exit status 1)");
    return exitCode;
}

int runHost(int argc, char** argv) {
    HostOptions options;
    std::string error;
    if (!parseHostOptions(std::vector<std::string>(argv + 1, argv + argc), &options, &error)) {
        std::fprintf(stderr, "kmdfhost: %s (try kmdfhost --help)\n", error.c_str());
        return 2;
    }
    if (options.help) {
        std::fputs(hostUsage().c_str(), stdout);
        return 0;
    }
    if (options.seed != 0) {
        std::fprintf(stderr, "kmdfhost: deterministic mode (--seed %llu) is not implemented yet; "
                             "run without --seed or with --seed 0\n",
                     static_cast<unsigned long long>(options.seed));
        return 2;
    }
    // Before any thread exists, so that every thread inherits the mask and the signals
    // reach only the signalfd of the serve loop.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    HostConfig hostConfig;
    if (!options.configPath.empty() && !loadHostConfig(options.configPath, &hostConfig, &error)) {
        std::fprintf(stderr, "kmdfhost: %s\n", error.c_str());
        return 1;
    }
    HostLog log;
    if (!makeDirectories(options.stateDir, &error) || !log.openFile(options.stateDir + "/kmdfhost.log", &error)) {
        std::fprintf(stderr, "kmdfhost: %s\n", error.c_str());
        return 1;
    }
    log.line("starting: config " + (options.configPath.empty() ? std::string("(none)") : options.configPath) +
             ", socket " + options.socketPath + ", seed " + std::to_string(options.seed));
    HostServer server(options, log);
    return server.run(hostConfig);
}

}  // namespace kmdf::host
