// kmdfctl: control verbs for a running kmdfhost (modelled on devcon and pnputil).
#include "client/packet_socket.h"
#include "client/protocol.h"
#include "client/socket_path.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <poll.h>
#include <string>
#include <string_view>
#include <unistd.h>
#include <vector>

namespace {

using namespace kmdf;

constexpr int kReplyTimeoutMs = 120 * 1000;

// Verbs of the command-line contract that a later issue implements.
constexpr std::string_view kLaterVerbs[] = {"install", "add", "rescan", "wmi", "inspect", "log", "trace"};

// The verbs the host answers, with how many arguments each takes.
struct VerbShape {
    std::string_view verb;
    size_t arguments;
    std::string_view usage;
};
constexpr VerbShape kVerbs[] = {
    {"tree", 0, "tree"},
    {"status", 1, "status INSTANCE-PATH"},
    {"shutdown", 0, "shutdown"},
    {"remove", 1, "remove INSTANCE-PATH"},
    {"surprise-remove", 1, "surprise-remove INSTANCE-PATH"},
    {"rebalance", 1, "rebalance INSTANCE-PATH"},
    {"disable", 1, "disable INSTANCE-PATH"},
    {"enable", 1, "enable INSTANCE-PATH"},
    {"sleep", 1, "sleep S3|S4"},
    {"wake", 0, "wake"},
    {"idle", 1, "idle INSTANCE-PATH"},
    {"signal-wake", 1, "signal-wake INSTANCE-PATH"},
};

void printUsage(FILE* out) {
    std::fprintf(out,
                 "usage: kmdfctl [--socket PATH] VERB [ARGS...]\n"
                 "\n"
                 "Controls a running kmdfhost.\n"
                 "\n"
                 "verbs:\n"
                 "  tree                  print the device tree (instance path, service, PnP state)\n"
                 "  status INSTANCE       a device's PnP state, problem, driver stack with power states\n"
                 "                        and the framework's PnP state and last transitions\n"
                 "  remove INSTANCE       orderly removal of a device and its children (vetoed while\n"
                 "                        handles are open or when a driver fails the query)\n"
                 "  surprise-remove INSTANCE\n"
                 "                        the device is gone: IRP_MN_SURPRISE_REMOVAL now, removal\n"
                 "                        when its last handle closes\n"
                 "  rebalance INSTANCE    stop and restart a device (resource rebalance; a driver may veto)\n"
                 "  disable INSTANCE      remove a device's drivers but keep the device (as Device Manager)\n"
                 "  enable INSTANCE       start a disabled device again\n"
                 "  sleep S3|S4           system sleep or hibernation (a device may veto)\n"
                 "  wake                  back to S0\n"
                 "  idle INSTANCE         S0 idle now: the power policy owner powers the device down as\n"
                 "                        when its idle timeout expires (refused while it is busy)\n"
                 "  signal-wake INSTANCE  the device signals wake: a device armed in S0 idle returns to D0,\n"
                 "                        a sleeping system returns to S0 (devices with 'wake' in the config)\n"
                 "  shutdown              stop the host in order: close client handles, remove the\n"
                 "                        devices, unload the drivers and print their leak reports;\n"
                 "                        exits 1 if a driver leaked pool allocations or framework objects\n"
                 "  install, add, rescan, wmi, inspect, log, trace: not implemented yet\n"
                 "\n"
                 "options:\n"
                 "  --socket PATH  the host's socket (default: $KMDF_SOCKET, else\n"
                 "                 $XDG_RUNTIME_DIR/kmdf.sock, else /tmp/kmdf-$UID.sock)\n"
                 "  --help         print this text\n");
}

int usageError(const std::string& message) {
    std::fprintf(stderr, "kmdfctl: %s (try kmdfctl --help)\n", message.c_str());
    return 2;
}

std::string statusText(int32_t status) {
    char text[16];
    std::snprintf(text, sizeof(text), "0x%08X", static_cast<unsigned>(status));
    return text;
}

// Sends one Control request and waits for its reply. Returns the exit code.
int runVerb(const std::string& socketPath, const std::string& verb, const std::vector<std::string>& arguments) {
    int fd = connectPacketSocket(socketPath);
    if (fd < 0) {
        std::fprintf(stderr, "kmdfctl: cannot connect to %s: %s (is kmdfhost running?)\n", socketPath.c_str(),
                     std::strerror(errno));
        return 1;
    }
    protocol::Message request{1, 0, protocol::ControlRequest{verb, arguments}};
    auto packet = protocol::encodeMessage(request);
    if (packet.empty()) {
        close(fd);
        return usageError("the arguments are too long or contain an empty word");
    }
    if (!sendPacket(fd, packet)) {
        std::fprintf(stderr, "kmdfctl: cannot send to %s: %s\n", socketPath.c_str(), std::strerror(errno));
        close(fd);
        return 1;
    }
    pollfd waitFor{fd, POLLIN, 0};
    int ready;
    do {
        ready = poll(&waitFor, 1, kReplyTimeoutMs);
    } while (ready < 0 && errno == EINTR);
    if (ready == 0) {
        std::fprintf(stderr, "kmdfctl: kmdfhost at %s did not answer '%s' within %d s\n", socketPath.c_str(),
                     verb.c_str(), kReplyTimeoutMs / 1000);
        close(fd);
        return 1;
    }
    std::vector<uint8_t> buffer;
    int64_t length = receivePacket(fd, buffer);
    close(fd);
    if (length <= 0) {
        std::fprintf(stderr, "kmdfctl: kmdfhost at %s closed the connection without answering '%s'\n",
                     socketPath.c_str(), verb.c_str());
        return 1;
    }
    protocol::Message reply;
    auto decoded = protocol::decodeMessage(
        std::span<const uint8_t>(buffer.data(), std::min<size_t>(static_cast<size_t>(length), buffer.size())),
        &reply);
    if (!decoded.ok() || reply.type() != protocol::MessageType::Reply) {
        std::fprintf(stderr, "kmdfctl: malformed reply from kmdfhost: %s\n",
                     decoded.ok() ? "not a reply" : decoded.error.c_str());
        return 1;
    }
    const auto& answer = std::get<protocol::Reply>(reply.payload);
    std::string text(answer.data.begin(), answer.data.end());
    if (answer.status < 0) {
        std::fprintf(stderr, "kmdfctl: %s failed (status %s)%s%s\n", verb.c_str(), statusText(answer.status).c_str(),
                     text.empty() ? "" : ": ", text.c_str());
        return 1;
    }
    std::fwrite(text.data(), 1, text.size(), stdout);
    if (!text.empty() && text.back() != '\n') std::fputc('\n', stdout);
    // For shutdown, Information is the host's exit code (1: a driver leaked).
    return verb == "shutdown" ? static_cast<int>(answer.information != 0) : 0;
}

}  // namespace

int main(int argc, char** argv) {
    std::string socketPath = defaultSocketPath();
    int i = 1;
    for (; i < argc; ++i) {
        std::string_view arg = argv[i];
        if (arg == "--help" || arg == "-h") {
            printUsage(stdout);
            return 0;
        }
        if (arg == "--socket") {
            if (i + 1 >= argc) return usageError("--socket needs a PATH");
            socketPath = argv[++i];
        } else if (arg.starts_with("--socket=")) {
            socketPath = std::string(arg.substr(9));
        } else if (arg.starts_with("-")) {
            return usageError("unknown option '" + std::string(arg) + "'");
        } else {
            break;
        }
    }
    if (i >= argc) return usageError("no VERB given");
    std::string verb = argv[i++];
    std::vector<std::string> arguments(argv + i, argv + argc);
    for (auto later : kLaterVerbs) {
        if (verb == later) {
            std::fprintf(stderr, "kmdfctl: '%s' is not implemented yet\n", verb.c_str());
            return 2;
        }
    }
    for (const VerbShape& shape : kVerbs) {
        if (verb != shape.verb) continue;
        if (arguments.size() != shape.arguments || (verb == "sleep" && arguments[0] != "S3" && arguments[0] != "S4")) {
            return usageError("usage: kmdfctl " + std::string(shape.usage));
        }
        return runVerb(socketPath, verb, arguments);
    }
    return usageError("unknown verb '" + verb + "'");
}
