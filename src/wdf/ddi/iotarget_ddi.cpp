// General I/O target DDIs (wdfiotarget.h) and WdfDeviceGetIoTarget (wdfdevice.h).
#include <cstdio>
#include <string>

#include "wdf/core/fx_device.h"
#include "wdf/ddi/ddi_families.h"
#include "wdf/ddi/ddi_support.h"
#include "wdf/io/fx_io_queue.h"
#include "wdf/io/fx_io_target.h"
#include "wdf/io/fx_request.h"
#include "wdf/object/fx_ddi_checks.h"
#include "wdf/support/fx_memory.h"

using namespace wdf;

namespace {

// Sends that wait must run at PASSIVE_LEVEL (documented IRQL of every
// WdfIoTargetSendXxxSynchronously): anything higher is the WDF_VIOLATION IRQL mismatch.
void requirePassive(FxDriverGlobals* globals, const char* ddi) {
    const KIRQL irql = KeGetCurrentIrql();
    if (irql == PASSIVE_LEVEL) return;
    wdfViolation(globals, kFxIrqlMismatch, irql, PASSIVE_LEVEL, 0,
                 std::string(ddi) + " called at IRQL " + std::to_string(irql) +
                     "; a synchronous send waits and must be called at PASSIVE_LEVEL");
}

// A WDFMEMORY (+ optional WDFMEMORY_OFFSET) of a format DDI; NULL memory: no buffer.
NTSTATUS describeMemory(FxDriverGlobals* globals, WDFMEMORY handle, PWDFMEMORY_OFFSET offsets, const char* ddi,
                        FxFormatBuffer* out) {
    *out = FxFormatBuffer{};
    if (handle == nullptr) return STATUS_SUCCESS;
    WDF_MEMORY_DESCRIPTOR descriptor;
    WDF_MEMORY_DESCRIPTOR_INIT_HANDLE(&descriptor, handle, offsets);
    FxTransferBuffer transfer;
    NTSTATUS status = fxResolveMemoryDescriptor(globals, &descriptor, ddi, &transfer);
    if (!NT_SUCCESS(status)) return status;
    out->memory = resolve<FxMemory>(globals, handle, ddi);
    out->offset = offsets != nullptr ? offsets->BufferOffset : 0;
    out->buffer = transfer.buffer;
    out->length = transfer.length;
    return STATUS_SUCCESS;
}

// A WDF_MEMORY_DESCRIPTOR of a synchronous send with a Request.
NTSTATUS describeDescriptor(FxDriverGlobals* globals, const WDF_MEMORY_DESCRIPTOR* descriptor, const char* ddi,
                            FxFormatBuffer* out) {
    *out = FxFormatBuffer{};
    if (descriptor == nullptr) return STATUS_SUCCESS;
    if (descriptor->Type == WdfMemoryDescriptorTypeHandle) {
        return describeMemory(globals, descriptor->u.HandleType.Memory, descriptor->u.HandleType.Offsets, ddi, out);
    }
    FxTransferBuffer transfer;
    NTSTATUS status = fxResolveMemoryDescriptor(globals, descriptor, ddi, &transfer);
    if (!NT_SUCCESS(status)) return status;
    out->buffer = transfer.buffer;
    out->length = transfer.length;
    return STATUS_SUCCESS;
}

NTSTATUS formatRequest(PWDF_DRIVER_GLOBALS DriverGlobals, WDFIOTARGET IoTarget, WDFREQUEST Request,
                       const FxRequestFormat& format, const char* ddi) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxIoTarget* target = resolve<FxIoTarget>(globals, IoTarget, ddi);
    FxRequest* request = resolve<FxRequest>(globals, Request, ddi);
    fxCheckIrql(globals, DISPATCH_LEVEL, ddi);
    return request->formatForTarget(target, format, ddi);
}

// WdfIoTargetSendXxxSynchronously with a Request: the framework formats the driver's
// request and sends it with WDF_REQUEST_SEND_OPTION_SYNCHRONOUS.
NTSTATUS sendRequestSynchronously(FxDriverGlobals* globals, FxIoTarget* target, WDFREQUEST Request,
                                  FxRequestFormat& format, const WDF_MEMORY_DESCRIPTOR* input,
                                  const WDF_MEMORY_DESCRIPTOR* output, const WDF_MEMORY_DESCRIPTOR* argument4,
                                  ULONG flags, LONGLONG timeout,
                                  PULONG_PTR information, const char* ddi) {
    FxRequest* request = resolve<FxRequest>(globals, Request, ddi);
    NTSTATUS status = describeDescriptor(globals, input, ddi, &format.input);
    if (!NT_SUCCESS(status)) return status;
    status = describeDescriptor(globals, output, ddi, &format.output);
    if (!NT_SUCCESS(status)) return status;
    status = describeDescriptor(globals, argument4, ddi, &format.argument4);
    if (!NT_SUCCESS(status)) return status;
    status = request->formatForTarget(target, format, ddi);
    if (!NT_SUCCESS(status)) return status;
    WDF_REQUEST_SEND_OPTIONS options;
    WDF_REQUEST_SEND_OPTIONS_INIT(&options, flags | WDF_REQUEST_SEND_OPTION_SYNCHRONOUS);
    options.Timeout = timeout;
    request->send(target, &options, ddi);
    status = request->status();
    if (information != nullptr) *information = request->irp()->IoStatus.Information;
    return status;
}

// WDF_REQUEST_SEND_OPTIONS of a synchronous send: Size, and only the flags that apply.
NTSTATUS checkSendOptions(FxDriverGlobals* globals, const WDF_REQUEST_SEND_OPTIONS* options, const char* ddi,
                          ULONG* flags, LONGLONG* timeout) {
    *flags = 0;
    *timeout = 0;
    if (options == nullptr) return STATUS_SUCCESS;
    if (options->Size != sizeof(WDF_REQUEST_SEND_OPTIONS)) {
        return fxBadStructSize(globals, ddi, "WDF_REQUEST_SEND_OPTIONS", options->Size,
                               sizeof(WDF_REQUEST_SEND_OPTIONS));
    }
    const ULONG known = WDF_REQUEST_SEND_OPTION_TIMEOUT | WDF_REQUEST_SEND_OPTION_SYNCHRONOUS |
                        WDF_REQUEST_SEND_OPTION_IGNORE_TARGET_STATE;
    if ((options->Flags & WDF_REQUEST_SEND_OPTION_SEND_AND_FORGET) != 0) {
        globals->verifierLog(std::string(ddi) + ": WDF_REQUEST_SEND_OPTION_SEND_AND_FORGET on a synchronous send");
        return STATUS_INVALID_PARAMETER;
    }
    if ((options->Flags & ~known) != 0) {
        // The impersonation flags apply to create requests only.
        char flagsText[16];
        std::snprintf(flagsText, sizeof(flagsText), "0x%x", static_cast<unsigned>(options->Flags));
        globals->verifierLog(std::string(ddi) + ": WDF_REQUEST_SEND_OPTIONS.Flags " + flagsText +
                             " has flags that do not apply to this request");
        return STATUS_INVALID_PARAMETER;
    }
    *flags = options->Flags;
    *timeout = options->Timeout;
    return STATUS_SUCCESS;
}

NTSTATUS sendSynchronously(PWDF_DRIVER_GLOBALS DriverGlobals, WDFIOTARGET IoTarget, WDFREQUEST Request,
                           FxSyncSend& send, const WDF_MEMORY_DESCRIPTOR* input, const WDF_MEMORY_DESCRIPTOR* output,
                           const WDF_REQUEST_SEND_OPTIONS* options, PULONG_PTR information, const char* ddi,
                           const WDF_MEMORY_DESCRIPTOR* argument4 = nullptr) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxIoTarget* target = resolve<FxIoTarget>(globals, IoTarget, ddi);
    if (information != nullptr) *information = 0;
    requirePassive(globals, ddi);
    ULONG flags = 0;
    LONGLONG timeout = 0;
    NTSTATUS status = checkSendOptions(globals, options, ddi, &flags, &timeout);
    if (!NT_SUCCESS(status)) return status;
    if (Request != nullptr) {
        FxRequestFormat format;
        format.majorFunction = send.majorFunction;
        format.ioctlCode = send.ioctlCode;
        format.deviceOffset = send.deviceOffset;
        format.others = send.others;
        return sendRequestSynchronously(globals, target, Request, format, input, output, argument4, flags, timeout,
                                        information, ddi);
    }
    status = fxResolveMemoryDescriptor(globals, input, ddi, &send.input);
    if (!NT_SUCCESS(status)) return status;
    status = fxResolveMemoryDescriptor(globals, output, ddi, &send.output);
    if (!NT_SUCCESS(status)) return status;
    status = fxResolveMemoryDescriptor(globals, argument4, ddi, &send.argument4);
    if (!NT_SUCCESS(status)) return status;
    ULONG_PTR transferred = 0;
    status = target->sendSynchronously(send, flags, timeout, &transferred);
    if (information != nullptr) *information = transferred;
    return status;
}

}  // namespace

extern "C" {

// IRQL <= DISPATCH_LEVEL. NULL unless the driver called WdfDeviceInitAllowSelfIoTarget.
WDFIOTARGET NTAPI imp_WdfDeviceGetSelfIoTarget(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE Device) {
    const char* ddi = "WdfDeviceGetSelfIoTarget";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDevice* device = resolve<FxDevice>(globals, Device, ddi);
    fxCheckIrql(globals, DISPATCH_LEVEL, ddi);
    FxIoTarget* target = FxIoTarget::selfTargetOf(device);
    return target != nullptr ? target->handleAs<WDFIOTARGET>() : nullptr;
}

// IRQL PASSIVE_LEVEL.
NTSTATUS NTAPI imp_WdfIoTargetSelfAssignDefaultIoQueue(PWDF_DRIVER_GLOBALS DriverGlobals, WDFIOTARGET IoTarget,
                                                       WDFQUEUE Queue) {
    const char* ddi = "WdfIoTargetSelfAssignDefaultIoQueue";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxIoTarget* target = resolve<FxIoTarget>(globals, IoTarget, ddi);
    FxIoQueue* queue = resolve<FxIoQueue>(globals, Queue, ddi);
    fxCheckIrql(globals, PASSIVE_LEVEL, ddi);
    return target->assignSelfDefaultQueue(queue, ddi);
}

// IRQL <= DISPATCH_LEVEL. NULL for a PDO (documented) and for a device with no lower device.
WDFIOTARGET NTAPI imp_WdfDeviceGetIoTarget(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE Device) {
    const char* ddi = "WdfDeviceGetIoTarget";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDevice* device = resolve<FxDevice>(globals, Device, ddi);
    fxCheckIrql(globals, DISPATCH_LEVEL, ddi);
    FxIoTarget* target = FxIoTarget::localTargetOf(device);
    return target != nullptr ? target->handleAs<WDFIOTARGET>() : nullptr;
}

// IRQL PASSIVE_LEVEL. The parent must be the device or an object whose parents lead to it.
NTSTATUS NTAPI imp_WdfIoTargetCreate(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE Device,
                                     PWDF_OBJECT_ATTRIBUTES IoTargetAttributes, WDFIOTARGET* IoTarget) {
    const char* ddi = "WdfIoTargetCreate";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDevice* device = resolve<FxDevice>(globals, Device, ddi);
    fxRequire(globals, IoTarget, "IoTarget", ddi);
    *IoTarget = nullptr;
    if (!fxCheckIrql(globals, PASSIVE_LEVEL, ddi)) return STATUS_INVALID_DEVICE_REQUEST;
    FxObject* parent = nullptr;
    NTSTATUS status = fxValidateAttributes(globals, IoTargetAttributes, ddi, &parent);
    if (!NT_SUCCESS(status)) return status;
    if (parent != nullptr) {
        bool underDevice = false;
        for (FxObject* o = parent; o != nullptr && !underDevice; o = o->parent()) underDevice = o == device;
        if (!underDevice) {
            globals->verifierLog(std::string(ddi) + ": ParentObject is neither the device nor a descendant of it");
            return STATUS_INVALID_DEVICE_REQUEST;
        }
    }
    FxIoTarget* target = nullptr;
    status = fxCreateNamed(ddi, globals, IoTargetAttributes, device, &target, device, FxIoTarget::Kind::Remote);
    if (NT_SUCCESS(status)) *IoTarget = target->handleAs<WDFIOTARGET>();
    return status;
}

// IRQL PASSIVE_LEVEL.
NTSTATUS NTAPI imp_WdfIoTargetOpen(PWDF_DRIVER_GLOBALS DriverGlobals, WDFIOTARGET IoTarget,
                                   PWDF_IO_TARGET_OPEN_PARAMS OpenParams) {
    const char* ddi = "WdfIoTargetOpen";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxIoTarget* target = resolve<FxIoTarget>(globals, IoTarget, ddi);
    fxRequire(globals, OpenParams, "OpenParams", ddi);
    if (!fxCheckIrql(globals, PASSIVE_LEVEL, ddi)) return STATUS_INVALID_DEVICE_REQUEST;
    if (OpenParams->Size != sizeof(WDF_IO_TARGET_OPEN_PARAMS)) {
        return fxBadStructSize(globals, ddi, "WDF_IO_TARGET_OPEN_PARAMS", OpenParams->Size,
                               sizeof(WDF_IO_TARGET_OPEN_PARAMS));
    }
    return target->open(*OpenParams);
}

// IRQL PASSIVE_LEVEL.
VOID NTAPI imp_WdfIoTargetCloseForQueryRemove(PWDF_DRIVER_GLOBALS DriverGlobals, WDFIOTARGET IoTarget) {
    const char* ddi = "WdfIoTargetCloseForQueryRemove";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxIoTarget* target = resolve<FxIoTarget>(globals, IoTarget, ddi);
    fxCheckIrql(globals, PASSIVE_LEVEL, ddi);
    if (target->kind() != FxIoTarget::Kind::Remote) {
        globals->verifierLog(std::string(ddi) + ": only a remote I/O target can be closed");
        return;
    }
    target->close(WdfIoTargetClosedForQueryRemove);
}

// IRQL PASSIVE_LEVEL.
VOID NTAPI imp_WdfIoTargetClose(PWDF_DRIVER_GLOBALS DriverGlobals, WDFIOTARGET IoTarget) {
    const char* ddi = "WdfIoTargetClose";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxIoTarget* target = resolve<FxIoTarget>(globals, IoTarget, ddi);
    fxCheckIrql(globals, PASSIVE_LEVEL, ddi);
    if (target->kind() != FxIoTarget::Kind::Remote) {
        globals->verifierLog(std::string(ddi) + ": only a remote I/O target can be closed");
        return;
    }
    target->close(WdfIoTargetClosed);
}

// IRQL <= DISPATCH_LEVEL.
NTSTATUS NTAPI imp_WdfIoTargetStart(PWDF_DRIVER_GLOBALS DriverGlobals, WDFIOTARGET IoTarget) {
    const char* ddi = "WdfIoTargetStart";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxIoTarget* target = resolve<FxIoTarget>(globals, IoTarget, ddi);
    if (!fxCheckIrql(globals, DISPATCH_LEVEL, ddi)) return STATUS_INVALID_DEVICE_REQUEST;
    return target->start();
}

// IRQL <= DISPATCH_LEVEL for WdfIoTargetLeaveSentIoPending, else PASSIVE_LEVEL.
VOID NTAPI imp_WdfIoTargetStop(PWDF_DRIVER_GLOBALS DriverGlobals, WDFIOTARGET IoTarget,
                               WDF_IO_TARGET_SENT_IO_ACTION Action) {
    const char* ddi = "WdfIoTargetStop";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxIoTarget* target = resolve<FxIoTarget>(globals, IoTarget, ddi);
    if (Action != WdfIoTargetCancelSentIo && Action != WdfIoTargetWaitForSentIoToComplete &&
        Action != WdfIoTargetLeaveSentIoPending) {
        globals->verifierLog(std::string(ddi) + ": Action " + std::to_string(Action) +
                             " is not a WDF_IO_TARGET_SENT_IO_ACTION");
        return;
    }
    const KIRQL maximum = Action == WdfIoTargetLeaveSentIoPending ? DISPATCH_LEVEL : PASSIVE_LEVEL;
    if (KeGetCurrentIrql() > maximum) {
        wdfViolation(globals, kFxIrqlMismatch, KeGetCurrentIrql(), maximum, 0,
                     std::string(ddi) + " waits for sent I/O and must be called at PASSIVE_LEVEL unless Action is "
                                        "WdfIoTargetLeaveSentIoPending");
    }
    target->stop(Action);
}

// IRQL <= DISPATCH_LEVEL.
WDF_IO_TARGET_STATE NTAPI imp_WdfIoTargetGetState(PWDF_DRIVER_GLOBALS DriverGlobals, WDFIOTARGET IoTarget) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    return resolve<FxIoTarget>(globals, IoTarget, "WdfIoTargetGetState")->state();
}

// IRQL <= DISPATCH_LEVEL.
WDFDEVICE NTAPI imp_WdfIoTargetGetDevice(PWDF_DRIVER_GLOBALS DriverGlobals, WDFIOTARGET IoTarget) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    return resolve<FxIoTarget>(globals, IoTarget, "WdfIoTargetGetDevice")->device()->handleAs<WDFDEVICE>();
}

// IRQL <= DISPATCH_LEVEL. NULL while the target is closed.
PDEVICE_OBJECT NTAPI imp_WdfIoTargetWdmGetTargetDeviceObject(PWDF_DRIVER_GLOBALS DriverGlobals,
                                                             WDFIOTARGET IoTarget) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    return resolve<FxIoTarget>(globals, IoTarget, "WdfIoTargetWdmGetTargetDeviceObject")->targetDevice();
}

// IRQL <= DISPATCH_LEVEL. The PDO of the target's stack when it is a PnP device, else NULL.
PDEVICE_OBJECT NTAPI imp_WdfIoTargetWdmGetTargetPhysicalDevice(PWDF_DRIVER_GLOBALS DriverGlobals,
                                                               WDFIOTARGET IoTarget) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    return resolve<FxIoTarget>(globals, IoTarget, "WdfIoTargetWdmGetTargetPhysicalDevice")->targetPhysicalDevice();
}

// IRQL <= DISPATCH_LEVEL. NULL for the local target and for targets opened without one.
PFILE_OBJECT NTAPI imp_WdfIoTargetWdmGetTargetFileObject(PWDF_DRIVER_GLOBALS DriverGlobals, WDFIOTARGET IoTarget) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    return resolve<FxIoTarget>(globals, IoTarget, "WdfIoTargetWdmGetTargetFileObject")->targetFile();
}

// IRQL PASSIVE_LEVEL. Properties of the target's PDO (IoGetDeviceProperty);
// STATUS_INVALID_DEVICE_REQUEST when the target is not a PnP device (or is closed).
// IRQL PASSIVE_LEVEL.
NTSTATUS NTAPI imp_WdfIoTargetQueryForInterface(PWDF_DRIVER_GLOBALS DriverGlobals, WDFIOTARGET IoTarget,
                                                LPCGUID InterfaceType, PINTERFACE Interface, USHORT Size,
                                                USHORT Version, PVOID InterfaceSpecificData) {
    const char* ddi = "WdfIoTargetQueryForInterface";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxIoTarget* target = resolve<FxIoTarget>(globals, IoTarget, ddi);
    fxCheckIrql(globals, PASSIVE_LEVEL, ddi);
    if (InterfaceType == nullptr || Interface == nullptr) {
        globals->verifierLog(std::string(ddi) + (InterfaceType == nullptr ? ": InterfaceType" : ": Interface") +
                             " is NULL");
        return STATUS_INVALID_PARAMETER;
    }
    return target->queryForInterface(InterfaceType, Interface, Size, Version, InterfaceSpecificData);
}

// IRQL <= DISPATCH_LEVEL. NULL unless the target was opened by name.
HANDLE NTAPI imp_WdfIoTargetWdmGetTargetFileHandle(PWDF_DRIVER_GLOBALS DriverGlobals, WDFIOTARGET IoTarget) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxIoTarget* target = resolve<FxIoTarget>(globals, IoTarget, "WdfIoTargetWdmGetTargetFileHandle");
    fxCheckIrql(globals, DISPATCH_LEVEL, "WdfIoTargetWdmGetTargetFileHandle");
    return target->targetFileHandle();
}

NTSTATUS NTAPI imp_WdfIoTargetQueryTargetProperty(PWDF_DRIVER_GLOBALS DriverGlobals, WDFIOTARGET IoTarget,
                                                  DEVICE_REGISTRY_PROPERTY DeviceProperty, ULONG BufferLength,
                                                  PVOID PropertyBuffer, PULONG ResultLength) {
    const char* ddi = "WdfIoTargetQueryTargetProperty";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxIoTarget* target = resolve<FxIoTarget>(globals, IoTarget, ddi);
    fxRequire(globals, ResultLength, "ResultLength", ddi);
    *ResultLength = 0;
    if (!fxCheckIrql(globals, PASSIVE_LEVEL, ddi)) return STATUS_INVALID_DEVICE_REQUEST;
    if (PropertyBuffer == nullptr && BufferLength != 0) {
        globals->verifierLog(std::string(ddi) + ": PropertyBuffer is NULL but BufferLength is not 0");
        return STATUS_INVALID_PARAMETER;
    }
    PDEVICE_OBJECT pdo = target->targetPhysicalDevice();
    if (pdo == nullptr) return STATUS_INVALID_DEVICE_REQUEST;
    return IoGetDeviceProperty(pdo, DeviceProperty, BufferLength, PropertyBuffer, ResultLength);
}

// IRQL PASSIVE_LEVEL. The WDFMEMORY's default parent is the I/O target.
NTSTATUS NTAPI imp_WdfIoTargetAllocAndQueryTargetProperty(PWDF_DRIVER_GLOBALS DriverGlobals, WDFIOTARGET IoTarget,
                                                          DEVICE_REGISTRY_PROPERTY DeviceProperty, POOL_TYPE PoolType,
                                                          PWDF_OBJECT_ATTRIBUTES PropertyMemoryAttributes,
                                                          WDFMEMORY* PropertyMemory) {
    const char* ddi = "WdfIoTargetAllocAndQueryTargetProperty";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxIoTarget* target = resolve<FxIoTarget>(globals, IoTarget, ddi);
    fxRequire(globals, PropertyMemory, "PropertyMemory", ddi);
    *PropertyMemory = nullptr;
    if (!fxCheckIrql(globals, PASSIVE_LEVEL, ddi)) return STATUS_INVALID_DEVICE_REQUEST;
    PDEVICE_OBJECT pdo = target->targetPhysicalDevice();
    if (pdo == nullptr) return STATUS_INVALID_DEVICE_REQUEST;
    for (;;) {  // the size can change between the two queries
        ULONG size = 0;
        NTSTATUS status = IoGetDeviceProperty(pdo, DeviceProperty, 0, nullptr, &size);
        if (status != STATUS_BUFFER_TOO_SMALL) return NT_SUCCESS(status) ? STATUS_INVALID_DEVICE_REQUEST : status;
        FxMemory* memory = nullptr;
        status = fxCreateNamed(ddi, globals, PropertyMemoryAttributes, target, &memory, PoolType, ULONG{0},
                               size_t{size});
        if (!NT_SUCCESS(status)) return status;
        ULONG written = 0;
        status = IoGetDeviceProperty(pdo, DeviceProperty, size, memory->buffer(), &written);
        if (NT_SUCCESS(status)) {
            *PropertyMemory = memory->handleAs<WDFMEMORY>();
            return STATUS_SUCCESS;
        }
        memory->deleteObject();
        if (status != STATUS_BUFFER_TOO_SMALL) return status;
    }
}

// IRQL PASSIVE_LEVEL.
NTSTATUS NTAPI imp_WdfIoTargetSendReadSynchronously(PWDF_DRIVER_GLOBALS DriverGlobals, WDFIOTARGET IoTarget,
                                                    WDFREQUEST Request, PWDF_MEMORY_DESCRIPTOR OutputBuffer,
                                                    PLONGLONG DeviceOffset, PWDF_REQUEST_SEND_OPTIONS RequestOptions,
                                                    PULONG_PTR BytesRead) {
    FxSyncSend send;
    send.majorFunction = IRP_MJ_READ;
    send.deviceOffset = DeviceOffset;
    return sendSynchronously(DriverGlobals, IoTarget, Request, send, nullptr, OutputBuffer, RequestOptions, BytesRead,
                             "WdfIoTargetSendReadSynchronously");
}

// IRQL PASSIVE_LEVEL.
NTSTATUS NTAPI imp_WdfIoTargetSendWriteSynchronously(PWDF_DRIVER_GLOBALS DriverGlobals, WDFIOTARGET IoTarget,
                                                     WDFREQUEST Request, PWDF_MEMORY_DESCRIPTOR InputBuffer,
                                                     PLONGLONG DeviceOffset,
                                                     PWDF_REQUEST_SEND_OPTIONS RequestOptions,
                                                     PULONG_PTR BytesWritten) {
    FxSyncSend send;
    send.majorFunction = IRP_MJ_WRITE;
    send.deviceOffset = DeviceOffset;
    return sendSynchronously(DriverGlobals, IoTarget, Request, send, InputBuffer, nullptr, RequestOptions,
                             BytesWritten, "WdfIoTargetSendWriteSynchronously");
}

// IRQL PASSIVE_LEVEL.
NTSTATUS NTAPI imp_WdfIoTargetSendIoctlSynchronously(PWDF_DRIVER_GLOBALS DriverGlobals, WDFIOTARGET IoTarget,
                                                     WDFREQUEST Request, ULONG IoctlCode,
                                                     PWDF_MEMORY_DESCRIPTOR InputBuffer,
                                                     PWDF_MEMORY_DESCRIPTOR OutputBuffer,
                                                     PWDF_REQUEST_SEND_OPTIONS RequestOptions,
                                                     PULONG_PTR BytesReturned) {
    FxSyncSend send;
    send.majorFunction = IRP_MJ_DEVICE_CONTROL;
    send.ioctlCode = IoctlCode;
    return sendSynchronously(DriverGlobals, IoTarget, Request, send, InputBuffer, OutputBuffer, RequestOptions,
                             BytesReturned, "WdfIoTargetSendIoctlSynchronously");
}

// IRQL PASSIVE_LEVEL.
NTSTATUS NTAPI imp_WdfIoTargetSendInternalIoctlSynchronously(PWDF_DRIVER_GLOBALS DriverGlobals,
                                                             WDFIOTARGET IoTarget, WDFREQUEST Request,
                                                             ULONG IoctlCode, PWDF_MEMORY_DESCRIPTOR InputBuffer,
                                                             PWDF_MEMORY_DESCRIPTOR OutputBuffer,
                                                             PWDF_REQUEST_SEND_OPTIONS RequestOptions,
                                                             PULONG_PTR BytesReturned) {
    FxSyncSend send;
    send.majorFunction = IRP_MJ_INTERNAL_DEVICE_CONTROL;
    send.ioctlCode = IoctlCode;
    return sendSynchronously(DriverGlobals, IoTarget, Request, send, InputBuffer, OutputBuffer, RequestOptions,
                             BytesReturned, "WdfIoTargetSendInternalIoctlSynchronously");
}

// IRQL PASSIVE_LEVEL. The three memory descriptors become Parameters.Others.Argument1,
// Argument2 and Argument4 of the internal device control request.
NTSTATUS NTAPI imp_WdfIoTargetSendInternalIoctlOthersSynchronously(
    PWDF_DRIVER_GLOBALS DriverGlobals, WDFIOTARGET IoTarget, WDFREQUEST Request, ULONG IoctlCode,
    PWDF_MEMORY_DESCRIPTOR OtherArg1, PWDF_MEMORY_DESCRIPTOR OtherArg2, PWDF_MEMORY_DESCRIPTOR OtherArg4,
    PWDF_REQUEST_SEND_OPTIONS RequestOptions, PULONG_PTR BytesReturned) {
    FxSyncSend send;
    send.majorFunction = IRP_MJ_INTERNAL_DEVICE_CONTROL;
    send.ioctlCode = IoctlCode;
    send.others = true;
    return sendSynchronously(DriverGlobals, IoTarget, Request, send, OtherArg1, OtherArg2, RequestOptions,
                             BytesReturned, "WdfIoTargetSendInternalIoctlOthersSynchronously", OtherArg4);
}

// IRQL <= DISPATCH_LEVEL (the five format DDIs).
NTSTATUS NTAPI imp_WdfIoTargetFormatRequestForRead(PWDF_DRIVER_GLOBALS DriverGlobals, WDFIOTARGET IoTarget,
                                                   WDFREQUEST Request, WDFMEMORY OutputBuffer,
                                                   PWDFMEMORY_OFFSET OutputBufferOffset, PLONGLONG DeviceOffset) {
    const char* ddi = "WdfIoTargetFormatRequestForRead";
    FxRequestFormat format;
    format.majorFunction = IRP_MJ_READ;
    format.deviceOffset = DeviceOffset;
    NTSTATUS status = describeMemory(FxDriverGlobals::from(DriverGlobals), OutputBuffer, OutputBufferOffset, ddi,
                                     &format.output);
    if (!NT_SUCCESS(status)) return status;
    return formatRequest(DriverGlobals, IoTarget, Request, format, ddi);
}

NTSTATUS NTAPI imp_WdfIoTargetFormatRequestForWrite(PWDF_DRIVER_GLOBALS DriverGlobals, WDFIOTARGET IoTarget,
                                                    WDFREQUEST Request, WDFMEMORY InputBuffer,
                                                    PWDFMEMORY_OFFSET InputBufferOffset, PLONGLONG DeviceOffset) {
    const char* ddi = "WdfIoTargetFormatRequestForWrite";
    FxRequestFormat format;
    format.majorFunction = IRP_MJ_WRITE;
    format.deviceOffset = DeviceOffset;
    NTSTATUS status = describeMemory(FxDriverGlobals::from(DriverGlobals), InputBuffer, InputBufferOffset, ddi,
                                     &format.input);
    if (!NT_SUCCESS(status)) return status;
    return formatRequest(DriverGlobals, IoTarget, Request, format, ddi);
}

namespace {

NTSTATUS formatIoctl(PWDF_DRIVER_GLOBALS DriverGlobals, WDFIOTARGET IoTarget, WDFREQUEST Request, UCHAR major,
                     ULONG IoctlCode, WDFMEMORY InputBuffer, PWDFMEMORY_OFFSET InputBufferOffset,
                     WDFMEMORY OutputBuffer, PWDFMEMORY_OFFSET OutputBufferOffset, const char* ddi) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxRequestFormat format;
    format.majorFunction = major;
    format.ioctlCode = IoctlCode;
    NTSTATUS status = describeMemory(globals, InputBuffer, InputBufferOffset, ddi, &format.input);
    if (NT_SUCCESS(status)) status = describeMemory(globals, OutputBuffer, OutputBufferOffset, ddi, &format.output);
    if (!NT_SUCCESS(status)) return status;
    return formatRequest(DriverGlobals, IoTarget, Request, format, ddi);
}

}  // namespace

NTSTATUS NTAPI imp_WdfIoTargetFormatRequestForIoctl(PWDF_DRIVER_GLOBALS DriverGlobals, WDFIOTARGET IoTarget,
                                                    WDFREQUEST Request, ULONG IoctlCode, WDFMEMORY InputBuffer,
                                                    PWDFMEMORY_OFFSET InputBufferOffset, WDFMEMORY OutputBuffer,
                                                    PWDFMEMORY_OFFSET OutputBufferOffset) {
    return formatIoctl(DriverGlobals, IoTarget, Request, IRP_MJ_DEVICE_CONTROL, IoctlCode, InputBuffer,
                       InputBufferOffset, OutputBuffer, OutputBufferOffset, "WdfIoTargetFormatRequestForIoctl");
}

NTSTATUS NTAPI imp_WdfIoTargetFormatRequestForInternalIoctl(PWDF_DRIVER_GLOBALS DriverGlobals, WDFIOTARGET IoTarget,
                                                            WDFREQUEST Request, ULONG IoctlCode,
                                                            WDFMEMORY InputBuffer,
                                                            PWDFMEMORY_OFFSET InputBufferOffset,
                                                            WDFMEMORY OutputBuffer,
                                                            PWDFMEMORY_OFFSET OutputBufferOffset) {
    return formatIoctl(DriverGlobals, IoTarget, Request, IRP_MJ_INTERNAL_DEVICE_CONTROL, IoctlCode, InputBuffer,
                       InputBufferOffset, OutputBuffer, OutputBufferOffset,
                       "WdfIoTargetFormatRequestForInternalIoctl");
}

NTSTATUS NTAPI imp_WdfIoTargetFormatRequestForInternalIoctlOthers(
    PWDF_DRIVER_GLOBALS DriverGlobals, WDFIOTARGET IoTarget, WDFREQUEST Request, ULONG IoctlCode,
    WDFMEMORY OtherArg1, PWDFMEMORY_OFFSET OtherArg1Offset, WDFMEMORY OtherArg2, PWDFMEMORY_OFFSET OtherArg2Offset,
    WDFMEMORY OtherArg4, PWDFMEMORY_OFFSET OtherArg4Offset) {
    const char* ddi = "WdfIoTargetFormatRequestForInternalIoctlOthers";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxRequestFormat format;
    format.majorFunction = IRP_MJ_INTERNAL_DEVICE_CONTROL;
    format.ioctlCode = IoctlCode;
    format.others = true;
    NTSTATUS status = describeMemory(globals, OtherArg1, OtherArg1Offset, ddi, &format.input);
    if (NT_SUCCESS(status)) status = describeMemory(globals, OtherArg2, OtherArg2Offset, ddi, &format.output);
    if (NT_SUCCESS(status)) status = describeMemory(globals, OtherArg4, OtherArg4Offset, ddi, &format.argument4);
    if (!NT_SUCCESS(status)) return status;
    return formatRequest(DriverGlobals, IoTarget, Request, format, ddi);
}

// PASSIVE_LEVEL for WdfIoTargetPurgeIoAndWait, else <= DISPATCH_LEVEL.
VOID NTAPI imp_WdfIoTargetPurge(PWDF_DRIVER_GLOBALS DriverGlobals, WDFIOTARGET IoTarget,
                                WDF_IO_TARGET_PURGE_IO_ACTION Action) {
    const char* ddi = "WdfIoTargetPurge";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxIoTarget* target = resolve<FxIoTarget>(globals, IoTarget, ddi);
    if (Action != WdfIoTargetPurgeIoAndWait && Action != WdfIoTargetPurgeIo) {
        globals->verifierLog(std::string(ddi) + ": Action " + std::to_string(Action) +
                             " is not a WDF_IO_TARGET_PURGE_IO_ACTION");
        return;
    }
    const KIRQL maximum = Action == WdfIoTargetPurgeIoAndWait ? PASSIVE_LEVEL : DISPATCH_LEVEL;
    if (KeGetCurrentIrql() > maximum) {
        wdfViolation(globals, kFxIrqlMismatch, KeGetCurrentIrql(), maximum, 0,
                     std::string(ddi) + " with WdfIoTargetPurgeIoAndWait waits and must be called at PASSIVE_LEVEL");
    }
    target->purge(Action);
}

}  // extern "C"

FX_DDI_SIGNATURE(WdfDeviceGetSelfIoTarget, PFN_WDFDEVICEGETSELFIOTARGET);
FX_DDI_SIGNATURE(WdfIoTargetSelfAssignDefaultIoQueue, PFN_WDFIOTARGETSELFASSIGNDEFAULTIOQUEUE);
FX_DDI_SIGNATURE(WdfIoTargetQueryForInterface, PFN_WDFIOTARGETQUERYFORINTERFACE);
FX_DDI_SIGNATURE(WdfIoTargetWdmGetTargetFileHandle, PFN_WDFIOTARGETWDMGETTARGETFILEHANDLE);
FX_DDI_SIGNATURE(WdfIoTargetSendInternalIoctlOthersSynchronously, PFN_WDFIOTARGETSENDINTERNALIOCTLOTHERSSYNCHRONOUSLY);
FX_DDI_SIGNATURE(WdfIoTargetFormatRequestForRead, PFN_WDFIOTARGETFORMATREQUESTFORREAD);
FX_DDI_SIGNATURE(WdfIoTargetFormatRequestForWrite, PFN_WDFIOTARGETFORMATREQUESTFORWRITE);
FX_DDI_SIGNATURE(WdfIoTargetFormatRequestForIoctl, PFN_WDFIOTARGETFORMATREQUESTFORIOCTL);
FX_DDI_SIGNATURE(WdfIoTargetFormatRequestForInternalIoctl, PFN_WDFIOTARGETFORMATREQUESTFORINTERNALIOCTL);
FX_DDI_SIGNATURE(WdfIoTargetFormatRequestForInternalIoctlOthers, PFN_WDFIOTARGETFORMATREQUESTFORINTERNALIOCTLOTHERS);
FX_DDI_SIGNATURE(WdfIoTargetPurge, PFN_WDFIOTARGETPURGE);
FX_DDI_SIGNATURE(WdfDeviceGetIoTarget, PFN_WDFDEVICEGETIOTARGET);
FX_DDI_SIGNATURE(WdfIoTargetCreate, PFN_WDFIOTARGETCREATE);
FX_DDI_SIGNATURE(WdfIoTargetOpen, PFN_WDFIOTARGETOPEN);
FX_DDI_SIGNATURE(WdfIoTargetCloseForQueryRemove, PFN_WDFIOTARGETCLOSEFORQUERYREMOVE);
FX_DDI_SIGNATURE(WdfIoTargetClose, PFN_WDFIOTARGETCLOSE);
FX_DDI_SIGNATURE(WdfIoTargetStart, PFN_WDFIOTARGETSTART);
FX_DDI_SIGNATURE(WdfIoTargetStop, PFN_WDFIOTARGETSTOP);
FX_DDI_SIGNATURE(WdfIoTargetGetState, PFN_WDFIOTARGETGETSTATE);
FX_DDI_SIGNATURE(WdfIoTargetGetDevice, PFN_WDFIOTARGETGETDEVICE);
FX_DDI_SIGNATURE(WdfIoTargetWdmGetTargetDeviceObject, PFN_WDFIOTARGETWDMGETTARGETDEVICEOBJECT);
FX_DDI_SIGNATURE(WdfIoTargetWdmGetTargetPhysicalDevice, PFN_WDFIOTARGETWDMGETTARGETPHYSICALDEVICE);
FX_DDI_SIGNATURE(WdfIoTargetWdmGetTargetFileObject, PFN_WDFIOTARGETWDMGETTARGETFILEOBJECT);
FX_DDI_SIGNATURE(WdfIoTargetQueryTargetProperty, PFN_WDFIOTARGETQUERYTARGETPROPERTY);
FX_DDI_SIGNATURE(WdfIoTargetAllocAndQueryTargetProperty, PFN_WDFIOTARGETALLOCANDQUERYTARGETPROPERTY);
FX_DDI_SIGNATURE(WdfIoTargetSendReadSynchronously, PFN_WDFIOTARGETSENDREADSYNCHRONOUSLY);
FX_DDI_SIGNATURE(WdfIoTargetSendWriteSynchronously, PFN_WDFIOTARGETSENDWRITESYNCHRONOUSLY);
FX_DDI_SIGNATURE(WdfIoTargetSendIoctlSynchronously, PFN_WDFIOTARGETSENDIOCTLSYNCHRONOUSLY);
FX_DDI_SIGNATURE(WdfIoTargetSendInternalIoctlSynchronously, PFN_WDFIOTARGETSENDINTERNALIOCTLSYNCHRONOUSLY);

namespace wdf {

std::span<const DdiEntry> ioTargetDdis() {
    static const DdiEntry kEntries[] = {
        ddiEntry(WdfDeviceGetIoTargetTableIndex, &imp_WdfDeviceGetIoTarget),
        ddiEntry(WdfDeviceGetSelfIoTargetTableIndex, &imp_WdfDeviceGetSelfIoTarget),
        ddiEntry(WdfIoTargetSelfAssignDefaultIoQueueTableIndex, &imp_WdfIoTargetSelfAssignDefaultIoQueue),
        ddiEntry(WdfIoTargetFormatRequestForReadTableIndex, &imp_WdfIoTargetFormatRequestForRead),
        ddiEntry(WdfIoTargetFormatRequestForWriteTableIndex, &imp_WdfIoTargetFormatRequestForWrite),
        ddiEntry(WdfIoTargetFormatRequestForIoctlTableIndex, &imp_WdfIoTargetFormatRequestForIoctl),
        ddiEntry(WdfIoTargetFormatRequestForInternalIoctlTableIndex, &imp_WdfIoTargetFormatRequestForInternalIoctl),
        ddiEntry(WdfIoTargetFormatRequestForInternalIoctlOthersTableIndex,
                 &imp_WdfIoTargetFormatRequestForInternalIoctlOthers),
        ddiEntry(WdfIoTargetPurgeTableIndex, &imp_WdfIoTargetPurge),
        ddiEntry(WdfIoTargetCreateTableIndex, &imp_WdfIoTargetCreate),
        ddiEntry(WdfIoTargetOpenTableIndex, &imp_WdfIoTargetOpen),
        ddiEntry(WdfIoTargetCloseForQueryRemoveTableIndex, &imp_WdfIoTargetCloseForQueryRemove),
        ddiEntry(WdfIoTargetCloseTableIndex, &imp_WdfIoTargetClose),
        ddiEntry(WdfIoTargetStartTableIndex, &imp_WdfIoTargetStart),
        ddiEntry(WdfIoTargetStopTableIndex, &imp_WdfIoTargetStop),
        ddiEntry(WdfIoTargetGetStateTableIndex, &imp_WdfIoTargetGetState),
        ddiEntry(WdfIoTargetGetDeviceTableIndex, &imp_WdfIoTargetGetDevice),
        ddiEntry(WdfIoTargetWdmGetTargetDeviceObjectTableIndex, &imp_WdfIoTargetWdmGetTargetDeviceObject),
        ddiEntry(WdfIoTargetWdmGetTargetPhysicalDeviceTableIndex, &imp_WdfIoTargetWdmGetTargetPhysicalDevice),
        ddiEntry(WdfIoTargetWdmGetTargetFileObjectTableIndex, &imp_WdfIoTargetWdmGetTargetFileObject),
        ddiEntry(WdfIoTargetWdmGetTargetFileHandleTableIndex, &imp_WdfIoTargetWdmGetTargetFileHandle),
        ddiEntry(WdfIoTargetQueryForInterfaceTableIndex, &imp_WdfIoTargetQueryForInterface),
        ddiEntry(WdfIoTargetQueryTargetPropertyTableIndex, &imp_WdfIoTargetQueryTargetProperty),
        ddiEntry(WdfIoTargetAllocAndQueryTargetPropertyTableIndex, &imp_WdfIoTargetAllocAndQueryTargetProperty),
        ddiEntry(WdfIoTargetSendReadSynchronouslyTableIndex, &imp_WdfIoTargetSendReadSynchronously),
        ddiEntry(WdfIoTargetSendWriteSynchronouslyTableIndex, &imp_WdfIoTargetSendWriteSynchronously),
        ddiEntry(WdfIoTargetSendIoctlSynchronouslyTableIndex, &imp_WdfIoTargetSendIoctlSynchronously),
        ddiEntry(WdfIoTargetSendInternalIoctlSynchronouslyTableIndex,
                 &imp_WdfIoTargetSendInternalIoctlSynchronously),
        ddiEntry(WdfIoTargetSendInternalIoctlOthersSynchronouslyTableIndex,
                 &imp_WdfIoTargetSendInternalIoctlOthersSynchronously),
    };
    return kEntries;
}

}  // namespace wdf
