// IoGetRequestorProcessId / IoGetRequestorProcess: "the process ID [a process pointer]
// for the thread that requested the I/O operation. If the IRP is not associated with any
// thread, [they return] zero [NULL]." PsGetProcessId and IoThreadToProcess. Threads that do not stand for a client process are the System
// process's (4). The client path (a UserIo caller's pid) is covered by
// tests/conformance/io/forward_progress/requestor_process_test.cpp.
#include <gtest/gtest.h>

#include <ntddk.h>
#include <ntifs.h>

#include "ntos/io/user_io.h"
#include "ntos/system.h"

namespace {

struct Irp {
    Irp() : irp(IoAllocateIrp(1, FALSE)) {}
    ~Irp() { IoFreeIrp(irp); }
    Irp(const Irp&) = delete;
    Irp& operator=(const Irp&) = delete;
    PIRP irp;
};

ntos::SystemConfig quiet() {
    ntos::SystemConfig config;
    config.logSink = [](std::string_view) {};
    return config;
}

TEST(IoGetRequestorProcessId, IsZeroForAnIrpWithoutAThread) {
    Irp irp;
    ASSERT_NE(irp.irp, nullptr);
    EXPECT_EQ(irp.irp->Tail.Overlay.Thread, nullptr);
    EXPECT_EQ(IoGetRequestorProcessId(irp.irp), 0u);
}

TEST(IoGetRequestorProcessId, IsTheSystemProcessForAKernelThreadOutsideAnySystem) {
    Irp irp;
    irp.irp->Tail.Overlay.Thread = PsGetCurrentThread();
    EXPECT_EQ(IoGetRequestorProcessId(irp.irp), 4u);
}

TEST(IoGetRequestorProcessId, IsTheSystemProcessForAThreadThatActsForNoClient) {
    ntos::System system(quiet());
    ntos::System::ThreadScope scope(system);
    Irp irp;
    irp.irp->Tail.Overlay.Thread = PsGetCurrentThread();
    ULONG pid = 12345;
    EXPECT_FALSE(system.userIo().requestorProcessId(PsGetCurrentThread(), &pid));
    EXPECT_EQ(pid, 12345u);
    EXPECT_EQ(IoGetRequestorProcessId(irp.irp), 4u);
}

TEST(IoGetRequestorProcess, IsNullForAnIrpWithoutAThreadAndTheSystemProcessForAKernelThread) {
    ntos::System system(quiet());
    ntos::System::ThreadScope scope(system);
    Irp irp;
    EXPECT_EQ(IoGetRequestorProcess(irp.irp), nullptr);
    irp.irp->Tail.Overlay.Thread = PsGetCurrentThread();
    EXPECT_EQ(IoGetRequestorProcess(irp.irp), IoGetCurrentProcess());
    EXPECT_EQ(IoThreadToProcess(PsGetCurrentThread()), IoGetCurrentProcess());
    EXPECT_EQ(PsGetProcessId(IoGetCurrentProcess()), reinterpret_cast<HANDLE>(4));
    ULONG pid = 0;
    EXPECT_FALSE(system.userIo().clientProcessId(IoGetCurrentProcess(), &pid));
}

}  // namespace
