// Device stacks: attaching a device on top of another, walking to the top or the
// bottom, and opening a device by name for a kernel-mode caller.
#include "ntos/io/device_header.h"
#include "ntos/io/io_manager.h"
#include "ntos/io/nt_string.h"
#include "ntos/ke/bug_check.h"
#include "ntos/system.h"

#include <algorithm>

using ntos::DeviceHeader;
using ntos::IoManager;

namespace {

PDEVICE_OBJECT topOf(PDEVICE_OBJECT device) {
    while (device->AttachedDevice != nullptr) device = device->AttachedDevice;
    return device;
}

PDEVICE_OBJECT attach(IoManager& io, PDEVICE_OBJECT source, PDEVICE_OBJECT target, PDEVICE_OBJECT* attachedTo) {
    ntos::platform::LockGuard guard(io.deviceTreeLock());
    PDEVICE_OBJECT top = topOf(target);
    DeviceHeader* topHeader = DeviceHeader::of(top);
    if (topHeader == nullptr || topHeader->deletePending) {
        if (attachedTo) *attachedTo = nullptr;
        return nullptr;
    }
    if (attachedTo) *attachedTo = top;
    DeviceHeader* sourceHeader = DeviceHeader::of(source);
    if (sourceHeader == nullptr) {
        ntos::bugCheck(ntos::bugcode::DriverVerifierDetectedViolation, reinterpret_cast<ULONG_PTR>(source), 0, 0,
                       0, "IoAttachDeviceToDeviceStack: source is not a device object created by IoCreateDevice");
    }
    sourceHeader->attachedTo = top;
    source->StackSize = static_cast<CCHAR>(top->StackSize + 1);
    source->AlignmentRequirement = std::max(source->AlignmentRequirement, top->AlignmentRequirement);
    source->SectorSize = top->SectorSize;
    top->AttachedDevice = source;
    // The device below stays allocated while something is attached to it, so a filter
    // can forward IRP_MN_REMOVE_DEVICE and detach after the lower driver deleted its device.
    io.references().reference(top);
    return top;
}

}  // namespace

extern "C" {

// IRQL <= DISPATCH_LEVEL, any thread.
PDEVICE_OBJECT IoAttachDeviceToDeviceStack(PDEVICE_OBJECT SourceDevice, PDEVICE_OBJECT TargetDevice) {
    return attach(IoManager::current("IoAttachDeviceToDeviceStack"), SourceDevice, TargetDevice, nullptr);
}

// IRQL <= DISPATCH_LEVEL, any thread.
NTSTATUS IoAttachDeviceToDeviceStackSafe(PDEVICE_OBJECT SourceDevice, PDEVICE_OBJECT TargetDevice,
                                         PDEVICE_OBJECT* AttachedToDeviceObject) {
    PDEVICE_OBJECT top = attach(IoManager::current("IoAttachDeviceToDeviceStackSafe"), SourceDevice,
                                TargetDevice, AttachedToDeviceObject);
    return top ? STATUS_SUCCESS : STATUS_NO_SUCH_DEVICE;
}

// IRQL == PASSIVE_LEVEL, any thread.
NTSTATUS IoAttachDevice(PDEVICE_OBJECT SourceDevice, PUNICODE_STRING TargetDevice,
                        PDEVICE_OBJECT* AttachedDevice) {
    IoManager& io = IoManager::current("IoAttachDevice");
    PDEVICE_OBJECT target = nullptr;
    std::u16string remainder;
    NTSTATUS status = io.names().resolveDevice(ntos::toU16(TargetDevice), &target, &remainder);
    if (!NT_SUCCESS(status)) return status;
    *AttachedDevice = attach(io, SourceDevice, target, nullptr);
    return *AttachedDevice ? STATUS_SUCCESS : STATUS_NO_SUCH_DEVICE;
}

// IRQL == PASSIVE_LEVEL, any thread.
VOID IoDetachDevice(PDEVICE_OBJECT TargetDevice) {
    IoManager& io = IoManager::current("IoDetachDevice");
    {
        ntos::platform::LockGuard guard(io.deviceTreeLock());
        PDEVICE_OBJECT upper = TargetDevice->AttachedDevice;
        if (upper == nullptr) return;
        if (DeviceHeader* header = DeviceHeader::of(upper)) header->attachedTo = nullptr;
        TargetDevice->AttachedDevice = nullptr;
    }
    // Outside the tree lock: the last reference frees the device, which takes that lock.
    io.references().dereference(TargetDevice);
}

// IRQL <= DISPATCH_LEVEL, any thread.
PDEVICE_OBJECT IoGetAttachedDevice(PDEVICE_OBJECT DeviceObject) {
    IoManager& io = IoManager::current("IoGetAttachedDevice");
    ntos::platform::LockGuard guard(io.deviceTreeLock());
    return topOf(DeviceObject);
}

// IRQL <= DISPATCH_LEVEL, any thread.
PDEVICE_OBJECT IoGetAttachedDeviceReference(PDEVICE_OBJECT DeviceObject) {
    IoManager& io = IoManager::current("IoGetAttachedDeviceReference");
    ntos::platform::LockGuard guard(io.deviceTreeLock());
    PDEVICE_OBJECT top = topOf(DeviceObject);
    io.references().reference(top);
    return top;
}

// IRQL <= DISPATCH_LEVEL, any thread.
PDEVICE_OBJECT IoGetLowerDeviceObject(PDEVICE_OBJECT DeviceObject) {
    IoManager& io = IoManager::current("IoGetLowerDeviceObject");
    ntos::platform::LockGuard guard(io.deviceTreeLock());
    DeviceHeader* header = DeviceHeader::of(DeviceObject);
    if (header == nullptr || header->attachedTo == nullptr) return nullptr;
    io.references().reference(header->attachedTo);
    return header->attachedTo;
}

// IRQL <= DISPATCH_LEVEL, any thread.
PDEVICE_OBJECT IoGetDeviceAttachmentBaseRef(PDEVICE_OBJECT DeviceObject) {
    IoManager& io = IoManager::current("IoGetDeviceAttachmentBaseRef");
    ntos::platform::LockGuard guard(io.deviceTreeLock());
    PDEVICE_OBJECT bottom = DeviceObject;
    while (DeviceHeader* header = DeviceHeader::of(bottom)) {
        if (header->attachedTo == nullptr) break;
        bottom = header->attachedTo;
    }
    io.references().reference(bottom);
    return bottom;
}

// IRQL <= DISPATCH_LEVEL, any thread.
PDEVICE_OBJECT IoGetRelatedDeviceObject(PFILE_OBJECT FileObject) {
    return IoGetAttachedDevice(FileObject->DeviceObject);
}

// IRQL == PASSIVE_LEVEL, any thread.
NTSTATUS IoGetDeviceObjectPointer(PUNICODE_STRING ObjectName, ACCESS_MASK DesiredAccess,
                                  PFILE_OBJECT* FileObject, PDEVICE_OBJECT* DeviceObject) {
    IoManager& io = IoManager::current("IoGetDeviceObjectPointer");
    PDEVICE_OBJECT device = nullptr;
    std::u16string remainder;
    NTSTATUS status = io.names().resolveDevice(ntos::toU16(ObjectName), &device, &remainder);
    if (!NT_SUCCESS(status)) return status;
    ntos::OpenParameters params;
    params.desiredAccess = DesiredAccess;
    params.requestorMode = KernelMode;
    PFILE_OBJECT fileObject = nullptr;
    status = io.files().open(device, remainder, params, &fileObject);
    if (!NT_SUCCESS(status)) return status;
    // The handle ZwOpenFile would return is closed at once; the reference stays.
    io.files().cleanup(fileObject);
    *FileObject = fileObject;
    *DeviceObject = IoGetRelatedDeviceObject(fileObject);
    return STATUS_SUCCESS;
}

}  // extern "C"
