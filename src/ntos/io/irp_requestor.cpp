// The process that requested an IRP (IoGetRequestorProcessId, IoGetRequestorProcess) and
// process ids (PsGetProcessId): the process of the thread in Tail.Overlay.Thread. OpenKMDF's processes are the host's clients, whose IRPs carry
// a stand-in thread of the client (ntos::UserIo), and the System process, whose threads
// are all the others (the host's own, DPC, worker and driver threads).
#include <ntddk.h>
#include <ntifs.h>

#include "ntos/io/io_manager.h"
#include "ntos/io/user_io.h"
#include "ntos/system.h"

namespace {

// The System process's id, as on Windows.
constexpr ULONG kSystemProcessId = 4;

}  // namespace

extern "C" {

// IRQL <= DISPATCH_LEVEL, any thread. "If the IRP is not associated with any thread,
// IoGetRequestorProcessId returns zero."
ULONG NTAPI IoGetRequestorProcessId(PIRP Irp) {
    PETHREAD thread = Irp->Tail.Overlay.Thread;
    if (thread == nullptr) return 0;
    if (ntos::System* system = ntos::System::current()) {
        ULONG processId = 0;
        if (system->userIo().requestorProcessId(thread, &processId)) return processId;
    }
    return kSystemProcessId;
}

// IRQL <= DISPATCH_LEVEL, any thread. The process of a thread: a client's for the
// threads that stand for one, else the System process (IoGetCurrentProcess's answer on
// the System's own threads); NULL outside any System.
PEPROCESS NTAPI IoThreadToProcess(PETHREAD Thread) {
    ntos::System* system = ntos::System::current();
    if (system == nullptr) return nullptr;
    PEPROCESS process = nullptr;
    if (system->userIo().requestorProcess(Thread, &process)) return process;
    return reinterpret_cast<PEPROCESS>(system->io().processIdentity());
}

// IRQL <= DISPATCH_LEVEL, any thread. "If the IRP is not associated with any thread,
// IoGetRequestorProcess returns NULL."
PEPROCESS NTAPI IoGetRequestorProcess(PIRP Irp) {
    PETHREAD thread = Irp->Tail.Overlay.Thread;
    return thread != nullptr ? IoThreadToProcess(thread) : nullptr;
}

// IRQL <= DISPATCH_LEVEL, any thread. A client process's id, or the System process's
// for the System's process object; 0 for a pointer that is neither.
HANDLE NTAPI PsGetProcessId(PEPROCESS Process) {
    ULONG processId = 0;
    if (ntos::System* system = ntos::System::current()) {
        if (!system->userIo().clientProcessId(Process, &processId) &&
            Process == reinterpret_cast<PEPROCESS>(system->io().processIdentity())) {
            processId = kSystemProcessId;
        }
    }
    return reinterpret_cast<HANDLE>(static_cast<ULONG_PTR>(processId));
}

// IRQL <= DISPATCH_LEVEL, any thread. The System process (4), or the client a thread acts
// for while it opens, closes or does I/O on the client's behalf.
HANDLE NTAPI PsGetCurrentProcessId(VOID) {
    ULONG processId = kSystemProcessId;
    if (ntos::System* system = ntos::System::current()) {
        ULONG client = 0;
        if (system->userIo().requestorProcessId(PsGetCurrentThread(), &client)) processId = client;
    }
    return reinterpret_cast<HANDLE>(static_cast<ULONG_PTR>(processId));
}

}  // extern "C"
