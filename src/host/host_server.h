// The host: boots the System with the configured root devices, listens on the socket,
// runs one ClientConnection per client, and stops in order on SIGINT/SIGTERM or a
// client's shutdown request.
#pragma once

#include "host/device_config_file.h"
#include "host/host_log.h"
#include "host/host_options.h"

#include <memory>
#include <string>
#include <vector>

namespace ntos {
class System;
}

namespace kmdf::host {

class ClientConnection;

class HostServer {
public:
    HostServer(HostOptions options, HostLog& log);
    ~HostServer();
    HostServer(const HostServer&) = delete;
    HostServer& operator=(const HostServer&) = delete;

    // Boots, serves until asked to stop, shuts down. Returns the exit status:
    // 0 clean, 1 a driver leaked or the host failed.
    int run(const HostConfig& config);

private:
    bool listen(std::string* error);
    int serve();
    int stop();
    void requestShutdown(std::shared_ptr<ClientConnection> requester, uint64_t requestId);
    void reapFinishedConnections();

    HostOptions options_;
    HostLog& log_;
    std::unique_ptr<ntos::System> system_;
    int listenFd_ = -1;
    int signalFd_ = -1;
    int stopPipe_[2] = {-1, -1};      // readable once the host stops: wakes client readers
    int shutdownPipe_[2] = {-1, -1};  // a client asked for shutdown: wakes serve()
    std::vector<std::shared_ptr<ClientConnection>> connections_;
    std::shared_ptr<ClientConnection> shutdownRequester_;
    uint64_t shutdownRequestId_ = 0;
    uint64_t nextConnectionId_ = 1;
};

// main() of kmdfhost.
int runHost(int argc, char** argv);

}  // namespace kmdf::host
