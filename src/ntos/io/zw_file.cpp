// The kernel's file-handle routines ("Using a File Handle"): ZwCreateFile / ZwOpenFile
// open a device by name and return a kernel handle, ObReferenceObjectByHandle turns the
// handle into a referenced FILE_OBJECT, ZwReadFile / ZwWriteFile / ZwDeviceIoControlFile
// send synchronous requests through it, and ZwClose / ObCloseHandle close it
// (IRP_MJ_CLEANUP now, IRP_MJ_CLOSE when the last reference to the file object goes).
#include <string>

#include "ntos/io/io_manager.h"
#include "ntos/io/nt_string.h"
#include "ntos/ke/bug_check.h"

namespace {

// POBJECT_TYPE values are only compared by drivers; the object behind them is opaque.
char fileObjectTypeTag;
POBJECT_TYPE fileObjectType = reinterpret_cast<POBJECT_TYPE>(&fileObjectTypeTag);

ACCESS_MASK mapFileAccess(ACCESS_MASK access) { return ntos::mapFileGenericAccess(access); }

NTSTATUS openFile(const char* routine, PHANDLE handle, ACCESS_MASK access, POBJECT_ATTRIBUTES attributes,
                  PIO_STATUS_BLOCK ioStatus, const ntos::OpenParameters& params) {
    if (handle == nullptr || attributes == nullptr || ioStatus == nullptr) return STATUS_INVALID_PARAMETER;
    *handle = nullptr;
    if (attributes->RootDirectory != nullptr) {
        ntos::notImplemented(std::string(routine) + " relative to OBJECT_ATTRIBUTES.RootDirectory");
    }
    if (attributes->ObjectName == nullptr || attributes->ObjectName->Length == 0) return STATUS_OBJECT_NAME_INVALID;
    ntos::IoManager& io = ntos::IoManager::current(routine);
    PDEVICE_OBJECT device = nullptr;
    std::u16string remainder;
    NTSTATUS status = io.names().resolveDevice(ntos::toU16(attributes->ObjectName), &device, &remainder);
    if (!NT_SUCCESS(status)) {
        ioStatus->Status = status;
        ioStatus->Information = 0;
        return status;
    }
    PFILE_OBJECT file = nullptr;
    status = io.files().open(device, remainder, params, &file);
    ioStatus->Status = status;
    ioStatus->Information = NT_SUCCESS(status) ? FILE_OPENED : 0;
    if (!NT_SUCCESS(status)) return status;
    *handle = io.handles().insert(file, mapFileAccess(access));
    return STATUS_SUCCESS;
}

// Builds, sends and waits for one synchronous request on a file handle.
NTSTATUS sendOnHandle(const char* routine, HANDLE handle, HANDLE event, PIO_APC_ROUTINE apc,
                      PIO_STATUS_BLOCK ioStatus, PIRP (*build)(PDEVICE_OBJECT, PKEVENT, PIO_STATUS_BLOCK, void*),
                      void* buildContext) {
    if (event != nullptr || apc != nullptr) {
        ntos::notImplemented(std::string(routine) + " with an Event or ApcRoutine (asynchronous I/O on a handle)");
    }
    if (ioStatus == nullptr) return STATUS_INVALID_PARAMETER;
    PFILE_OBJECT file = nullptr;
    NTSTATUS status = ObReferenceObjectByHandle(handle, 0, *IoFileObjectType, KernelMode,
                                                reinterpret_cast<PVOID*>(&file), nullptr);
    if (!NT_SUCCESS(status)) return status;
    PDEVICE_OBJECT device = IoGetRelatedDeviceObject(file);
    KEVENT done;
    KeInitializeEvent(&done, NotificationEvent, FALSE);
    PIRP irp = build(device, &done, ioStatus, buildContext);
    if (irp == nullptr) {
        ObDereferenceObject(file);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoGetNextIrpStackLocation(irp)->FileObject = file;
    irp->Tail.Overlay.OriginalFileObject = file;
    status = IoCallDriver(device, irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, nullptr);
        status = ioStatus->Status;
    }
    ObDereferenceObject(file);
    return status;
}

struct TransferArgs {
    UCHAR major;
    PVOID buffer;
    ULONG length;
    PLARGE_INTEGER offset;
};

PIRP buildTransfer(PDEVICE_OBJECT device, PKEVENT event, PIO_STATUS_BLOCK ioStatus, void* context) {
    auto* args = static_cast<TransferArgs*>(context);
    return IoBuildSynchronousFsdRequest(args->major, device, args->buffer, args->length, args->offset, event,
                                        ioStatus);
}

struct ControlArgs {
    ULONG code;
    PVOID input;
    ULONG inputLength;
    PVOID output;
    ULONG outputLength;
};

PIRP buildControl(PDEVICE_OBJECT device, PKEVENT event, PIO_STATUS_BLOCK ioStatus, void* context) {
    auto* args = static_cast<ControlArgs*>(context);
    return IoBuildDeviceIoControlRequest(args->code, device, args->input, args->inputLength, args->output,
                                         args->outputLength, FALSE, event, ioStatus);
}

}  // namespace

extern "C" {

NTKERNELAPI POBJECT_TYPE* IoFileObjectType = &fileObjectType;

// IRQL PASSIVE_LEVEL.
NTSTATUS NTAPI ZwCreateFile(PHANDLE FileHandle, ACCESS_MASK DesiredAccess, POBJECT_ATTRIBUTES ObjectAttributes,
                            PIO_STATUS_BLOCK IoStatusBlock, PLARGE_INTEGER AllocationSize, ULONG FileAttributes,
                            ULONG ShareAccess, ULONG CreateDisposition, ULONG CreateOptions, PVOID EaBuffer,
                            ULONG EaLength) {
    (void)AllocationSize;
    if (EaBuffer != nullptr && EaLength != 0) ntos::notImplemented("ZwCreateFile with extended attributes");
    ntos::OpenParameters params;
    params.desiredAccess = DesiredAccess;
    params.shareAccess = ShareAccess;
    params.createDisposition = CreateDisposition;
    params.createOptions = CreateOptions;
    params.fileAttributes = FileAttributes;
    params.requestorMode = KernelMode;
    return openFile("ZwCreateFile", FileHandle, DesiredAccess, ObjectAttributes, IoStatusBlock, params);
}

// IRQL PASSIVE_LEVEL.
NTSTATUS NTAPI ZwOpenFile(PHANDLE FileHandle, ACCESS_MASK DesiredAccess, POBJECT_ATTRIBUTES ObjectAttributes,
                          PIO_STATUS_BLOCK IoStatusBlock, ULONG ShareAccess, ULONG OpenOptions) {
    ntos::OpenParameters params;
    params.desiredAccess = DesiredAccess;
    params.shareAccess = ShareAccess;
    params.createDisposition = FILE_OPEN;
    params.createOptions = OpenOptions;
    params.requestorMode = KernelMode;
    return openFile("ZwOpenFile", FileHandle, DesiredAccess, ObjectAttributes, IoStatusBlock, params);
}

// IRQL PASSIVE_LEVEL. Closing the handle sends IRP_MJ_CLEANUP; the file object (and
// IRP_MJ_CLOSE) goes with its last reference.
NTSTATUS NTAPI ObCloseHandle(HANDLE Handle, KPROCESSOR_MODE PreviousMode) {
    (void)PreviousMode;
    ntos::IoManager& io = ntos::IoManager::current("ObCloseHandle");
    ntos::KernelHandles::Entry entry;
    if (!io.handles().remove(Handle, &entry)) return STATUS_INVALID_HANDLE;
    io.files().cleanup(entry.file);
    ObDereferenceObject(entry.file);
    return STATUS_SUCCESS;
}

// IRQL PASSIVE_LEVEL.
NTSTATUS NTAPI ZwClose(HANDLE Handle) { return ObCloseHandle(Handle, KernelMode); }

// IRQL PASSIVE_LEVEL. Kernel-mode callers are not access-checked (documented); a
// user-mode AccessMode checks DesiredAccess against what the handle was opened for.
NTSTATUS NTAPI ObReferenceObjectByHandle(HANDLE Handle, ACCESS_MASK DesiredAccess, POBJECT_TYPE ObjectType,
                                         KPROCESSOR_MODE AccessMode, PVOID* Object,
                                         POBJECT_HANDLE_INFORMATION HandleInformation) {
    if (Object == nullptr) return STATUS_INVALID_PARAMETER;
    *Object = nullptr;
    ntos::IoManager& io = ntos::IoManager::current("ObReferenceObjectByHandle");
    ntos::KernelHandles::Entry entry;
    if (!io.handles().lookup(Handle, &entry)) return STATUS_INVALID_HANDLE;
    if (ObjectType != nullptr && ObjectType != *IoFileObjectType) return STATUS_OBJECT_TYPE_MISMATCH;
    if (AccessMode == UserMode) {
        const ACCESS_MASK wanted = mapFileAccess(DesiredAccess);
        if ((wanted & ~entry.grantedAccess) != 0) return STATUS_ACCESS_DENIED;
    }
    if (!io.references().reference(entry.file)) return STATUS_INVALID_HANDLE;  // closed meanwhile
    if (HandleInformation != nullptr) {
        HandleInformation->HandleAttributes = OBJ_KERNEL_HANDLE;
        HandleInformation->GrantedAccess = entry.grantedAccess;
    }
    *Object = entry.file;
    return STATUS_SUCCESS;
}

// IRQL PASSIVE_LEVEL.
NTSTATUS NTAPI ObReferenceObjectByHandleWithTag(HANDLE Handle, ACCESS_MASK DesiredAccess, POBJECT_TYPE ObjectType,
                                                KPROCESSOR_MODE AccessMode, ULONG Tag, PVOID* Object,
                                                POBJECT_HANDLE_INFORMATION HandleInformation) {
    (void)Tag;
    return ObReferenceObjectByHandle(Handle, DesiredAccess, ObjectType, AccessMode, Object, HandleInformation);
}

// IRQL PASSIVE_LEVEL. Synchronous only.
NTSTATUS NTAPI ZwReadFile(HANDLE FileHandle, HANDLE Event, PIO_APC_ROUTINE ApcRoutine, PVOID ApcContext,
                          PIO_STATUS_BLOCK IoStatusBlock, PVOID Buffer, ULONG Length, PLARGE_INTEGER ByteOffset,
                          PULONG Key) {
    (void)ApcContext;
    (void)Key;
    TransferArgs args{IRP_MJ_READ, Buffer, Length, ByteOffset};
    return sendOnHandle("ZwReadFile", FileHandle, Event, ApcRoutine, IoStatusBlock, buildTransfer, &args);
}

// IRQL PASSIVE_LEVEL. Synchronous only.
NTSTATUS NTAPI ZwWriteFile(HANDLE FileHandle, HANDLE Event, PIO_APC_ROUTINE ApcRoutine, PVOID ApcContext,
                           PIO_STATUS_BLOCK IoStatusBlock, PVOID Buffer, ULONG Length, PLARGE_INTEGER ByteOffset,
                           PULONG Key) {
    (void)ApcContext;
    (void)Key;
    TransferArgs args{IRP_MJ_WRITE, Buffer, Length, ByteOffset};
    return sendOnHandle("ZwWriteFile", FileHandle, Event, ApcRoutine, IoStatusBlock, buildTransfer, &args);
}

// IRQL PASSIVE_LEVEL. Synchronous only.
NTSTATUS NTAPI ZwDeviceIoControlFile(HANDLE FileHandle, HANDLE Event, PIO_APC_ROUTINE ApcRoutine, PVOID ApcContext,
                                     PIO_STATUS_BLOCK IoStatusBlock, ULONG IoControlCode, PVOID InputBuffer,
                                     ULONG InputBufferLength, PVOID OutputBuffer, ULONG OutputBufferLength) {
    (void)ApcContext;
    ControlArgs args{IoControlCode, InputBuffer, InputBufferLength, OutputBuffer, OutputBufferLength};
    return sendOnHandle("ZwDeviceIoControlFile", FileHandle, Event, ApcRoutine, IoStatusBlock, buildControl, &args);
}

}  // extern "C"
