// ntos::System: one simulated Windows machine. It owns the kernel substrate (Kernel),
// the I/O manager, the PnP manager with its device tree, and the loaded drivers.
// No hidden singletons: a test can create one System per test. Code that runs on a
// thread the System created (DPC threads, workers, timer thread) or inside a
// System::ThreadScope finds its System through System::current().
#pragma once

#include <ntddk.h>

#include "ntos/ke/kernel.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ntos {

class Kernel;
class IoManager;
class PnpManager;
class SystemPower;
class UserIo;

// A driver (service) and its module.
struct DriverConfig {
    std::u16string serviceName;  // e.g. u"echofilter"
    std::string driverImage;     // path of the driver module
};

// A device on the root bus, and the driver (service) that serves it.
struct RootDeviceConfig {
    std::u16string hardwareId;  // e.g. u"ROOT\\ECHO"
    std::u16string instanceId;  // e.g. u"0000"; device instance path is ROOT\ECHO\0000
    std::u16string serviceName; // e.g. u"echo"
    std::string driverImage;    // path of the driver module, e.g. build/drivers/echo.sys
    // Upper filter drivers, bottom first: each one's AddDevice runs after the function
    // driver's, so it attaches above it (the UpperFilters registry value on Windows).
    std::vector<DriverConfig> upperFilters;
    // The simulated device can signal wake: its bus reports DeviceWake D3 and SystemWake
    // S4 (IRP_MN_QUERY_CAPABILITIES) and holds IRP_MN_WAIT_WAKE until signalWake().
    bool canWake = false;
    // The simulated hardware's fixed resources: the root bus reports them as the device's
    // resource requirements (one logical configuration) and the PnP manager assigns them.
    struct Resource {
        enum class Kind { Port, Memory, Interrupt } kind;
        ULONGLONG start;  // port or memory address; the interrupt vector
        ULONG length;     // bytes (ports, memory); 1 for an interrupt
    };
    std::vector<Resource> resources;
};

// Which driver (service) serves a bus-enumerated device with this hardware or
// compatible ID (what an INF's models section says; issue 7 installs them from INFs).
struct DriverBinding {
    std::u16string hardwareId;   // e.g. u"KMDFBUS\\CHILD" (case-insensitive)
    std::u16string serviceName;
    std::string driverImage;
};

struct SystemConfig {
    std::string stateDir;            // where durable state lives (registry, logs)
    unsigned processorCount = 2;     // simulated CPUs: one DPC thread each
    unsigned workerThreadCount = 2;  // system worker threads
    // Receives each log line (no trailing newline). Default: stderr.
    std::function<void(std::string_view)> logSink;
    // How long shutdown waits for the file objects of closed handles to go (an IRP a
    // driver still holds keeps its file object), before it removes the devices anyway.
    int64_t shutdownCloseWait100ns = 5 * 10'000'000;
    // Called on a bug check, before the bug-checking thread stops. Default: print the
    // report to the log and abort the process, as a real bug check stops the machine.
    std::function<void(const BugCheckReport&)> bugCheckHandler;
};

// What was left behind when a driver was unloaded.
struct UnloadReport {
    std::u16string serviceName;
    size_t leakedPoolAllocations = 0;
    size_t leakedPoolBytes = 0;
    size_t leakedFrameworkObjects = 0;  // filled in by the framework's unload hook
    std::vector<std::string> details;   // one line per leak
};

class System {
public:
    explicit System(SystemConfig config);
    ~System();  // shuts down first if boot() succeeded and shutdown() was not called
    System(const System&) = delete;
    System& operator=(const System&) = delete;

    // Thread: PASSIVE_LEVEL, before or after boot(). After boot() the device is enumerated
    // and started at once.
    NTSTATUS addRootDevice(RootDeviceConfig device);

    // Binds a hardware or compatible ID to a driver, for devices bus drivers report
    // (IRP_MN_QUERY_DEVICE_RELATIONS/BusRelations). Thread: PASSIVE_LEVEL, any time.
    void addDriverBinding(DriverBinding binding);
    // Loads a driver that serves no PnP device (a non-PnP driver with control devices,
    // as `sc start` does): DriverEntry runs; the driver stays until shutdown.
    // Thread: PASSIVE_LEVEL, after boot().
    NTSTATUS loadDriver(DriverConfig driver);

    // Orderly removal of one device by instance path (e.g. u"ROOT\\ECHO\\0000"), as
    // "kmdfctl remove" does: see PnpManager::removeDevice. Thread: PASSIVE_LEVEL, after boot().
    NTSTATUS removeDevice(const std::u16string& instancePath);
    // Disable / enable ("kmdfctl disable|enable"): see PnpManager::disableDevice.
    NTSTATUS disableDevice(const std::u16string& instancePath);
    NTSTATUS enableDevice(const std::u16string& instancePath);
    // Resource rebalance ("kmdfctl rebalance"): see PnpManager::rebalanceDevice.
    NTSTATUS rebalanceDevice(const std::u16string& instancePath);
    // Surprise removal ("kmdfctl surprise-remove"): see PnpManager::surpriseRemoveDevice.
    NTSTATUS surpriseRemoveDevice(const std::u16string& instancePath);

    // System sleep (PowerSystemSleeping3) or hibernation (PowerSystemHibernate) and the
    // return to S0: see SystemPower. Thread: PASSIVE_LEVEL, after boot(), not a System
    // thread.
    NTSTATUS sleep(SYSTEM_POWER_STATE target);
    NTSTATUS wake();
    // The device signals wake ("kmdfctl signal-wake"): its bus completes the wait-wake IRP
    // the power policy owner armed it with; a sleeping system returns to S0.
    // STATUS_NO_SUCH_DEVICE: no such device; STATUS_INVALID_DEVICE_STATE: it is not armed.
    NTSTATUS signalWake(const std::u16string& instancePath);
    // A special file placed on / taken from the device: see PnpManager::notifyDeviceUsage.
    NTSTATUS notifyDeviceUsage(const std::u16string& instancePath, DEVICE_USAGE_NOTIFICATION_TYPE type, bool inPath);

    // Starts the processors and worker threads, enumerates the root bus, loads the
    // drivers and starts the devices. Thread: any thread not owned by the System.
    NTSTATUS boot();

    // Removes every device (orderly PnP removal, children first), unloads every driver
    // (DriverUnload, leak report), stops the threads. Idempotent.
    void shutdown();

    // The reports of the drivers unloaded so far (by shutdown or otherwise).
    std::vector<UnloadReport> unloadReports() const;

    // `kmdfctl status INSTANCE`: see PnpManager::deviceStatusText.
    NTSTATUS deviceStatusText(const std::u16string& instancePath, std::string* text);
    // `kmdfctl idle INSTANCE`: see PnpManager::idleDevice.
    NTSTATUS idleDevice(const std::u16string& instancePath);
    // The device tree as text: one line per device node, indented by depth, with its
    // instance path, service, and PnP state (e.g. "Started").
    std::string deviceTreeText() const;

    // The front end through which user-mode clients (the host's connections) do I/O.
    UserIo& userIo();

    Kernel& kernel();
    IoManager& io();
    PnpManager& pnp();
    SystemPower& power();
    const SystemConfig& config() const;

    // Writes one line to the log sink. Thread: any, any IRQL.
    void log(std::string_view line);

    // Called for every driver unloaded from now on, after its DriverUnload ran and its
    // pool leaks were counted, before the report is stored: the framework adds what it
    // knows (leaked framework objects). Thread: any.
    using UnloadObserver = std::function<void(PDRIVER_OBJECT, UnloadReport&)>;
    void addUnloadObserver(UnloadObserver observer);

    // The System of the calling thread, or nullptr.
    static System* current();

    // Makes `system` current on the calling thread for the scope's lifetime. Threads the
    // System did not create (the host's connection threads, test threads) must hold one
    // while they call into the kernel.
    class ThreadScope {
    public:
        explicit ThreadScope(System& system);
        ~ThreadScope();
        ThreadScope(const ThreadScope&) = delete;
        ThreadScope& operator=(const ThreadScope&) = delete;

    private:
        System* previous_;
        Kernel::ThreadScope kernelScope_;
    };

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// For the framework: adds `count` leaked framework objects (one detail line each) to
// the unload report of `driver`, which is being built or will be built when the driver
// unloads (call it from the driver's DriverUnload path at the latest). Uses the calling
// thread's System; no-op without one. Thread: PASSIVE_LEVEL.
void reportFrameworkLeaks(PDRIVER_OBJECT driver, size_t count, std::vector<std::string> details);

}  // namespace ntos
