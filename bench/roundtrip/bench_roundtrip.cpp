// (3) Client round trip, measured in a separate client process (this one) against a
// host process it starts (bench_host: kmdfhost in-process with kmdfbench.sys on
// ROOT\KMDFBENCH\0000):
//   roundtrip/kmdf_ioctl0     a 0-byte DeviceIoControl through libkmdfclient, waiting
//                             for completion (the driver completes it inline)
//   roundtrip/raw_seqpacket   the baseline: a raw ping-pong between the same two
//                             processes over a SOCK_SEQPACKET Unix socket, with packets of
//                             the sizes the IOCTL's request and reply have on the wire
#include <benchmark/benchmark.h>

#include <windows.h>
#include <cfgmgr32.h>
#include <winioctl.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include "benchdefs.h"
#include "support/cpu_keep_awake.h"

#include <thread>

namespace {

// The IOCTL's packets: a 32-byte message header, then the 8-byte IOCTL part (request)
// or the 16-byte reply part (src/client/protocol.h).
constexpr size_t kRequestSize = 32 + 8;
constexpr size_t kReplySize = 32 + 16;

std::string workDir;
pid_t hostPid = -1;
HANDLE device = INVALID_HANDLE_VALUE;
int pingPongFd = -1;

[[noreturn]] void die(const std::string& what) {
    std::fprintf(stderr, "bench_roundtrip: %s\n", what.c_str());
    if (hostPid > 0) kill(hostPid, SIGKILL);
    std::exit(1);
}

void sleepMs(long ms) {
    timespec ts{ms / 1000, (ms % 1000) * 1000000};
    nanosleep(&ts, nullptr);
}

int connectTo(const std::string& path) {
    int fd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, path.c_str(), path.size() + 1);
    if (connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) != 0) {
        close(fd);
        return -1;
    }
    return fd;
}

void startHost() {
    char pattern[] = "/tmp/kmdfbench.XXXXXX";
    if (mkdtemp(pattern) == nullptr) die("mkdtemp failed");
    workDir = pattern;
    const std::string config = workDir + "/kmdfhost.conf";
    FILE* out = std::fopen(config.c_str(), "w");
    if (out == nullptr) die("cannot write " + config);
    std::fprintf(out, "device ROOT\\KMDFBENCH 0000 kmdfbench %s/kmdfbench.sys\n", BENCH_DRIVER_DIR);
    std::fclose(out);
    const std::string socketPath = workDir + "/kmdf.sock";
    const std::string pingPongPath = workDir + "/pingpong.sock";
    const std::string state = workDir + "/state";
    const std::string log = workDir + "/host.err";
    hostPid = fork();
    if (hostPid < 0) die("fork failed");
    if (hostPid == 0) {
        int err = open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (err >= 0) dup2(err, 2);
        execl(BENCH_HOST_PATH, BENCH_HOST_PATH, "--pingpong", pingPongPath.c_str(), "--config", config.c_str(),
              "--state", state.c_str(), "--socket", socketPath.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    setenv("KMDF_SOCKET", socketPath.c_str(), 1);
    for (int waited = 0;; waited += 100) {
        int status = 0;
        if (waitpid(hostPid, &status, WNOHANG) == hostPid) {
            hostPid = -1;
            die("bench_host exited before serving (see its log: " + log + ")");
        }
        int probe = connectTo(socketPath);
        if (probe >= 0) {
            close(probe);
            break;
        }
        if (waited > 30000) die("bench_host did not serve within 30 s");
        sleepMs(100);
    }
    pingPongFd = connectTo(pingPongPath);
    if (pingPongFd < 0) die("cannot connect to the ping-pong socket");
}

void openDevice() {
    GUID guid = BENCH_INTERFACE_GUID_INIT(BENCH_VARIANT_KMDF_PARALLEL);
    ULONG length = 0;
    for (int attempt = 0; attempt < 100; ++attempt) {
        if (CM_Get_Device_Interface_List_SizeW(&length, &guid, nullptr, CM_GET_DEVICE_INTERFACE_LIST_PRESENT) ==
                CR_SUCCESS &&
            length > 1) {
            break;
        }
        sleepMs(100);
    }
    std::vector<WCHAR> list(length + 1, 0);
    if (length <= 1 || CM_Get_Device_Interface_ListW(&guid, nullptr, list.data(), length,
                                                     CM_GET_DEVICE_INTERFACE_LIST_PRESENT) != CR_SUCCESS) {
        die("the kmdfbench device interface is not present");
    }
    device = CreateFileW(list.data(), GENERIC_READ | GENERIC_WRITE, 0, nullptr, OPEN_EXISTING, 0, nullptr);
    if (device == INVALID_HANDLE_VALUE) die("CreateFileW failed: " + std::to_string(GetLastError()));
}

void stopHost() {
    if (device != INVALID_HANDLE_VALUE) CloseHandle(device);
    if (pingPongFd >= 0) close(pingPongFd);
    if (hostPid > 0) {
        kill(hostPid, SIGTERM);
        int status = 0;
        waitpid(hostPid, &status, 0);
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            std::fprintf(stderr, "bench_roundtrip: bench_host ended with status %d (log kept in %s)\n", status,
                         workDir.c_str());
            return;
        }
    }
    std::string command = "rm -rf '" + workDir + "'";
    if (std::system(command.c_str()) != 0) std::fprintf(stderr, "bench_roundtrip: cannot remove %s\n", workDir.c_str());
}

void kmdfIoctl0(benchmark::State& state) {
    DWORD returned = 0;
    for (auto _ : state) {
        if (!DeviceIoControl(device, IOCTL_BENCH_PING, nullptr, 0, nullptr, 0, &returned, nullptr)) {
            state.SkipWithError("DeviceIoControl failed");
            break;
        }
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(kmdfIoctl0)->Name("roundtrip/kmdf_ioctl0")->UseRealTime()->Unit(benchmark::kMicrosecond);

void rawPingPong(benchmark::State& state) {
    char request[kRequestSize] = {};
    char reply[4096];
    for (auto _ : state) {
        if (send(pingPongFd, request, sizeof(request), MSG_NOSIGNAL) != static_cast<ssize_t>(sizeof(request)) ||
            recv(pingPongFd, reply, sizeof(reply), 0) != static_cast<ssize_t>(kReplySize)) {
            state.SkipWithError("ping-pong failed");
            break;
        }
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(rawPingPong)->Name("roundtrip/raw_seqpacket")->UseRealTime()->Unit(benchmark::kMicrosecond);

}  // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    startHost();
    openDevice();
    {
        // Both round trips wait for thread wake-ups: keep the CPUs from idling meanwhile.
        bench::CpuKeepAwake<std::thread> awake([](std::function<void()> body) { return std::thread(std::move(body)); });
        benchmark::RunSpecifiedBenchmarks();
    }
    benchmark::Shutdown();
    stopHost();
    return 0;
}
