// The in-process benchmark machine: an ntos::System with the benchmark devices on the
// root bus, kernel-mode handles to them, and an IRP sender that does what a kernel-mode
// client does (IoAllocateIrp once, then IoReuseIrp + IoCallDriver per request, with a
// completion routine that takes the IRP back).
#pragma once

#include <ntddk.h>

#include <atomic>
#include <memory>
#include <string>
#include <vector>

#include "benchdefs.h"
#include "ntos/system.h"

namespace bench {

// BENCH_DRIVER_DIR/NAME.sys
std::string driverPath(const char* name);

// The interface class of a benchmark driver variant (BENCH_VARIANT_*).
GUID interfaceClassOf(int variant);

// One root device ROOT\<HWID>\<instance> served by the benchmark driver `name`.
ntos::RootDeviceConfig benchDevice(const char* name, int instance = 0);

// A System whose log goes nowhere (the benchmarks time the runtime, not the log), unless
// the environment has BENCH_LOG set.
// Thread: any thread not owned by a System.
std::unique_ptr<ntos::System> makeQuietSystem(unsigned processors = 2);

// A kernel-mode open of the first enabled interface of a class (IoGetDeviceObjectPointer):
// the file object and the top of the device stack. Thread: PASSIVE_LEVEL, System current.
struct KernelHandle {
    PFILE_OBJECT file = nullptr;
    PDEVICE_OBJECT device = nullptr;
};
NTSTATUS openInterface(const GUID& interfaceClass, KernelHandle* handle);
void closeInterface(KernelHandle* handle);

// The Win32-style path of the first enabled interface of a class (for ntos::UserIo).
std::u16string interfaceLink(ntos::System& system, const GUID& interfaceClass);

// Sends 0-byte reads (or the ping IOCTL) to one device with one reusable IRP and waits
// for each to complete. One per thread. Thread: PASSIVE_LEVEL, System current.
class IrpSender {
public:
    explicit IrpSender(const KernelHandle& target);
    ~IrpSender();
    IrpSender(const IrpSender&) = delete;
    IrpSender& operator=(const IrpSender&) = delete;

    // Starts the request and returns once it completed: at once when the driver completed
    // it inline, else after a spin on the completion flag (the DPC thread completes it).
    NTSTATUS read0();
    NTSTATUS ping();
    // Starts a request and does not wait (the held-request memory benchmark).
    void startRead0();
    PIRP irp() const { return irp_; }
    bool completed() const { return done_.load(std::memory_order_acquire); }

private:
    void start(UCHAR majorFunction);
    NTSTATUS waitForCompletion();
    static NTSTATUS onCompletion(PDEVICE_OBJECT device, PIRP irp, PVOID context);

    KernelHandle target_;
    PIRP irp_ = nullptr;
    std::atomic<bool> done_{false};
};

}  // namespace bench
