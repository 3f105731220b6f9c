// FxIoTarget: WDFIOTARGET, a general I/O target ("Initializing a General I/O Target",
// "Controlling a General I/O Target's State").
//
// A target names a WDM device object that the framework sends IRPs to: for the local
// (default) target of a function or filter device, the next-lower device of its stack;
// for a remote target (WdfIoTargetCreate + WdfIoTargetOpen), a device opened by name
// (ZwCreateFile + ObReferenceObjectByHandle; the handle is closed and the file object
// dereferenced at close) or an
// existing device object the driver supplies.
//
// State: the local target is opened and started with the device. A remote target is
// closed until opened, started when opened. Stop closes the "out-gate": new requests
// are accepted and wait in the target until Start, unless the sender set
// WDF_REQUEST_SEND_OPTION_IGNORE_TARGET_STATE. Close and deletion cancel what waits in
// the target and what was sent, and wait for the sent IRPs to come back.
//
// Sent IRPs: each IRP the target sent and has not seen complete is recorded, so that
// Stop(WdfIoTargetCancelSentIo) can cancel it (IoCancelIrp) and
// Stop(WdfIoTargetWaitForSentIoToComplete) can wait for it. The framework's completion
// routine and a canceller agree through the target's lock: the completion routine does
// not let the IRP go back to the I/O manager (which frees it) while another thread is
// inside IoCancelIrp for it. A sender holds a reference on the target while its IRP is
// outstanding, so the target is not freed under it.
#pragma once

#include <ntddk.h>
#include <wdf.h>

#include <string>
#include <vector>

#include "wdf/object/fx_object.h"
#include "wdf/support/fx_spin_mutex.h"

namespace wdf {

class FxDevice;
class FxIoQueue;
class FxRequest;

// One buffer of a synchronous send, resolved from a WDF_MEMORY_DESCRIPTOR.
struct FxTransferBuffer {
    void* buffer = nullptr;
    ULONG length = 0;
};

// Resolves a driver's WDF_MEMORY_DESCRIPTOR (NULL: no buffer). Buffer descriptors are
// taken as they are; MDL descriptors are mapped (MmGetSystemAddressForMdlSafe); handle
// descriptors name a WDFMEMORY and an optional WDFMEMORY_OFFSET window (BufferLength 0:
// the rest of the buffer). STATUS_INVALID_PARAMETER for an unknown type, a NULL buffer
// or MDL with a length, or an offset past the end of the memory; STATUS_BUFFER_TOO_SMALL
// when the window does not fit; STATUS_INVALID_PARAMETER when the length does not fit a
// ULONG. A verifier message names the DDI. IRQL <= DISPATCH_LEVEL, any thread.
NTSTATUS fxResolveMemoryDescriptor(FxDriverGlobals* globals, const WDF_MEMORY_DESCRIPTOR* descriptor,
                                   const char* ddiName, FxTransferBuffer* out);

// What a synchronous send carries (the framework builds the IRP: Request == NULL).
struct FxSyncSend {
    UCHAR majorFunction = IRP_MJ_READ;  // IRP_MJ_READ / WRITE / DEVICE_CONTROL / INTERNAL_DEVICE_CONTROL
    ULONG ioctlCode = 0;
    bool others = false;      // InternalIoctlOthers: Argument1/2/4 instead of input/output
    FxTransferBuffer input;   // write data, the IOCTL input buffer, or Others Argument1
    FxTransferBuffer output;  // read buffer, the IOCTL output buffer, or Others Argument2
    FxTransferBuffer argument4;  // Others Argument4
    const LONGLONG* deviceOffset = nullptr;
};

class FxIoTarget;

// When a synchronous send gives up: WDF_REQUEST_SEND_OPTIONS.Timeout (0: never; negative:
// relative, counted from construction; positive: absolute system time).
class FxSendDeadline {
public:
    explicit FxSendDeadline(LONGLONG timeout);
    // KeWaitForSingleObject on `object` until the deadline: STATUS_SUCCESS or
    // STATUS_TIMEOUT. IRQL PASSIVE_LEVEL.
    NTSTATUS wait(PVOID object) const;

private:
    LONGLONG timeout_;
    ULONGLONG relativeEnd_ = 0;  // interrupt time, for relative timeouts
};

// An IRP a target sent and has not seen complete. Lives on the sender's stack until the
// IRP is back; guarded by the target's lock.
struct FxSentIo {
    FxIoTarget* target = nullptr;
    PIRP irp = nullptr;             // null until built
    bool ignoresState = false;      // sent with WDF_REQUEST_SEND_OPTION_IGNORE_TARGET_STATE
    bool completed = false;
    bool cancelRequested = false;   // cancelled before the IRP existed
    int cancellers = 0;             // threads inside IoCancelIrp for it
};

// A send waiting in a stopped target for Start (or cancellation). On the sender's stack.
struct FxQueuedSend {
    enum class Decision : uint8_t { Waiting, Send, Cancel };
    KEVENT wake;
    Decision decision = Decision::Waiting;

    FxQueuedSend() { KeInitializeEvent(&wake, NotificationEvent, FALSE); }
    // Under the target's lock.
    void release(Decision d) {
        decision = d;
        KeSetEvent(&wake, IO_NO_INCREMENT, FALSE);
    }
};

class FxIoTarget : public FxObject {
public:
    static constexpr FxObjectType kObjectType = FxObjectType::IoTarget;

    // Self: WdfDeviceGetSelfIoTarget, the device's own device object (fx_io_target_self.cpp).
    enum class Kind : uint8_t { Local, Remote, Self };

    FxIoTarget(FxDriverGlobals* globals, FxDevice* device, Kind kind);
    ~FxIoTarget() override;

    // The device's local target, created (parented to the device, opened on the next-lower
    // device, started) the first time it is asked for. nullptr for a PDO or a device
    // without a lower device. IRQL <= DISPATCH_LEVEL, any thread.
    static FxIoTarget* localTargetOf(FxDevice* device);

    // The device's self I/O target (created, started, the first time it is asked for), or
    // nullptr unless the driver called WdfDeviceInitAllowSelfIoTarget.
    // IRQL <= DISPATCH_LEVEL, any thread.
    static FxIoTarget* selfTargetOf(FxDevice* device);
    // WdfIoTargetSelfAssignDefaultIoQueue: requests sent through this self target go to
    // `queue` instead of the queue dispatch would choose. STATUS_INVALID_PARAMETER when
    // this is not a self target or the queue is not one of the device's own (or is its
    // default queue). IRQL PASSIVE_LEVEL.
    NTSTATUS assignSelfDefaultQueue(FxIoQueue* queue, const char* ddiName);
    // The queue a request arriving at `device` goes to because it was sent through the
    // device's self target with a queue assigned; nullptr otherwise (dispatch as usual).
    // IRQL <= DISPATCH_LEVEL, any thread.
    static FxIoQueue* selfQueueForIrp(FxDevice& device, PIRP irp);

    FxDevice* device() const { return device_; }
    Kind kind() const { return kind_; }
    // WdfIoTargetGetState. Any IRQL, any thread.
    WDF_IO_TARGET_STATE state() const;
    // The WDM objects behind the target (null while closed). Any IRQL, any thread.
    PDEVICE_OBJECT targetDevice() const;
    PFILE_OBJECT targetFile() const;
    PDEVICE_OBJECT targetPhysicalDevice() const;
    // WdfIoTargetWdmGetTargetFileHandle: the kernel handle of a target opened by name,
    // else NULL. IRQL <= DISPATCH_LEVEL, any thread.
    HANDLE targetFileHandle() const;

    // WdfIoTargetOpen (remote targets). Validates the parameters as documented.
    // IRQL PASSIVE_LEVEL.
    NTSTATUS open(WDF_IO_TARGET_OPEN_PARAMS& params);
    // WdfIoTargetClose / WdfIoTargetCloseForQueryRemove: cancels what waits in the target
    // and what it sent, waits for the sent IRPs, releases the file object, and enters
    // `closedState`. IRQL PASSIVE_LEVEL.
    void close(WDF_IO_TARGET_STATE closedState);
    // WdfIoTargetStart: STATUS_INVALID_DEVICE_STATE unless the target is started or
    // stopped. Requests waiting in the target are sent. IRQL <= DISPATCH_LEVEL.
    NTSTATUS start();
    // WdfIoTargetStop. IRQL <= DISPATCH_LEVEL for WdfIoTargetLeaveSentIoPending, else
    // PASSIVE_LEVEL (the DDI checks).
    void stop(WDF_IO_TARGET_SENT_IO_ACTION action);

    // Builds the IRP (IoBuildSynchronousFsdRequest / IoBuildDeviceIoControlRequest, which
    // honour the target device's buffering method), sends it and waits for it.
    // `flags`/`timeout` as in WDF_REQUEST_SEND_OPTIONS (timeout 0: none). Returns the
    // IRP's status and *information its IoStatus.Information; STATUS_IO_TIMEOUT when the
    // time ran out (the IRP, if sent, is cancelled and waited for);
    // STATUS_INVALID_DEVICE_STATE for a closed or deleted target; STATUS_CANCELLED for a
    // request cancelled while it waited in a stopped target.
    // IRQL PASSIVE_LEVEL, any thread.
    NTSTATUS sendSynchronously(const FxSyncSend& send, ULONG flags, LONGLONG timeout, ULONG_PTR* information);

    // WdfIoTargetQueryForInterface: IRP_MN_QUERY_INTERFACE to the target's stack; the
    // status of the IRP (STATUS_NOT_SUPPORTED when no driver answered),
    // STATUS_INVALID_DEVICE_STATE for a closed target. IRQL PASSIVE_LEVEL.
    NTSTATUS queryForInterface(const GUID* interfaceType, PINTERFACE interface, USHORT size, USHORT version,
                               PVOID interfaceSpecificData);

    // WdfIoTargetPurge: cancels what waits in the target and what it sent (not requests
    // sent with IGNORE_TARGET_STATE), and refuses new requests until Start.
    // PASSIVE_LEVEL for WdfIoTargetPurgeIoAndWait, else <= DISPATCH_LEVEL.
    void purge(WDF_IO_TARGET_PURGE_IO_ACTION action);

    // --- request-based sends (fx_io_target_requests.cpp) ---------------------------------
    // An asynchronous WdfRequestSend of a formatted request: sent now (started target, or
    // a stopped one with IGNORE_TARGET_STATE) -> STATUS_SUCCESS; kept in the target until
    // Start (stopped) -> STATUS_PENDING; refused (closed, purged, deleted) ->
    // STATUS_INVALID_DEVICE_STATE. IRQL <= DISPATCH_LEVEL.
    NTSTATUS submitRequest(FxRequest* request, bool ignoresState);
    // A synchronous WdfRequestSend: waits (on the caller's stack) while the target is
    // stopped, then sends. Returns as admit() does. IRQL PASSIVE_LEVEL.
    NTSTATUS sendRequestSynchronously(FxRequest* request, bool ignoresState, const FxSendDeadline& deadline);
    // The IRP of a request-based send came back: the target forgets it (waiting for any
    // thread still inside IoCancelIrp for it). IRQL <= DISPATCH_LEVEL.
    void requestIrpReturned(FxSentIo* entry);
    // A request's send timed out: takes it out of the target's queue (true), or cancels
    // its sent IRP (false). IRQL <= DISPATCH_LEVEL.
    bool timeOutRequest(FxRequest* request);

    bool driverMayDelete() const override { return kind_ == Kind::Remote; }

protected:
    void onCleanup() override;

private:
    using SentIo = FxSentIo;
    using QueuedSend = FxQueuedSend;

    bool isOpenLocked() const {
        return state_ == WdfIoTargetStarted || state_ == WdfIoTargetStopped || state_ == WdfIoTargetPurged;
    }
    void dispatchRequest(FxRequest* request, PDEVICE_OBJECT device, PFILE_OBJECT file);
    // Completes (unsent, STATUS_CANCELLED) the requests waiting in the target.
    void cancelQueuedRequests(std::vector<FxRequest*>& requests);
    NTSTATUS admit(SentIo* entry, const FxSendDeadline& deadline, PDEVICE_OBJECT* device, PFILE_OBJECT* file);
    void cancelEntry(SentIo* entry);
    void cancelQueuedLocked();  // sync waiters only; see takeQueuedRequestsLocked
    std::vector<FxRequest*> takeQueuedRequestsLocked();
    void cancelSent(bool includeIgnoringState);
    void waitForSent(bool includeIgnoringState);
    void releaseTargetObjects();
    static NTSTATUS NTAPI onIrpCompleted(PDEVICE_OBJECT device, PIRP irp, PVOID context);
    // Target-device-change notification of a target opened by name (fx_io_target_removal.cpp):
    // the driver's EvtIoTargetQueryRemove / RemoveCanceled / RemoveComplete, or the
    // documented defaults (close for query-remove / reopen / close). PASSIVE_LEVEL.
    static NTSTATUS onTargetDeviceEvent(int event, void* context);
    void registerForRemoval(PFILE_OBJECT file);
    void unregisterForRemoval();
    // Self targets remember the IRPs they sent until they come back, so that dispatch can
    // tell them from other requests. No-ops for other kinds. IRQL <= DISPATCH_LEVEL.
    void noteSentToSelf(PIRP irp);
    void forgetSentToSelf(PIRP irp);

    FxDevice* const device_;
    const Kind kind_;

    mutable FxSpinMutex lock_;  // guards everything below
    WDF_IO_TARGET_STATE state_ = WdfIoTargetClosed;
    PDEVICE_OBJECT targetDevice_ = nullptr;
    PFILE_OBJECT targetFile_ = nullptr;
    PDEVICE_OBJECT targetPdo_ = nullptr;
    HANDLE targetHandle_ = nullptr;   // opened by name: the ZwCreateFile handle, closed at close
    bool ownsFileReference_ = false;  // opened by name: the file object is dereferenced at close
    bool openedByName_ = false;       // WdfIoTargetOpenReopen is allowed
    std::u16string openName_;
    ACCESS_MASK openAccess_ = 0;
    ULONG openShare_ = 0;       // WdfIoTargetOpenReopen opens again with these
    ULONG openOptions_ = 0;
    std::vector<SentIo*> sent_;
    std::vector<QueuedSend*> queued_;
    std::vector<FxRequest*> queuedRequests_;  // asynchronous sends held while stopped
    FxIoQueue* selfQueue_ = nullptr;          // WdfIoTargetSelfAssignDefaultIoQueue
    std::vector<PIRP> sentToSelf_;            // self target: IRPs sent and not yet back

    // Removal of the remote device (set by WdfIoTargetOpen).
    PFN_WDF_IO_TARGET_QUERY_REMOVE evtQueryRemove_ = nullptr;
    PFN_WDF_IO_TARGET_REMOVE_CANCELED evtRemoveCanceled_ = nullptr;
    PFN_WDF_IO_TARGET_REMOVE_COMPLETE evtRemoveComplete_ = nullptr;
    void* removalNotification_ = nullptr;  // ntos::TargetNotifications registration
    void* removalRegistry_ = nullptr;      // the ntos::TargetNotifications it is in
};

}  // namespace wdf
