#include "ntos/system.h"

#include "ntos/po/system_power.h"

#include "ntos/io/io_manager.h"
#include "ntos/io/user_io_impl.h"
#include "ntos/pnp/pnp_manager.h"

namespace ntos {
namespace {

constexpr int64_t kCloseWaitStep100ns = 10 * 10'000;  // 10 ms

KernelConfig kernelConfigOf(const SystemConfig& config) {
    KernelConfig kernel;
    kernel.processorCount = config.processorCount;
    kernel.workerThreadCount = config.workerThreadCount;
    kernel.logSink = config.logSink;
    kernel.bugCheckHandler = config.bugCheckHandler;
    return kernel;
}

}  // namespace

struct System::Impl {
    Impl(System& self, SystemConfig cfg)
        : config(std::move(cfg)),
          kernel(kernelConfigOf(config)),
          io(self),
          pnp(self, io),
          power(self, pnp),
          userIo(io, [this](const GUID& interfaceClass, bool all) {
              return pnp.interfaces().list(interfaceClass, all);
          }) {}

    SystemConfig config;
    Kernel kernel;
    IoManager io;
    PnpManager pnp;
    SystemPower power;
    UserIoImpl userIo;
    platform::Mutex lifecycleLock;
    bool booted = false;
    bool shutDown = false;
};

System::System(SystemConfig config) : impl_(std::make_unique<Impl>(*this, std::move(config))) {
    impl_->kernel.setOwner(this);
}

System::~System() {
    shutdown();
}

NTSTATUS System::addRootDevice(RootDeviceConfig device) {
    if (current() == this) return impl_->pnp.addRootDevice(std::move(device));
    ThreadScope scope(*this);
    return impl_->pnp.addRootDevice(std::move(device));
}

void System::addDriverBinding(DriverBinding binding) { impl_->pnp.addDriverBinding(std::move(binding)); }

NTSTATUS System::loadDriver(DriverConfig driver) {
    if (current() != this) {
        ThreadScope scope(*this);
        return loadDriver(std::move(driver));
    }
    PDRIVER_OBJECT object = nullptr;
    NTSTATUS status = impl_->io.drivers().load(driver.serviceName, driver.driverImage, &object);
    if (!NT_SUCCESS(status)) {
        log("loading driver " + std::string(driver.driverImage) + " failed with status " + std::to_string(status));
    }
    return status;
}

NTSTATUS System::sleep(SYSTEM_POWER_STATE target) {
    if (current() == this) return impl_->power.sleep(target);
    ThreadScope scope(*this);
    return impl_->power.sleep(target);
}

NTSTATUS System::wake() {
    if (current() == this) return impl_->power.wake();
    ThreadScope scope(*this);
    return impl_->power.wake();
}

NTSTATUS System::signalWake(const std::u16string& instancePath) {
    auto run = [&] {
        NTSTATUS status = impl_->pnp.signalWake(instancePath);
        // A device armed to wake the system brings it back to S0.
        if (NT_SUCCESS(status) && impl_->power.state() != PowerSystemWorking) impl_->power.wake();
        return status;
    };
    if (current() == this) return run();
    ThreadScope scope(*this);
    return run();
}

NTSTATUS System::notifyDeviceUsage(const std::u16string& instancePath, DEVICE_USAGE_NOTIFICATION_TYPE type,
                                   bool inPath) {
    if (current() == this) return impl_->pnp.notifyDeviceUsage(instancePath, type, inPath);
    ThreadScope scope(*this);
    return impl_->pnp.notifyDeviceUsage(instancePath, type, inPath);
}

SystemPower& System::power() { return impl_->power; }

NTSTATUS System::disableDevice(const std::u16string& instancePath) {
    if (current() == this) return impl_->pnp.disableDevice(instancePath);
    ThreadScope scope(*this);
    return impl_->pnp.disableDevice(instancePath);
}

NTSTATUS System::enableDevice(const std::u16string& instancePath) {
    if (current() == this) return impl_->pnp.enableDevice(instancePath);
    ThreadScope scope(*this);
    return impl_->pnp.enableDevice(instancePath);
}

NTSTATUS System::rebalanceDevice(const std::u16string& instancePath) {
    if (current() == this) return impl_->pnp.rebalanceDevice(instancePath);
    ThreadScope scope(*this);
    return impl_->pnp.rebalanceDevice(instancePath);
}

NTSTATUS System::removeDevice(const std::u16string& instancePath) {
    if (current() == this) return impl_->pnp.removeDevice(instancePath);
    ThreadScope scope(*this);
    return impl_->pnp.removeDevice(instancePath);
}

NTSTATUS System::surpriseRemoveDevice(const std::u16string& instancePath) {
    if (current() == this) return impl_->pnp.surpriseRemoveDevice(instancePath);
    ThreadScope scope(*this);
    return impl_->pnp.surpriseRemoveDevice(instancePath);
}

NTSTATUS System::boot() {
    {
        platform::LockGuard guard(impl_->lifecycleLock);
        if (impl_->booted) return STATUS_SUCCESS;
        impl_->booted = true;
    }
    ThreadScope scope(*this);
    impl_->kernel.start();
    return impl_->pnp.boot();
}

void System::shutdown() {
    {
        platform::LockGuard guard(impl_->lifecycleLock);
        if (!impl_->booted || impl_->shutDown) return;
        impl_->shutDown = true;
    }
    ThreadScope scope(*this);
    impl_->userIo.closeAll();
    // IRP_MJ_CLOSE of handles whose last IRP completed late runs on a worker.
    const int64_t deadline = platform::monotonicNow100ns() + impl_->config.shutdownCloseWait100ns;
    while (impl_->io.files().count() != 0 && platform::monotonicNow100ns() < deadline) {
        platform::sleepFor100ns(kCloseWaitStep100ns);
    }
    if (impl_->io.files().count() != 0) {
        log("shutdown: " + std::to_string(impl_->io.files().count()) +
            " file objects are still referenced; removing devices anyway");
    }
    impl_->io.sendShutdownNotifications();
    impl_->pnp.shutdown();
    impl_->kernel.stop();
}

std::vector<UnloadReport> System::unloadReports() const { return impl_->io.drivers().reports(); }

std::string System::deviceTreeText() const { return impl_->pnp.deviceTreeText(); }

NTSTATUS System::idleDevice(const std::u16string& instancePath) {
    if (current() == this) return impl_->pnp.idleDevice(instancePath);
    ThreadScope scope(*this);
    return impl_->pnp.idleDevice(instancePath);
}

NTSTATUS System::deviceStatusText(const std::u16string& instancePath, std::string* text) {
    if (current() == this) return impl_->pnp.deviceStatusText(instancePath, text);
    ThreadScope scope(*this);
    return impl_->pnp.deviceStatusText(instancePath, text);
}

UserIo& System::userIo() { return impl_->userIo; }
Kernel& System::kernel() { return impl_->kernel; }
IoManager& System::io() { return impl_->io; }
PnpManager& System::pnp() { return impl_->pnp; }
const SystemConfig& System::config() const { return impl_->config; }

void System::log(std::string_view line) { impl_->kernel.log(line); }

void System::addUnloadObserver(UnloadObserver observer) {
    impl_->io.drivers().addUnloadObserver(std::move(observer));
}

System* System::current() {
    Kernel* kernel = Kernel::current();
    return kernel ? static_cast<System*>(kernel->owner()) : nullptr;
}

System::ThreadScope::ThreadScope(System& system) : previous_(current()), kernelScope_(system.kernel()) {}

System::ThreadScope::~ThreadScope() = default;

void reportFrameworkLeaks(PDRIVER_OBJECT driver, size_t count, std::vector<std::string> details) {
    if (System* system = System::current()) system->io().drivers().addFrameworkLeaks(driver, count, std::move(details));
}

}  // namespace ntos
