// A System with the kmdfprogress driver on ROOT\KMDFPROGRESS\0000, booted per test (the
// pattern of tests/conformance/io/queue/kmdfqueue_fixture.h). The test opens the driver
// module too, to assign forward-progress policies and to read the driver's log.
#pragma once

#include <dlfcn.h>
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "kmdfprogress.h"
#include "ntos/io/user_io.h"
#include "ntos/platform/platform.h"
#include "ntos/system.h"
#include "user_io_recorder.h"
#include "wdf/io/fx_fault_hooks.h"

namespace kmdfprogress {

using Completion = kmdftesting::IoResult;
using Lines = std::vector<std::string>;

class KmdfProgressTest : public ::testing::Test {
protected:
    void SetUp() override {
        wdf::testhooks::failNextRequestAllocations(0);
        module_ = dlopen(KMDFPROGRESS_DRIVER_PATH, RTLD_NOW | RTLD_LOCAL);
        ASSERT_NE(module_, nullptr) << dlerror();
    }

    void TearDown() override {
        wdf::testhooks::failNextRequestAllocations(0);
        if (system_) shutdown();
        system_.reset();
        if (module_ != nullptr) dlclose(module_);
    }

    template <class F>
    F sym(const char* name) {
        void* p = dlsym(module_, name);
        EXPECT_NE(p, nullptr) << name;
        return reinterpret_cast<F>(p);
    }

    // Calls a driver export inside the System (as a driver thread would).
    template <class R, class... A>
    R call(const char* name, A... args) {
        ntos::System::ThreadScope scope(*system_);
        return sym<R (*)(A...)>(name)(args...);
    }

    NTSTATUS boot() {
        ntos::SystemConfig sc;
        sc.logSink = hostLog_.sink();
        system_ = std::make_unique<ntos::System>(std::move(sc));
        EXPECT_EQ(system_->addRootDevice({u"ROOT\\KMDFPROGRESS", u"0000", u"kmdfprogress", KMDFPROGRESS_DRIVER_PATH}),
                  STATUS_SUCCESS);
        return system_->boot();
    }

    // Closes the handles (cancelling their I/O) and removes the device.
    void shutdown() {
        if (shutDown_) return;
        shutDown_ = true;
        {
            ntos::System::ThreadScope scope(*system_);
            for (auto& [id, open] : files_) {
                if (open) system_->userIo().close(id);
                open = false;
            }
        }
        system_->shutdown();
    }

    NTSTATUS assign(KMDFPROGRESS_POLICY policy) { return call<NTSTATUS>("KmdfProgressAssign", &policy); }

    static KMDFPROGRESS_POLICY policyOf(ULONG total, WDF_IO_FORWARD_PROGRESS_RESERVED_POLICY reservedPolicy) {
        KMDFPROGRESS_POLICY policy{};
        policy.TotalRequests = total;
        policy.Policy = reservedPolicy;
        policy.ReservedCallback = TRUE;
        policy.ExamineCallback = reservedPolicy == WdfIoForwardProgressReservedPolicyUseExamine;
        return policy;
    }

    Lines log(std::initializer_list<const char*> prefixes = {}) {
        std::vector<char> buffer(64 * 1024);
        sym<ULONG (*)(char*, ULONG)>("KmdfProgressReadLog")(buffer.data(), static_cast<ULONG>(buffer.size()));
        std::string text = buffer.data();
        Lines lines;
        size_t start = 0;
        while (start < text.size()) {
            size_t end = text.find('\n', start);
            if (end == std::string::npos) end = text.size();
            std::string line = text.substr(start, end - start);
            bool keep = prefixes.size() == 0;
            for (const char* p : prefixes) keep = keep || line.rfind(p, 0) == 0;
            if (keep) lines.push_back(line);
            start = end + 1;
        }
        return lines;
    }

    // Opens the device's interface as client process `pid` would (0: no caller process).
    ntos::UserFileId open(uint32_t pid = 0) {
        ntos::System::ThreadScope scope(*system_);
        auto links = system_->userIo().interfaceList(GUID_DEVINTERFACE_KMDFPROGRESS, false);
        EXPECT_EQ(links.size(), 1u);
        if (links.size() != 1) return 0;
        ntos::UserOpenParams params;
        params.path = links[0];
        params.caller.pid = pid;
        ntos::UserFileId file = 0;
        EXPECT_EQ(system_->userIo().open(params, &file), STATUS_SUCCESS);
        if (file != 0) files_[file] = true;
        return file;
    }

    void read(ntos::UserFileId file, ntos::UserIoTag tag, ULONG length) {
        ntos::System::ThreadScope scope(*system_);
        system_->userIo().read(file, tag, length, 0, io_.recordInto(tag));
    }

    void write(ntos::UserFileId file, ntos::UserIoTag tag, size_t length) {
        ntos::System::ThreadScope scope(*system_);
        system_->userIo().write(file, tag, std::vector<uint8_t>(length, 0x11), 0, io_.recordInto(tag));
    }

    void ioctl(ntos::UserFileId file, ntos::UserIoTag tag, ULONG code, ULONG outLength) {
        ntos::System::ThreadScope scope(*system_);
        system_->userIo().deviceControl(file, tag, code, {}, outLength, io_.recordInto(tag));
    }

    NTSTATUS cancel(ntos::UserFileId file, ntos::UserIoTag tag) {
        ntos::System::ThreadScope scope(*system_);
        return system_->userIo().cancel(file, tag);
    }

    bool completed(ntos::UserIoTag tag) { return io_.completed(tag); }
    Completion waitFor(ntos::UserIoTag tag) { return io_.waitFor(tag); }

    // Lets asynchronous work (none is expected) show up before asserting its absence.
    void settle() { ntos::platform::sleepFor100ns(200'000); }  // 20 ms

    ULONG heldCount() { return call<ULONG>("KmdfProgressHeldCount"); }
    ULONG completeHeld(ULONG count, NTSTATUS status = STATUS_SUCCESS) {
        return call<ULONG>("KmdfProgressCompleteHeld", count, status);
    }

    // An IRP a kernel-mode component builds and sends to the device (not through UserIo):
    // a buffered read or the PID device control, with `flags` and `thread` as given.
    struct KernelIrpResult {
        NTSTATUS status = STATUS_PENDING;
        ULONG_PTR information = 0;
        ULONG output = 0;
    };
    struct KernelIrp {
        PIRP irp = nullptr;
        ULONG buffer[4] = {};
        KEVENT done;
        KernelIrpResult result;
    };
    static NTSTATUS kernelIrpCompleted(PDEVICE_OBJECT, PIRP irp, PVOID context) {
        auto* sent = static_cast<KernelIrp*>(context);
        sent->result.status = irp->IoStatus.Status;
        sent->result.information = irp->IoStatus.Information;
        sent->result.output = sent->buffer[0];
        KeSetEvent(&sent->done, IO_NO_INCREMENT, FALSE);
        return STATUS_MORE_PROCESSING_REQUIRED;  // the test frees the IRP
    }
    std::unique_ptr<KernelIrp> sendKernelIrp(UCHAR major, ULONG flags, PETHREAD thread, bool useCurrentThread) {
        ntos::System::ThreadScope scope(*system_);
        auto sent = std::make_unique<KernelIrp>();
        KeInitializeEvent(&sent->done, NotificationEvent, FALSE);
        PDEVICE_OBJECT device = call<PDEVICE_OBJECT>("KmdfProgressWdmDevice");
        PDEVICE_OBJECT top = IoGetAttachedDeviceReference(device);
        PIRP irp = IoAllocateIrp(top->StackSize, FALSE);
        sent->irp = irp;
        irp->Flags |= flags;
        irp->Tail.Overlay.Thread = useCurrentThread ? PsGetCurrentThread() : thread;
        irp->AssociatedIrp.SystemBuffer = sent->buffer;
        PIO_STACK_LOCATION stack = IoGetNextIrpStackLocation(irp);
        stack->MajorFunction = major;
        if (major == IRP_MJ_READ) {
            stack->Parameters.Read.Length = 8;
        } else {
            stack->Parameters.DeviceIoControl.IoControlCode = IOCTL_KMDFPROGRESS_PID;
            stack->Parameters.DeviceIoControl.OutputBufferLength = sizeof(ULONG);
        }
        IoSetCompletionRoutine(irp, kernelIrpCompleted, sent.get(), TRUE, TRUE, TRUE);
        IoCallDriver(top, irp);
        ObDereferenceObject(top);
        return sent;
    }
    KernelIrpResult waitKernelIrp(KernelIrp& sent) {
        ntos::System::ThreadScope scope(*system_);
        LARGE_INTEGER timeout;
        timeout.QuadPart = -50'000'000;  // 5 s
        EXPECT_EQ(KeWaitForSingleObject(&sent.done, Executive, KernelMode, FALSE, &timeout), STATUS_SUCCESS);
        IoFreeIrp(sent.irp);
        sent.irp = nullptr;
        return sent.result;
    }

    bool hostLogHas(const std::string& line) {
        for (const std::string& l : hostLog_.lines()) {
            if (l == line) return true;
        }
        return false;
    }

    kmdftesting::LogCapture hostLog_;  // outlives system_
    std::unique_ptr<ntos::System> system_;
    void* module_ = nullptr;
    bool shutDown_ = false;
    kmdftesting::UserIoRecorder io_;
    std::map<ntos::UserFileId, bool> files_;
};

}  // namespace kmdfprogress
