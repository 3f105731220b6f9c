#include "ntos/io/file_objects.h"

#include "ntos/io/completion_context.h"
#include "ntos/io/device_header.h"
#include "ntos/io/io_manager.h"
#include "ntos/io/synchronous_irp.h"
#include "ntos/ke/thread_state.h"
#include "ntos/system.h"

namespace ntos {

struct FileObjects::Record {
    FILE_OBJECT object{};
    std::u16string fileName;
    OpenParameters params;
    bool created = false;
    bool cleanedUp = false;
};

ACCESS_MASK mapFileGenericAccess(ACCESS_MASK access) {
    ACCESS_MASK mapped = access & ~(GENERIC_READ | GENERIC_WRITE | GENERIC_EXECUTE | GENERIC_ALL);
    if (access & GENERIC_READ) mapped |= FILE_GENERIC_READ;
    if (access & GENERIC_WRITE) mapped |= FILE_GENERIC_WRITE;
    if (access & GENERIC_EXECUTE) mapped |= FILE_GENERIC_EXECUTE;
    if (access & GENERIC_ALL) mapped |= FILE_ALL_ACCESS;
    return mapped;
}

namespace {

PIRP allocateFileIrp(PDEVICE_OBJECT top, PFILE_OBJECT fileObject, UCHAR major, ULONG flags,
                     KPROCESSOR_MODE mode) {
    PIRP irp = IoAllocateIrp(top->StackSize, FALSE);
    if (irp == nullptr) return nullptr;
    irp->RequestorMode = mode;
    irp->Flags = flags;
    irp->Tail.Overlay.OriginalFileObject = fileObject;
    irp->Tail.Overlay.Thread = reinterpret_cast<PETHREAD>(currentKThread());
    PIO_STACK_LOCATION stack = IoGetNextIrpStackLocation(irp);
    stack->MajorFunction = major;
    stack->FileObject = fileObject;
    return irp;
}

}  // namespace

FileObjects::FileObjects(IoManager& io) : io_(io) {}

FileObjects::~FileObjects() {
    platform::LockGuard guard(lock_);
    records_.clear();
}

size_t FileObjects::count() const {
    platform::LockGuard guard(lock_);
    return records_.size();
}

size_t FileObjects::countOnStack(PDEVICE_OBJECT pdo) const {
    platform::LockGuard devices(io_.deviceTreeLock());
    platform::LockGuard guard(lock_);
    size_t count = 0;
    for (const auto& [fileObject, record] : records_) {
        PDEVICE_OBJECT bottom = fileObject->DeviceObject;
        while (DeviceHeader* header = DeviceHeader::of(bottom)) {
            if (header->attachedTo == nullptr) break;
            bottom = header->attachedTo;
        }
        if (bottom == pdo) ++count;
    }
    return count;
}

NTSTATUS FileObjects::open(PDEVICE_OBJECT device, const std::u16string& fileName,
                           const OpenParameters& params, PFILE_OBJECT* out) {
    *out = nullptr;
    DeviceHeader* header = DeviceHeader::of(device);
    if (header == nullptr) return STATUS_OBJECT_TYPE_MISMATCH;
    if (device->Flags & DO_DEVICE_INITIALIZING) return STATUS_NO_SUCH_DEVICE;
    if (header->deletePending) return STATUS_DELETE_PENDING;
    if ((device->Flags & DO_EXCLUSIVE) && header->openCount.load() > 0) return STATUS_ACCESS_DENIED;
    {
        PDEVICE_OBJECT base = IoGetDeviceAttachmentBaseRef(device);
        const auto pnpState = DeviceHeader::of(base)->pnpOpenState;
        dereferenceDevice(base);
        if (pnpState == DeviceHeader::PnpOpenState::NotStarted) return STATUS_NO_SUCH_DEVICE;
        if (pnpState == DeviceHeader::PnpOpenState::Removing) return STATUS_DELETE_PENDING;
    }

    auto record = std::make_unique<Record>();
    record->fileName = fileName;
    record->params = params;
    PFILE_OBJECT fileObject = &record->object;
    const ACCESS_MASK access = mapFileGenericAccess(params.desiredAccess);
    fileObject->Type = IO_TYPE_FILE;
    fileObject->Size = sizeof(FILE_OBJECT);
    fileObject->DeviceObject = device;
    fileObject->FileName.Buffer = record->fileName.empty()
                                      ? nullptr
                                      : reinterpret_cast<PWCH>(record->fileName.data());
    fileObject->FileName.Length = static_cast<USHORT>(record->fileName.size() * sizeof(WCHAR));
    fileObject->FileName.MaximumLength = fileObject->FileName.Length;
    fileObject->ReadAccess = (access & (FILE_READ_DATA | FILE_EXECUTE)) != 0;
    fileObject->WriteAccess = (access & (FILE_WRITE_DATA | FILE_APPEND_DATA)) != 0;
    fileObject->DeleteAccess = (access & DELETE) != 0;
    fileObject->SharedRead = (params.shareAccess & FILE_SHARE_READ) != 0;
    fileObject->SharedWrite = (params.shareAccess & FILE_SHARE_WRITE) != 0;
    fileObject->SharedDelete = (params.shareAccess & FILE_SHARE_DELETE) != 0;
    if (params.createOptions & (FILE_SYNCHRONOUS_IO_ALERT | FILE_SYNCHRONOUS_IO_NONALERT)) {
        fileObject->Flags |= FO_SYNCHRONOUS_IO;
    }
    KeInitializeEvent(&fileObject->Lock, SynchronizationEvent, FALSE);
    KeInitializeEvent(&fileObject->Event, NotificationEvent, FALSE);

    io_.references().reference(device);
    {
        platform::LockGuard guard(lock_);
        records_[fileObject] = std::move(record);
    }
    io_.references().track(fileObject, [this, fileObject] { lastReferenceGone(fileObject); });

    PDEVICE_OBJECT top = IoGetAttachedDeviceReference(device);
    PIRP irp = allocateFileIrp(top, fileObject, IRP_MJ_CREATE, IRP_CREATE_OPERATION | IRP_SYNCHRONOUS_API,
                               params.requestorMode);
    if (irp == nullptr) {
        dereferenceDevice(top);
        io_.references().dereference(fileObject);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    // ACCESS_STATE is opaque to drivers here; security checks are not modelled yet.
    IO_SECURITY_CONTEXT securityContext{};
    securityContext.AccessState = nullptr;
    securityContext.DesiredAccess = access;
    securityContext.FullCreateOptions = params.createOptions;
    PIO_STACK_LOCATION stack = IoGetNextIrpStackLocation(irp);
    stack->Parameters.Create.SecurityContext = &securityContext;
    stack->Parameters.Create.Options = (params.createDisposition << 24) | (params.createOptions & 0x00FFFFFF);
    stack->Parameters.Create.FileAttributes = static_cast<USHORT>(params.fileAttributes);
    stack->Parameters.Create.ShareAccess = static_cast<USHORT>(params.shareAccess);
    stack->Parameters.Create.EaLength = 0;

    IO_STATUS_BLOCK result{};
    NTSTATUS status;
    {
        PreviousModeScope previousMode(params.requestorMode);
        status = callDriverAndWait(top, irp, &result);
    }
    dereferenceDevice(top);
    if (!NT_SUCCESS(status)) {
        io_.references().dereference(fileObject);
        return status;
    }
    {
        platform::LockGuard guard(lock_);
        records_[fileObject]->created = true;
    }
    ++header->openCount;
    *out = fileObject;
    return status;
}

NTSTATUS FileObjects::cleanup(PFILE_OBJECT fileObject) {
    KPROCESSOR_MODE mode;
    {
        platform::LockGuard guard(lock_);
        auto it = records_.find(fileObject);
        if (it == records_.end() || !it->second->created) return STATUS_INVALID_HANDLE;
        if (it->second->cleanedUp) return STATUS_SUCCESS;
        it->second->cleanedUp = true;
        mode = it->second->params.requestorMode;
    }
    PDEVICE_OBJECT top = IoGetAttachedDeviceReference(fileObject->DeviceObject);
    PIRP irp = allocateFileIrp(top, fileObject, IRP_MJ_CLEANUP, IRP_CLOSE_OPERATION | IRP_SYNCHRONOUS_API, mode);
    NTSTATUS status = STATUS_INSUFFICIENT_RESOURCES;
    if (irp != nullptr) {
        IO_STATUS_BLOCK result{};
        PreviousModeScope previousMode(mode);
        status = callDriverAndWait(top, irp, &result);
    }
    dereferenceDevice(top);
    fileObject->Flags |= FO_CLEANUP_COMPLETE;
    return status;
}

void FileObjects::lastReferenceGone(PFILE_OBJECT fileObject) {
    bool created;
    {
        platform::LockGuard guard(lock_);
        auto it = records_.find(fileObject);
        if (it == records_.end()) return;
        created = it->second->created;
    }
    if (!created) {
        destroy(fileObject);
        return;
    }
    if (CompletionContext::active() || KeGetCurrentIrql() != PASSIVE_LEVEL) {
        io_.system().kernel().queueWork([this, fileObject] { sendCloseAndFree(fileObject); });
        return;
    }
    sendCloseAndFree(fileObject);
}

void FileObjects::sendCloseAndFree(PFILE_OBJECT fileObject) {
    // The driver sees CLEANUP before CLOSE even for file objects no handle was closed for.
    cleanup(fileObject);
    KPROCESSOR_MODE mode;
    {
        platform::LockGuard guard(lock_);
        mode = records_.at(fileObject)->params.requestorMode;
    }
    PDEVICE_OBJECT top = IoGetAttachedDeviceReference(fileObject->DeviceObject);
    PIRP irp = allocateFileIrp(top, fileObject, IRP_MJ_CLOSE, IRP_CLOSE_OPERATION | IRP_SYNCHRONOUS_API, mode);
    if (irp != nullptr) {
        IO_STATUS_BLOCK result{};
        PreviousModeScope previousMode(mode);
        callDriverAndWait(top, irp, &result);
    }
    dereferenceDevice(top);
    if (DeviceHeader* header = DeviceHeader::of(fileObject->DeviceObject)) --header->openCount;
    destroy(fileObject);
}

void FileObjects::destroy(PFILE_OBJECT fileObject) {
    std::unique_ptr<Record> record;
    {
        platform::LockGuard guard(lock_);
        auto it = records_.find(fileObject);
        if (it == records_.end()) return;
        record = std::move(it->second);
        records_.erase(it);
    }
    PDEVICE_OBJECT device = record->object.DeviceObject;
    const bool created = record->created;
    PDEVICE_OBJECT base = IoGetDeviceAttachmentBaseRef(device);
    record.reset();
    dereferenceDevice(device);
    if (created) io_.fileObjectClosed(base);
    dereferenceDevice(base);
}

}  // namespace ntos
