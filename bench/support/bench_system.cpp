#include "support/bench_system.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "ntos/io/user_io.h"
#include "ntos/platform/platform.h"

namespace bench {

std::string driverPath(const char* name) { return std::string(BENCH_DRIVER_DIR) + "/" + name + ".sys"; }

GUID interfaceClassOf(int variant) {
    GUID guid = BENCH_INTERFACE_GUID_INIT(0);
    guid.Data4[7] = static_cast<UCHAR>(variant);
    return guid;
}

static std::u16string widen(const std::string& text) { return std::u16string(text.begin(), text.end()); }

ntos::RootDeviceConfig benchDevice(const char* name, int instance) {
    std::string upper(name);
    for (char& c : upper) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    char id[16];
    std::snprintf(id, sizeof(id), "%04d", instance);
    ntos::RootDeviceConfig config;
    config.hardwareId = u"ROOT\\" + widen(upper);
    config.instanceId = widen(id);
    config.serviceName = widen(name);
    config.driverImage = driverPath(name);
    return config;
}

std::unique_ptr<ntos::System> makeQuietSystem(unsigned processors) {
    ntos::SystemConfig config;
    config.processorCount = processors;
    // BENCH_LOG=1 shows the System's log (for finding out why a device did not start).
    if (std::getenv("BENCH_LOG") == nullptr) {
        config.logSink = [](std::string_view) {};
    }
    return std::make_unique<ntos::System>(std::move(config));
}

NTSTATUS openInterface(const GUID& interfaceClass, KernelHandle* handle) {
    PZZWSTR list = nullptr;
    NTSTATUS status = IoGetDeviceInterfaces(&interfaceClass, nullptr, 0, &list);
    if (!NT_SUCCESS(status)) return status;
    if (list[0] == 0) {
        ExFreePool(list);
        return STATUS_OBJECT_NAME_NOT_FOUND;
    }
    UNICODE_STRING name;
    RtlInitUnicodeString(&name, list);
    status = IoGetDeviceObjectPointer(&name, GENERIC_READ | GENERIC_WRITE, &handle->file, &handle->device);
    ExFreePool(list);
    return status;
}

void closeInterface(KernelHandle* handle) {
    if (handle->file != nullptr) ObDereferenceObject(handle->file);
    handle->file = nullptr;
    handle->device = nullptr;
}

std::u16string interfaceLink(ntos::System& system, const GUID& interfaceClass) {
    auto links = system.userIo().interfaceList(interfaceClass, false);
    return links.empty() ? std::u16string() : links.front();
}

IrpSender::IrpSender(const KernelHandle& target) : target_(target) {
    irp_ = IoAllocateIrp(target.device->StackSize, FALSE);
}

IrpSender::~IrpSender() {
    if (irp_ != nullptr) IoFreeIrp(irp_);
}

NTSTATUS IrpSender::onCompletion(PDEVICE_OBJECT, PIRP, PVOID context) {
    static_cast<IrpSender*>(context)->done_.store(true, std::memory_order_release);
    // The IRP is ours (IoAllocateIrp): take it back for the next request.
    return STATUS_MORE_PROCESSING_REQUIRED;
}

void IrpSender::start(UCHAR majorFunction) {
    IoReuseIrp(irp_, STATUS_SUCCESS);
    PIO_STACK_LOCATION stack = IoGetNextIrpStackLocation(irp_);
    stack->MajorFunction = majorFunction;
    stack->FileObject = target_.file;
    if (majorFunction == IRP_MJ_READ) {
        stack->Parameters.Read.Length = 0;
    } else {
        stack->Parameters.DeviceIoControl.IoControlCode = IOCTL_BENCH_PING;
    }
    done_.store(false, std::memory_order_relaxed);
    IoSetCompletionRoutine(irp_, onCompletion, this, TRUE, TRUE, TRUE);
    IoCallDriver(target_.device, irp_);
}

NTSTATUS IrpSender::waitForCompletion() {
    while (!done_.load(std::memory_order_acquire)) ntos::platform::yieldProcessor();
    return irp_->IoStatus.Status;
}

NTSTATUS IrpSender::read0() {
    start(IRP_MJ_READ);
    return waitForCompletion();
}

NTSTATUS IrpSender::ping() {
    start(IRP_MJ_DEVICE_CONTROL);
    return waitForCompletion();
}

void IrpSender::startRead0() { start(IRP_MJ_READ); }

}  // namespace bench
