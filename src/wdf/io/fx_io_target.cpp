#include "wdf/io/fx_io_target.h"

#include "ntos/ke/kernel.h"

#include <algorithm>
#include <atomic>

#include "wdf/core/driver_enum.h"
#include "wdf/core/fx_device.h"
#include "wdf/io/fx_request.h"

namespace wdf {

namespace {

// The framework-private context on a WDFDEVICE that remembers its local target, so
// FxDevice needs no field for it. Zero-filled when allocated.
struct LocalTargetSlot {
    std::atomic<FxIoTarget*> target;
};

char kLocalTargetSlotName[] = "OpenKMDF local I/O target";
const WDF_OBJECT_CONTEXT_TYPE_INFO kLocalTargetSlotType = {
    sizeof(WDF_OBJECT_CONTEXT_TYPE_INFO), kLocalTargetSlotName, sizeof(LocalTargetSlot), nullptr, nullptr};

// The sent-I/O entry, if any, this thread is inside IoCancelIrp for: a completion routine
// that runs inside that call (the target completed the IRP from its cancel routine) must
// not wait for its own canceller.
thread_local FxSentIo* tlsCancelling = nullptr;

}  // namespace

FxIoTarget::FxIoTarget(FxDriverGlobals* globals, FxDevice* device, Kind kind)
    : FxObject(globals, kObjectType), device_(device), kind_(kind) {
    if (kind == Kind::Local) {
        targetDevice_ = device->attachedDevice();
        targetPdo_ = device->physicalDevice();
        state_ = WdfIoTargetStarted;
    } else if (kind == Kind::Self) {
        targetDevice_ = device->deviceObject();
        targetPdo_ = device->physicalDevice();
        state_ = WdfIoTargetStarted;
    }
}

FxIoTarget::~FxIoTarget() {
    unregisterForRemoval();
    releaseTargetObjects();
}

// IRQL <= DISPATCH_LEVEL, any thread.
FxIoTarget* FxIoTarget::localTargetOf(FxDevice* device) {
    if (device->role() == FxDeviceInit::Role::Pdo || device->attachedDevice() == nullptr) return nullptr;
    auto* slot = static_cast<LocalTargetSlot*>(device->context(&kLocalTargetSlotType));
    if (slot == nullptr) {
        WDF_OBJECT_ATTRIBUTES attributes;
        WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
        attributes.ContextTypeInfo = &kLocalTargetSlotType;
        void* context = nullptr;
        NTSTATUS status = device->allocateContext(attributes, &context);
        if (status != STATUS_SUCCESS && status != STATUS_OBJECT_NAME_EXISTS) return nullptr;
        slot = static_cast<LocalTargetSlot*>(context);
    }
    FxIoTarget* existing = slot->target.load(std::memory_order_acquire);
    if (existing != nullptr) return existing;
    FxIoTarget* created = nullptr;
    if (!NT_SUCCESS(fxCreateNamed("WdfDeviceGetIoTarget", device->globals(), nullptr, device, &created, device,
                                  Kind::Local))) {
        return nullptr;
    }
    if (!slot->target.compare_exchange_strong(existing, created, std::memory_order_acq_rel)) {
        created->deleteObject();  // another thread created it first
        return existing;
    }
    return created;
}

WDF_IO_TARGET_STATE FxIoTarget::state() const {
    FxSpinGuard guard(lock_);
    return state_;
}

PDEVICE_OBJECT FxIoTarget::targetDevice() const {
    FxSpinGuard guard(lock_);
    return targetDevice_;
}

PFILE_OBJECT FxIoTarget::targetFile() const {
    FxSpinGuard guard(lock_);
    return targetFile_;
}

PDEVICE_OBJECT FxIoTarget::targetPhysicalDevice() const {
    FxSpinGuard guard(lock_);
    return targetPdo_;
}

// IRQL PASSIVE_LEVEL.
NTSTATUS FxIoTarget::open(WDF_IO_TARGET_OPEN_PARAMS& params) {
    const char* ddi = "WdfIoTargetOpen";
    if (kind_ != Kind::Remote) {
        globals()->verifierLog(std::string(ddi) + ": the local I/O target cannot be opened (use WdfIoTargetCreate)");
        return STATUS_INVALID_DEVICE_REQUEST;
    }
    {
        FxSpinGuard guard(lock_);
        if (isOpenLocked()) return STATUS_INVALID_DEVICE_STATE;  // documented: already open
        if (state_ == WdfIoTargetDeleted) return STATUS_INVALID_DEVICE_STATE;
    }
    PDEVICE_OBJECT device = nullptr;
    PFILE_OBJECT file = nullptr;
    bool ownsFile = false;
    HANDLE handle = nullptr;
    std::u16string name;
    ACCESS_MASK access = 0;
    switch (driverEnumValue(params.Type)) {  // a driver may store any int there
    case WdfIoTargetOpenUseExistingDevice:
        if (params.TargetDeviceObject == nullptr) {
            globals()->verifierLog(std::string(ddi) + ": TargetDeviceObject is NULL");
            return STATUS_INVALID_PARAMETER;
        }
        if (params.TargetFileObject != nullptr && params.TargetFileObject->Type != IO_TYPE_FILE) {
            return STATUS_NO_SUCH_DEVICE;
        }
        device = params.TargetDeviceObject;
        file = params.TargetFileObject;
        break;
    case WdfIoTargetOpenByName:
    case WdfIoTargetOpenReopen: {
        if (params.Type == WdfIoTargetOpenByName) {
            if (params.TargetDeviceName.Buffer == nullptr || params.TargetDeviceName.Length == 0) {
                globals()->verifierLog(std::string(ddi) + ": TargetDeviceName is empty");
                return STATUS_INVALID_PARAMETER;
            }
            name.assign(reinterpret_cast<const char16_t*>(params.TargetDeviceName.Buffer),
                        params.TargetDeviceName.Length / sizeof(WCHAR));
            access = params.DesiredAccess;
        } else {
            FxSpinGuard guard(lock_);
            if (!openedByName_) {
                globals()->verifierLog(std::string(ddi) +
                                       ": WdfIoTargetOpenReopen needs a target first opened with WdfIoTargetOpenByName");
                return STATUS_INVALID_PARAMETER;
            }
            name = openName_;
            access = openAccess_;
        }
        UNICODE_STRING objectName;
        objectName.Buffer = reinterpret_cast<PWCH>(name.data());
        objectName.Length = static_cast<USHORT>(name.size() * sizeof(WCHAR));
        objectName.MaximumLength = objectName.Length;
        // The framework opens the device as a driver would (ZwCreateFile with the
        // parameters' create arguments) and keeps the kernel handle for
        // WdfIoTargetWdmGetTargetFileHandle until the target closes.
        OBJECT_ATTRIBUTES attributes;
        InitializeObjectAttributes(&attributes, &objectName, OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE, nullptr,
                                   nullptr);
        IO_STATUS_BLOCK ioStatus{};
        const bool byName = params.Type == WdfIoTargetOpenByName;
        NTSTATUS status = ZwCreateFile(&handle, access, &attributes, &ioStatus,
                                       byName ? reinterpret_cast<PLARGE_INTEGER>(params.AllocationSize) : nullptr,
                                       byName ? params.FileAttributes : 0, byName ? params.ShareAccess : openShare_,
                                       byName ? params.CreateDisposition : ULONG{FILE_OPEN},
                                       byName ? params.CreateOptions : openOptions_, nullptr, 0);
        if (!NT_SUCCESS(status)) return status;
        status = ObReferenceObjectByHandle(handle, access, *IoFileObjectType, KernelMode,
                                           reinterpret_cast<PVOID*>(&file), nullptr);
        if (!NT_SUCCESS(status)) {
            ZwClose(handle);
            return status;
        }
        device = IoGetRelatedDeviceObject(file);
        ownsFile = true;
        if (byName) params.FileInformation = static_cast<ULONG>(ioStatus.Information);
        break;
    }
    default:
        globals()->verifierLog(std::string(ddi) + ": WDF_IO_TARGET_OPEN_PARAMS.Type " + std::to_string(params.Type) +
                               " is not a KMDF open type");
        return STATUS_INVALID_PARAMETER;
    }

    PDEVICE_OBJECT base = IoGetDeviceAttachmentBaseRef(device);
    PDEVICE_OBJECT pdo = (base->Flags & DO_BUS_ENUMERATED_DEVICE) != 0 ? base : nullptr;
    ObDereferenceObject(base);

    if (params.Type == WdfIoTargetOpenByName) {
        evtQueryRemove_ = params.EvtIoTargetQueryRemove;
        evtRemoveCanceled_ = params.EvtIoTargetRemoveCanceled;
        evtRemoveComplete_ = params.EvtIoTargetRemoveComplete;
    }
    if (ownsFile) registerForRemoval(file);

    FxSpinGuard guard(lock_);
    targetDevice_ = device;
    targetFile_ = file;
    targetPdo_ = pdo;
    ownsFileReference_ = ownsFile;
    targetHandle_ = handle;
    if (params.Type == WdfIoTargetOpenByName) {
        openedByName_ = true;
        openName_ = std::move(name);
        openAccess_ = access;
        openShare_ = params.ShareAccess;
        openOptions_ = params.CreateOptions;
    } else if (params.Type == WdfIoTargetOpenUseExistingDevice) {
        openedByName_ = false;
    }
    state_ = WdfIoTargetStarted;  // documented: opening starts the target
    return STATUS_SUCCESS;
}

// IRQL PASSIVE_LEVEL.
void FxIoTarget::close(WDF_IO_TARGET_STATE closedState) {
    std::vector<FxRequest*> requests;
    bool finalClose = false;
    {
        FxSpinGuard guard(lock_);
        if (!isOpenLocked()) {
            // Closing a target closed for query-remove makes the close final.
            if (state_ == WdfIoTargetClosedForQueryRemove && closedState != WdfIoTargetClosedForQueryRemove) {
                state_ = closedState;
                finalClose = true;
            }
        }
    }
    if (finalClose) unregisterForRemoval();
    {
        FxSpinGuard guard(lock_);
        if (!isOpenLocked()) return;
        state_ = closedState;
        cancelQueuedLocked();
        requests = takeQueuedRequestsLocked();
    }
    cancelQueuedRequests(requests);
    cancelSent(/*includeIgnoringState=*/true);
    waitForSent(/*includeIgnoringState=*/true);
    releaseTargetObjects();
    // A target closed for query-remove still hears whether the removal went through.
    if (closedState != WdfIoTargetClosedForQueryRemove) unregisterForRemoval();
}

// IRQL <= DISPATCH_LEVEL.
NTSTATUS FxIoTarget::start() {
    std::vector<FxRequest*> requests;
    {
        FxSpinGuard guard(lock_);
        if (!isOpenLocked()) return STATUS_INVALID_DEVICE_STATE;
        state_ = WdfIoTargetStarted;
        for (QueuedSend* queued : queued_) queued->release(QueuedSend::Decision::Send);
        queued_.clear();
        requests = takeQueuedRequestsLocked();
    }
    // Requests that waited in the stopped target go out in the order they came.
    for (FxRequest* request : requests) {
        PDEVICE_OBJECT device = nullptr;
        PFILE_OBJECT file = nullptr;
        {
            FxSpinGuard guard(lock_);
            if (state_ == WdfIoTargetStarted) {
                sent_.push_back(request->sentEntry());
                device = targetDevice_;
                file = targetFile_;
            }
        }
        if (device != nullptr) {
            dispatchRequest(request, device, file);
        } else {
            request->completeUnsent(STATUS_CANCELLED);  // stopped or closed again meanwhile
        }
    }
    return STATUS_SUCCESS;
}

// IRQL <= DISPATCH_LEVEL (LeaveSentIoPending), else PASSIVE_LEVEL.
void FxIoTarget::stop(WDF_IO_TARGET_SENT_IO_ACTION action) {
    std::vector<FxRequest*> requests;
    {
        FxSpinGuard guard(lock_);
        if (!isOpenLocked()) return;
        state_ = WdfIoTargetStopped;
        if (action == WdfIoTargetCancelSentIo) {
            cancelQueuedLocked();
            requests = takeQueuedRequestsLocked();
        }
    }
    cancelQueuedRequests(requests);
    // Documented: requests sent with IGNORE_TARGET_STATE are neither cancelled nor waited for.
    if (action == WdfIoTargetCancelSentIo) cancelSent(/*includeIgnoringState=*/false);
    if (action == WdfIoTargetCancelSentIo || action == WdfIoTargetWaitForSentIoToComplete) {
        waitForSent(/*includeIgnoringState=*/false);
    }
}

// Same thread/IRQL as the delete (PASSIVE_LEVEL for targets: documented).
void FxIoTarget::onCleanup() {
    std::vector<FxRequest*> requests;
    {
        FxSpinGuard guard(lock_);
        state_ = WdfIoTargetDeleted;
        cancelQueuedLocked();
        requests = takeQueuedRequestsLocked();
    }
    cancelQueuedRequests(requests);
    cancelSent(/*includeIgnoringState=*/true);
    // Senders hold references: if they are still out, the destructor releases the file.
    if (KeGetCurrentIrql() == PASSIVE_LEVEL) {
        waitForSent(/*includeIgnoringState=*/true);
        releaseTargetObjects();
        unregisterForRemoval();
    }
}

void FxIoTarget::cancelQueuedLocked() {
    for (QueuedSend* queued : queued_) queued->release(QueuedSend::Decision::Cancel);
    queued_.clear();
}

// Admits a send: registers `entry` as sent and returns the objects to send to. Waits
// while the target is stopped (unless the sender ignores the state).
// IRQL PASSIVE_LEVEL.
NTSTATUS FxIoTarget::admit(SentIo* entry, const FxSendDeadline& deadline, PDEVICE_OBJECT* device,
                           PFILE_OBJECT* file) {
    for (;;) {
        QueuedSend queued;
        {
            FxSpinGuard guard(lock_);
            const bool sendable =
                state_ == WdfIoTargetStarted || (state_ == WdfIoTargetStopped && entry->ignoresState);
            if (sendable) {
                sent_.push_back(entry);
                *device = targetDevice_;
                *file = targetFile_;
                return STATUS_SUCCESS;
            }
            if (state_ != WdfIoTargetStopped) return STATUS_INVALID_DEVICE_STATE;
            queued_.push_back(&queued);
        }
        NTSTATUS wait = deadline.wait(&queued.wake);
        FxSpinGuard guard(lock_);
        if (wait == STATUS_TIMEOUT) {
            auto it = std::find(queued_.begin(), queued_.end(), &queued);
            if (it != queued_.end()) {
                queued_.erase(it);
                return STATUS_IO_TIMEOUT;
            }
        }
        if (queued.decision == QueuedSend::Decision::Cancel) return STATUS_CANCELLED;
        // Released by Start (or it raced the timeout): look at the state again.
    }
}

// Same thread/IRQL as IoCompleteRequest of the target's driver (<= DISPATCH_LEVEL).
NTSTATUS NTAPI FxIoTarget::onIrpCompleted(PDEVICE_OBJECT, PIRP, PVOID context) {
    auto* entry = static_cast<SentIo*>(context);
    entry->target->requestIrpReturned(entry);
    return STATUS_CONTINUE_COMPLETION;
}

// IRQL <= DISPATCH_LEVEL.
void FxIoTarget::requestIrpReturned(FxSentIo* entry) {
    forgetSentToSelf(entry->irp);
    lock_.lock();
    entry->completed = true;
    auto it = std::find(sent_.begin(), sent_.end(), entry);
    if (it != sent_.end()) sent_.erase(it);
    // The IRP may be freed after this returns: not while another thread is still inside
    // IoCancelIrp for it.
    const int own = tlsCancelling == entry ? 1 : 0;
    while (entry->cancellers > own) {
        lock_.unlock();
        ntos::platform::yieldProcessor();
        lock_.lock();
    }
    lock_.unlock();
}

// IRQL <= DISPATCH_LEVEL.
void FxIoTarget::cancelEntry(SentIo* entry) {
    PIRP irp = nullptr;
    {
        FxSpinGuard guard(lock_);
        if (entry->completed) return;
        if (entry->irp == nullptr) {
            entry->cancelRequested = true;  // the sender marks the IRP cancelled before sending it
            return;
        }
        ++entry->cancellers;
        irp = entry->irp;
    }
    SentIo* previous = tlsCancelling;
    tlsCancelling = entry;
    IoCancelIrp(irp);
    tlsCancelling = previous;
    FxSpinGuard guard(lock_);
    --entry->cancellers;
}

// IRQL <= DISPATCH_LEVEL.
void FxIoTarget::cancelSent(bool includeIgnoringState) {
    std::vector<SentIo*> entries;
    {
        FxSpinGuard guard(lock_);
        for (SentIo* entry : sent_) {
            if (entry->ignoresState && !includeIgnoringState) continue;
            if (entry->irp == nullptr) {
                entry->cancelRequested = true;
                continue;
            }
            ++entry->cancellers;  // keeps the IRP from being freed until IoCancelIrp returned
            entries.push_back(entry);
        }
    }
    for (SentIo* entry : entries) {
        SentIo* previous = tlsCancelling;
        tlsCancelling = entry;
        IoCancelIrp(entry->irp);
        tlsCancelling = previous;
        FxSpinGuard guard(lock_);
        --entry->cancellers;
    }
}

// IRQL PASSIVE_LEVEL.
void FxIoTarget::waitForSent(bool includeIgnoringState) {
    for (;;) {
        {
            FxSpinGuard guard(lock_);
            bool pending = false;
            for (SentIo* entry : sent_) pending = pending || includeIgnoringState || !entry->ignoresState;
            if (!pending) return;
        }
        ntos::platform::sleepFor100ns(10'000);  // 1 ms
    }
}

// IRQL PASSIVE_LEVEL (the file object's close IRP is sent from here).
void FxIoTarget::releaseTargetObjects() {
    PFILE_OBJECT file = nullptr;
    HANDLE handle = nullptr;
    {
        FxSpinGuard guard(lock_);
        if (kind_ == Kind::Remote) {
            if (ownsFileReference_) file = targetFile_;
            handle = targetHandle_;
            ownsFileReference_ = false;
            targetHandle_ = nullptr;
            targetFile_ = nullptr;
            targetDevice_ = nullptr;
            targetPdo_ = nullptr;
        }
    }
    if (file != nullptr) ObDereferenceObject(file);
    if (handle == nullptr) return;
    // ZwClose sends IRP_MJ_CLEANUP and waits: at PASSIVE_LEVEL only (a target may be
    // deleted at DISPATCH_LEVEL).
    if (KeGetCurrentIrql() == PASSIVE_LEVEL) {
        ZwClose(handle);
    } else {
        ntos::Kernel::current()->queueWork([handle] { ZwClose(handle); });
    }
}

// IRQL <= DISPATCH_LEVEL, any thread.
HANDLE FxIoTarget::targetFileHandle() const {
    FxSpinGuard guard(lock_);
    return targetHandle_;
}

}  // namespace wdf
