// FxRequest: the WDFREQUEST the framework builds around each I/O IRP it receives. It
// tracks who owns the request (a queue, the driver, or nobody once completed), its
// cancelability, and the WDFMEMORY objects over its buffers; completion runs the
// request's cleanup before the IRP completes ("Life Cycle of a Framework Request Object").
#pragma once

#include <ntddk.h>
#include <wdf.h>

#include <atomic>

#include "object/fx_object.h"
#include "wdf/io/fx_io_target.h"

namespace wdf {

class FxDevice;
class FxForwardProgress;
class FxIoQueue;
class FxMemory;

// One buffer of a request formatted for an I/O target: where the bytes are and, when
// the driver passed a WDFMEMORY, that object (referenced while the request is formatted
// or sent) and the offset into it.
struct FxFormatBuffer {
    FxMemory* memory = nullptr;
    size_t offset = 0;
    void* buffer = nullptr;
    ULONG length = 0;
};

// What WdfIoTargetFormatRequestForXxx builds in the next stack location.
struct FxRequestFormat {
    UCHAR majorFunction = IRP_MJ_READ;  // READ, WRITE, DEVICE_CONTROL, INTERNAL_DEVICE_CONTROL
    ULONG ioctlCode = 0;
    bool others = false;      // InternalIoctlOthers: Argument1/2/4 instead of input/output
    FxFormatBuffer input;     // write data, IOCTL input, or Others Argument1
    FxFormatBuffer output;    // read buffer, IOCTL output, or Others Argument2
    FxFormatBuffer argument4; // Others Argument4
    const LONGLONG* deviceOffset = nullptr;
};

class FxRequest : public FxObject {
public:
    static constexpr FxObjectType kObjectType = FxObjectType::Request;

    enum class Owner : uint8_t { Queue, Driver, Completed };
    // Framework: built around an IRP the framework received. Created: WdfRequestCreate
    // (the framework allocates the IRP). FromIrp: WdfRequestCreateFromIrp (the driver's IRP).
    enum class Origin : uint8_t { Framework, Created, FromIrp };
    // Where the request is in a power-down of its queue ("Using Power-Managed I/O Queues"):
    // EvtIoStop was called and the framework waits for WdfRequestStopAcknowledge or
    // completion (Pending); acknowledged without requeue, EvtIoResume follows at D0
    // (Suspended).
    enum class StopState : uint8_t { None, Pending, Suspended };

    FxRequest(FxDriverGlobals* globals, PIRP irp, FxDevice* device, WDF_REQUEST_TYPE type,
              Origin origin = Origin::Framework, bool freesIrp = false);
    Origin origin() const { return origin_; }
    bool isDriverCreated() const { return origin_ != Origin::Framework; }

    // The request of an IRP the framework owns (DriverContext slot). Any IRQL.
    static FxRequest* fromIrp(PIRP irp);

    // --- reserved requests ("Guaranteeing Forward Progress of I/O Operations") ----------
    // A request the queue's forward-progress policy preallocated (WdfRequestIsReserved):
    // created without an IRP, it serves one IRP at a time and goes back to `pool` when
    // completed instead of being deleted. IRQL <= DISPATCH_LEVEL.
    void markReserved(FxForwardProgress* pool) { reservedPool_ = pool; }
    bool isReserved() const { return reservedPool_ != nullptr; }
    // Gives a free reserved request the IRP it now stands for (the state of its previous
    // use is gone; its contexts and the driver's children are kept). IRQL <= DISPATCH_LEVEL.
    void bindReservedIrp(PIRP irp, WDF_REQUEST_TYPE type);
    // The request's IRP leaves the framework (completed, or sent and forgotten): a
    // framework request object is deleted, a reserved one only lets go of the IRP and
    // must then be given back with returnToReservedSet() once the IRP is passed on.
    // IRQL <= DISPATCH_LEVEL.
    void letGoOfIrp();
    // A reserved request whose IRP was passed on serves the next IRP waiting for one, or
    // becomes free (deleted if its queue is gone). IRQL <= DISPATCH_LEVEL.
    void returnToReservedSet();

    PIRP irp() const { return irp_; }
    FxDevice* device() const { return device_; }
    // WdfRequestForwardToParentDeviceIoQueue: the request now belongs to the child's
    // parent device. IRQL <= DISPATCH_LEVEL, driver-owned request.
    void moveToDevice(FxDevice* device) { device_ = device; }
    WDF_REQUEST_TYPE requestType() const { return type_; }
    FxIoQueue* queue() const { return queue_; }
    void setQueue(FxIoQueue* queue) { queue_ = queue; }
    Owner owner() const { return owner_.load(std::memory_order_acquire); }
    void setOwner(Owner owner) { owner_.store(owner, std::memory_order_release); }

    // True while the driver's EvtIoInCallerContext runs for this request: the only time
    // the unsafe user-buffer DDIs are allowed. Set by the I/O dispatch. Any IRQL.
    void setInCallerContext(bool inCallerContext) {
        inCallerContext_ = inCallerContext;
        if (inCallerContext) deliveredToDriver_ = true;
    }
    bool inCallerContext() const { return inCallerContext_; }
    // The driver has had the request (presented, retrieved, or in caller context): if it
    // is later cancelled in a queue, that queue's EvtIoCanceledOnQueue applies.
    bool deliveredToDriver() const { return deliveredToDriver_; }
    void setDeliveredToDriver() { deliveredToDriver_ = true; }
    StopState stopState() const { return stopState_; }
    void setStopState(StopState state) { stopState_ = state; }
    // The WDM file object the request was sent on (may be null). Any IRQL.
    PFILE_OBJECT wdmFileObject() const;

    // A framework-delivered request is deleted by completion, never by WdfObjectDelete;
    // a driver-created one only by WdfObjectDelete (or its parent's deletion).
    bool driverMayDelete() const override { return isDriverCreated(); }

    // WdfRequestGetParameters. IRQL <= DISPATCH_LEVEL.
    void getParameters(WDF_REQUEST_PARAMETERS* parameters) const;

    // WdfRequestSetInformation / GetInformation. IRQL <= DISPATCH_LEVEL.
    void setInformation(ULONG_PTR information) { irp_->IoStatus.Information = information; }
    ULONG_PTR information() const { return irp_->IoStatus.Information; }

    // WdfRequestRetrieveInputBuffer / OutputBuffer (buffered and direct I/O; METHOD_NEITHER
    // buffers need EvtIoInCallerContext). IRQL <= DISPATCH_LEVEL.
    NTSTATUS retrieveInputBuffer(size_t minimumLength, PVOID* buffer, size_t* length);
    NTSTATUS retrieveOutputBuffer(size_t minimumLength, PVOID* buffer, size_t* length);
    // WdfRequestRetrieveInputMemory / OutputMemory: WDFMEMORY children of the request;
    // input memory is read-only. IRQL <= DISPATCH_LEVEL.
    NTSTATUS retrieveInputMemory(WDFMEMORY* memory);
    NTSTATUS retrieveOutputMemory(WDFMEMORY* memory);

    // WdfRequestComplete(WithInformation): only for a request the driver owns.
    // IRQL <= DISPATCH_LEVEL, any thread.
    void completeFromDriver(NTSTATUS status, ULONG_PTR information, bool setInformation, const char* ddiName);
    // Completion by the framework (cancelled in a queue, purged, refused).
    // IRQL <= DISPATCH_LEVEL, any thread.
    void completeFromFramework(NTSTATUS status, ULONG_PTR information);

    // WdfRequestMarkCancelable / MarkCancelableEx / UnmarkCancelable / IsCanceled.
    // IRQL <= DISPATCH_LEVEL.
    NTSTATUS markCancelable(PFN_WDF_REQUEST_CANCEL cancelRoutine, bool extended, const char* ddiName);
    NTSTATUS unmarkCancelable(const char* ddiName);
    bool isCanceled() const { return irp_->Cancel != FALSE; }
    bool isMarkedCancelable() const { return markedCancelable_.load(); }
    // The framework cancels a driver-owned request (queue purge): runs the driver's
    // EvtRequestCancel if the request is cancelable and its cancel routine had not run.
    // IRQL <= DISPATCH_LEVEL.
    void cancelDriverOwned();

    // WdfRequestRetrieveInputWdmMdl / OutputWdmMdl: the IRP's MDL for direct I/O, or an
    // MDL the request builds over the system buffer for buffered I/O. IRQL <= DISPATCH_LEVEL.
    NTSTATUS retrieveWdmMdl(bool input, PMDL* mdl);
    // WdfRequestRetrieveUnsafeUserInputBuffer / OutputBuffer: METHOD_NEITHER (and
    // neither-I/O read/write) user buffers, only from EvtIoInCallerContext. PASSIVE_LEVEL.
    NTSTATUS retrieveUnsafeUserBuffer(bool input, size_t minimumLength, PVOID* buffer, size_t* length,
                                      const char* ddiName);
    // WdfRequestProbeAndLockUserBufferForRead / ForWrite: locks a user buffer and returns a
    // WDFMEMORY child of the request over it (read-only for ForRead). PASSIVE_LEVEL.
    NTSTATUS probeAndLockUserBuffer(bool forWrite, PVOID buffer, size_t length, WDFMEMORY* memory,
                                    const char* ddiName);

    // Lets the queue claim a queued request back from the IRP's cancel routine: false if
    // the IRP is being cancelled (the cancel routine completes it). IRQL <= DISPATCH_LEVEL.
    bool armQueueCancel(PDRIVER_CANCEL routine);
    bool disarmQueueCancel();

    // Bug-checks unless the driver owns the request. Any IRQL.
    void checkDriverOwned(const char* ddiName) const;

    // --- sending the request to an I/O target (fx_request_send.cpp) ---------------------
    // WdfRequestFormatRequestUsingCurrentType: the next stack location becomes a copy of
    // the current one (forwarding as received). IRQL <= DISPATCH_LEVEL.
    void formatUsingCurrentType();
    // WdfRequestWdmFormatUsingStackLocation. IRQL <= DISPATCH_LEVEL.
    void formatUsingStackLocation(const IO_STACK_LOCATION& location);
    // WdfRequestSetCompletionRoutine (NULL unregisters). IRQL <= DISPATCH_LEVEL.
    void setCompletionRoutine(PFN_WDF_REQUEST_COMPLETION_ROUTINE routine, WDFCONTEXT context);
    // WdfRequestSend: FALSE when the request could not be sent (then WdfRequestGetStatus
    // says why and the driver still owns it). Synchronous sends wait (PASSIVE_LEVEL) and do
    // not call the completion routine; asynchronous ones call it, or without one the
    // framework completes the request with the target's status; send-and-forget gives the
    // IRP to the target and the request object goes. IRQL <= DISPATCH_LEVEL (async).
    BOOLEAN send(FxIoTarget* target, const WDF_REQUEST_SEND_OPTIONS* options, const char* ddiName);
    // WdfRequestCancelSentRequest: IoCancelIrp on the sent IRP. IRQL <= DISPATCH_LEVEL.
    BOOLEAN cancelSent();
    // WdfRequestGetCompletionParams (valid after the target completed it).
    void completionParams(WDF_REQUEST_COMPLETION_PARAMS* params) const;
    // The status the request's IRP carries (WdfRequestGetStatus). Any IRQL.
    NTSTATUS status() const { return irp_ != nullptr ? irp_->IoStatus.Status : STATUS_SUCCESS; }

    // --- formatting for a target and reuse (fx_request_format.cpp) ----------------------
    // WdfIoTargetFormatRequestForXxx: builds the next stack location for the target's
    // device and its buffering method, references the WDFMEMORY objects until the request
    // completes, is reformatted, reused or destroyed. A driver-created request without an
    // IRP gets one sized for the target. STATUS_REQUEST_NOT_ACCEPTED when the IRP has too
    // few stack locations; STATUS_INVALID_DEVICE_STATE for a closed target.
    // IRQL <= DISPATCH_LEVEL.
    NTSTATUS formatForTarget(FxIoTarget* target, const FxRequestFormat& format, const char* ddiName);
    // WdfRequestReuse. IRQL <= DISPATCH_LEVEL.
    NTSTATUS reuse(const WDF_REQUEST_REUSE_PARAMS& params, const char* ddiName);
    // Allocates the IRP of a driver-created request (WdfRequestCreate with a target).
    // IRQL <= DISPATCH_LEVEL.
    NTSTATUS allocateIrp(CCHAR stackSize);

    // --- what the target calls (fx_request_send.cpp) ------------------------------------
    // Only for a request being sent (its send state exists).
    FxSentIo* sentEntry() { return &send_->sentEntry; }
    // Hands the formatted IRP to `device` (the target registered sentEntry()).
    // IRQL <= DISPATCH_LEVEL.
    void prepareDispatch(PFILE_OBJECT file);
    // A request the target never sent (cancelled or timed out while queued in it).
    // IRQL <= DISPATCH_LEVEL.
    void completeUnsent(NTSTATUS status);

protected:
    ~FxRequest() override;

private:
    static void driverCancelRoutine(PDEVICE_OBJECT deviceObject, PIRP irp);
    // IO_COMPLETION_ROUTINE of a sent request. IRQL <= DISPATCH_LEVEL.
    static NTSTATUS sendCompleted(PDEVICE_OBJECT deviceObject, PIRP irp, PVOID context);
    void recordCompletionParams();
    // The target is done with the request (sent and back, or never sent).
    void completeSend(FxIoTarget* target);
    BOOLEAN sendSynchronous(FxIoTarget* target, ULONG flags, LONGLONG timeout);
    BOOLEAN sendAsynchronous(FxIoTarget* target, ULONG flags, LONGLONG timeout);
    void armTimer(FxIoTarget* target, LONGLONG timeout);
    void disarmTimer();
    static VOID timerExpired(PKDPC dpc, PVOID context, PVOID, PVOID);
    // Undoes a format: copies a double-buffered IOCTL's output back (when `copyBack`),
    // restores the IRP's buffer fields, frees what the format allocated, and hands the
    // WDFMEMORY references to `references` (or drops them when null).
    void unformat(bool copyBack, FxMemory* references[3]);
    void dropReferences(FxMemory* references[3]);
    BOOLEAN sendAndForget(FxIoTarget* target, PDEVICE_OBJECT device, PFILE_OBJECT file);
    void finishCompletion(NTSTATUS status);
    // A reserved request lets go of its IRP: the framework's WDFMEMORY children over the
    // IRP's buffers and the MDLs built for it go. IRQL <= DISPATCH_LEVEL.
    void releaseReservedIrp();
    NTSTATUS bufferFor(bool input, PVOID* buffer, size_t* length) const;

    // What only a request formatted for or sent to an I/O target needs. Most requests are
    // received and completed and never need it, and inline it would make every request
    // almost three times larger (448 of 704 bytes; issue 4 allows a request 512 bytes).
    // Created by the first formatForTarget or send and kept until the request is
    // destroyed, so a reused or reserved request allocates it once.
    struct SendState {
        explicit SendState(FxRequest* request);

        FxIoTarget* sentTo = nullptr;  // referenced while the IRP is with the target
        PKEVENT sendDone = nullptr;    // a synchronous send waits on it
        WDF_REQUEST_COMPLETION_PARAMS completionParams{};
        FxSentIo sentEntry;  // the target's record of the sent IRP
        std::atomic<bool> timedOut{false};

        // Formatting (fx_request_format.cpp).
        FxFormatBuffer formatBuffers[3];  // [input, output, argument4]
        FxMemory* formatRefs[3] = {nullptr, nullptr, nullptr};
        bool savedFields = false;  // the IRP's buffer fields below are to be restored
        PVOID savedSystemBuffer = nullptr;
        PMDL savedMdl = nullptr;
        PVOID savedUserBuffer = nullptr;
        PMDL formatMdl = nullptr;      // built over a direct-I/O buffer
        void* doubleBuffer = nullptr;  // METHOD_BUFFERED IOCTL system buffer
        ULONG doubleBufferOutput = 0;  // bytes of it to copy back to formatted output
        void* doubleBufferTarget = nullptr;

        // Timeout of an asynchronous send.
        KTIMER timer;
        KDPC timerDpc;
        std::atomic<bool> timerArmed{false};
        FxIoTarget* timerTarget = nullptr;
    };
    // The send state, created on first use; null when it cannot be allocated.
    SendState* sendState();
    // Null until the request was formatted for or sent to a target.
    FxIoTarget* sentTo() const { return send_ != nullptr ? send_->sentTo : nullptr; }

    // Pointers first, then the byte-sized fields together: no padding between them.
    PIRP irp_;
    FxDevice* device_;
    FxIoQueue* queue_ = nullptr;
    PFN_WDF_REQUEST_CANCEL driverCancel_ = nullptr;
    FxMemory* inputMemory_ = nullptr;
    FxMemory* outputMemory_ = nullptr;
    FxForwardProgress* reservedPool_ = nullptr;  // non-null for a reserved request
    PMDL builtMdls_[2] = {nullptr, nullptr};  // [input, output] over system buffers
    PMDL lockedMdls_ = nullptr;               // user buffers locked by ProbeAndLock (chained)
    // Set by WdfRequestSetCompletionRoutine, which cannot fail: kept here rather than in
    // the send state, whose allocation could.
    PFN_WDF_REQUEST_COMPLETION_ROUTINE completionRoutine_ = nullptr;
    WDFCONTEXT completionContext_ = nullptr;
    SendState* send_ = nullptr;
    WDF_REQUEST_TYPE type_;  // a reserved request takes the type of each IRP it serves
    const Origin origin_;
    bool freesIrp_;  // the framework frees irp_ when the request is destroyed
    std::atomic<Owner> owner_{Owner::Queue};
    std::atomic<bool> markedCancelable_{false};
    std::atomic<bool> cancelInvoked_{false};  // the driver's EvtRequestCancel was called
    bool inCallerContext_ = false;
    bool deliveredToDriver_ = false;
    StopState stopState_ = StopState::None;
    // The next stack location is formatted (WdfRequestFormatRequestUsingCurrentType and
    // WdfRequestWdmFormatUsingStackLocation need no send state).
    bool formatted_ = false;
    // Reused (WdfRequestReuse) while it had no send state: its completion parameters say
    // WdfRequestTypeNoFormat until a send state takes them over.
    bool noFormatParams_ = false;
};

}  // namespace wdf
