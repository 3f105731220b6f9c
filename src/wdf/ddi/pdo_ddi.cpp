// Bus-driver DDIs for static enumeration (wdfpdo.h, WdfFdoAddStaticChild of wdffdo.h) and
// WdfRequestForwardToParentDeviceIoQueue (wdfrequest.h), which moves a child's request
// to a queue of its parent. Dynamic child lists, eject, missing children, device text,
// locale, container IDs and PDO event callbacks are issue 9.
#include <string>

#include "wdf/core/fx_device.h"
#include "wdf/core/fx_device_init.h"
#include "wdf/core/fx_unicode.h"
#include "wdf/ddi/ddi_families.h"
#include "wdf/ddi/ddi_support.h"
#include "wdf/io/fx_io_queue.h"
#include "wdf/io/fx_request.h"
#include "wdf/object/fx_ddi_checks.h"

using namespace wdf;

namespace {

// WDF_VIOLATION unless the WDFDEVICE_INIT came from WdfPdoInitAllocate.
FxDeviceInit* pdoInit(FxDriverGlobals* globals, PWDFDEVICE_INIT DeviceInit, const char* ddi) {
    FxDeviceInit* init = FxDeviceInit::from(globals, DeviceInit, ddi);
    if (init->role != FxDeviceInit::Role::Pdo) {
        wdfViolation(globals, kFxVerifierFatalError, reinterpret_cast<ULONG_PTR>(DeviceInit), 0, 0,
                     std::string(ddi) + ": the WDFDEVICE_INIT is not a PDO's (use WdfPdoInitAllocate)");
    }
    fxCheckIrql(globals, PASSIVE_LEVEL, ddi);
    return init;
}

// A non-empty ID string, or STATUS_INVALID_PARAMETER with a verifier message.
NTSTATUS idFrom(FxDriverGlobals* globals, PCUNICODE_STRING id, const char* ddi, std::u16string* out) {
    if (id == nullptr || id->Buffer == nullptr || id->Length == 0) {
        globals->verifierLog(std::string(ddi) + ": the ID is NULL or empty");
        return STATUS_INVALID_PARAMETER;
    }
    *out = fxToU16(id);
    return STATUS_SUCCESS;
}

}  // namespace

extern "C" {

// IRQL PASSIVE_LEVEL. The parent must be an FDO (function or filter device).
PWDFDEVICE_INIT NTAPI imp_WdfPdoInitAllocate(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE ParentDevice) {
    const char* ddi = "WdfPdoInitAllocate";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDevice* parent = resolve<FxDevice>(globals, ParentDevice, ddi);
    fxCheckIrql(globals, PASSIVE_LEVEL, ddi);
    if (parent->role() != FxDeviceInit::Role::Function && parent->role() != FxDeviceInit::Role::Filter) {
        globals->verifierLog(std::string(ddi) + ": the parent device must be a functional device object (FDO)");
        return nullptr;
    }
    auto* init = new (std::nothrow) FxDeviceInit(globals, FxDeviceInit::Role::Pdo);
    if (init == nullptr) return nullptr;
    init->heapAllocated = true;
    init->parent = parent;
    return init->publicHandle();
}

// IRQL PASSIVE_LEVEL.
NTSTATUS NTAPI imp_WdfPdoInitAssignDeviceID(PWDF_DRIVER_GLOBALS DriverGlobals, PWDFDEVICE_INIT DeviceInit,
                                            PCUNICODE_STRING DeviceID) {
    const char* ddi = "WdfPdoInitAssignDeviceID";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    return idFrom(globals, DeviceID, ddi, &pdoInit(globals, DeviceInit, ddi)->pdo.deviceId);
}

// IRQL PASSIVE_LEVEL.
NTSTATUS NTAPI imp_WdfPdoInitAssignInstanceID(PWDF_DRIVER_GLOBALS DriverGlobals, PWDFDEVICE_INIT DeviceInit,
                                              PCUNICODE_STRING InstanceID) {
    const char* ddi = "WdfPdoInitAssignInstanceID";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    return idFrom(globals, InstanceID, ddi, &pdoInit(globals, DeviceInit, ddi)->pdo.instanceId);
}

// IRQL PASSIVE_LEVEL. IDs are reported in the order they were added.
NTSTATUS NTAPI imp_WdfPdoInitAddHardwareID(PWDF_DRIVER_GLOBALS DriverGlobals, PWDFDEVICE_INIT DeviceInit,
                                           PCUNICODE_STRING HardwareID) {
    const char* ddi = "WdfPdoInitAddHardwareID";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDeviceInit* init = pdoInit(globals, DeviceInit, ddi);
    std::u16string id;
    NTSTATUS status = idFrom(globals, HardwareID, ddi, &id);
    if (NT_SUCCESS(status)) init->pdo.hardwareIds.push_back(std::move(id));
    return status;
}

// IRQL PASSIVE_LEVEL.
NTSTATUS NTAPI imp_WdfPdoInitAddCompatibleID(PWDF_DRIVER_GLOBALS DriverGlobals, PWDFDEVICE_INIT DeviceInit,
                                             PCUNICODE_STRING CompatibleID) {
    const char* ddi = "WdfPdoInitAddCompatibleID";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDeviceInit* init = pdoInit(globals, DeviceInit, ddi);
    std::u16string id;
    NTSTATUS status = idFrom(globals, CompatibleID, ddi, &id);
    if (NT_SUCCESS(status)) init->pdo.compatibleIds.push_back(std::move(id));
    return status;
}

// IRQL PASSIVE_LEVEL. The device may start without a function driver (RawDeviceOK); the
// class GUID names the registry overrides (applied with issue 7's registry).
NTSTATUS NTAPI imp_WdfPdoInitAssignRawDevice(PWDF_DRIVER_GLOBALS DriverGlobals, PWDFDEVICE_INIT DeviceInit,
                                             const GUID* DeviceClassGuid) {
    const char* ddi = "WdfPdoInitAssignRawDevice";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDeviceInit* init = pdoInit(globals, DeviceInit, ddi);
    if (DeviceClassGuid == nullptr) {
        globals->verifierLog(std::string(ddi) + ": DeviceClassGuid is NULL");
        return STATUS_INVALID_PARAMETER;
    }
    init->pdo.raw = true;
    init->pdo.rawDeviceClass = *DeviceClassGuid;
    return STATUS_SUCCESS;
}

// IRQL PASSIVE_LEVEL, before WdfDeviceCreate.
VOID NTAPI imp_WdfPdoInitAllowForwardingRequestToParent(PWDF_DRIVER_GLOBALS DriverGlobals,
                                                         PWDFDEVICE_INIT DeviceInit) {
    const char* ddi = "WdfPdoInitAllowForwardingRequestToParent";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    pdoInit(globals, DeviceInit, ddi)->pdo.allowForwardingToParent = true;
}

// IRQL <= DISPATCH_LEVEL.
WDFDEVICE NTAPI imp_WdfPdoGetParent(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE Device) {
    const char* ddi = "WdfPdoGetParent";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDevice* device = resolve<FxDevice>(globals, Device, ddi);
    fxCheckIrql(globals, DISPATCH_LEVEL, ddi);
    if (device->role() != FxDeviceInit::Role::Pdo || device->parentDevice() == nullptr) {
        wdfViolation(globals, kFxVerifierFatalError, reinterpret_cast<ULONG_PTR>(Device), 0, 0,
                     std::string(ddi) + ": the device is not a PDO");
    }
    return device->parentDevice()->handleAs<WDFDEVICE>();
}

// IRQL PASSIVE_LEVEL.
NTSTATUS NTAPI imp_WdfFdoAddStaticChild(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE Fdo, WDFDEVICE Child) {
    const char* ddi = "WdfFdoAddStaticChild";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDevice* fdo = resolve<FxDevice>(globals, Fdo, ddi);
    FxDevice* child = resolve<FxDevice>(globals, Child, ddi);
    fxCheckIrql(globals, PASSIVE_LEVEL, ddi);
    if (child->role() != FxDeviceInit::Role::Pdo || child->parentDevice() != fdo) {
        globals->verifierLog(std::string(ddi) + ": the child is not a PDO created with WdfPdoInitAllocate(Fdo)");
        return STATUS_INVALID_PARAMETER;
    }
    return fdo->addStaticChild(child);
}

// IRQL <= DISPATCH_LEVEL. The request moves, as it is (same WDFREQUEST, its contexts
// included), into the parent's queue; the child's queue forgets it ("send and forget").
NTSTATUS NTAPI imp_WdfRequestForwardToParentDeviceIoQueue(PWDF_DRIVER_GLOBALS DriverGlobals, WDFREQUEST Request,
                                                         WDFQUEUE ParentDeviceQueue,
                                                         PWDF_REQUEST_FORWARD_OPTIONS ForwardOptions) {
    const char* ddi = "WdfRequestForwardToParentDeviceIoQueue";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxRequest* request = resolve<FxRequest>(globals, Request, ddi);
    FxIoQueue* destination = resolve<FxIoQueue>(globals, ParentDeviceQueue, ddi);
    fxCheckIrql(globals, DISPATCH_LEVEL, ddi);
    if (ForwardOptions == nullptr) fxRequiredParameterNull(globals, "ForwardOptions", ddi);
    if (ForwardOptions->Size != sizeof(WDF_REQUEST_FORWARD_OPTIONS)) {
        return fxBadStructSize(globals, ddi, "WDF_REQUEST_FORWARD_OPTIONS", ForwardOptions->Size,
                               sizeof(WDF_REQUEST_FORWARD_OPTIONS));
    }
    if (ForwardOptions->Flags != WDF_REQUEST_FORWARD_OPTION_SEND_AND_FORGET) {
        globals->verifierLog(std::string(ddi) + ": WDF_REQUEST_FORWARD_OPTIONS.Flags must be "
                                                "WDF_REQUEST_FORWARD_OPTION_SEND_AND_FORGET");
        return STATUS_INVALID_PARAMETER;
    }
    FxIoQueue* source = request->queue();
    FxDevice* child = request->device();
    const char* refusal = nullptr;
    if (request->owner() != FxRequest::Owner::Driver) {
        refusal = "the driver does not own the request";
    } else if (source == nullptr) {
        refusal = "the request did not come from an I/O queue";
    } else if (source == destination) {
        refusal = "source and destination are the same queue";
    } else if (child == nullptr || child->role() != FxDeviceInit::Role::Pdo ||
               !child->pdoIdentity().allowForwardingToParent) {
        refusal = "the child device was not created with WdfPdoInitAllowForwardingRequestToParent";
    } else if (destination->device() != child->parentDevice()) {
        refusal = "the queue does not belong to the child's parent device";
    } else if (request->isReserved()) {
        refusal = "the request is reserved for forward progress";
    } else if (request->isMarkedCancelable()) {
        refusal = "the request is cancelable (call WdfRequestUnmarkCancelable first)";
    }
    if (refusal != nullptr) {
        globals->verifierLog(std::string(ddi) + ": " + refusal);
        return STATUS_INVALID_DEVICE_REQUEST;
    }
    // The parent gets a stack location of its own (the PDO was created with room for the
    // parent's stack), as if the child had sent the IRP down to it.
    PIRP irp = request->irp();
    FxDevice* parent = destination->device();
    IoCopyCurrentIrpStackLocationToNext(irp);
    IoSetNextIrpStackLocation(irp);
    IoGetCurrentIrpStackLocation(irp)->DeviceObject = parent->deviceObject();
    request->moveToDevice(parent);
    NTSTATUS status = destination->forwardHere(request);
    if (!NT_SUCCESS(status)) {
        // Refused (the queue does not accept requests): the child keeps it as it was.
        request->moveToDevice(child);
        IoSkipCurrentIrpStackLocation(irp);
    }
    return status;
}

}  // extern "C"

FX_DDI_SIGNATURE(WdfPdoInitAllocate, PFN_WDFPDOINITALLOCATE);
FX_DDI_SIGNATURE(WdfPdoInitAssignDeviceID, PFN_WDFPDOINITASSIGNDEVICEID);
FX_DDI_SIGNATURE(WdfPdoInitAssignInstanceID, PFN_WDFPDOINITASSIGNINSTANCEID);
FX_DDI_SIGNATURE(WdfPdoInitAddHardwareID, PFN_WDFPDOINITADDHARDWAREID);
FX_DDI_SIGNATURE(WdfPdoInitAddCompatibleID, PFN_WDFPDOINITADDCOMPATIBLEID);
FX_DDI_SIGNATURE(WdfPdoInitAssignRawDevice, PFN_WDFPDOINITASSIGNRAWDEVICE);
FX_DDI_SIGNATURE(WdfPdoInitAllowForwardingRequestToParent, PFN_WDFPDOINITALLOWFORWARDINGREQUESTTOPARENT);
FX_DDI_SIGNATURE(WdfPdoGetParent, PFN_WDFPDOGETPARENT);
FX_DDI_SIGNATURE(WdfFdoAddStaticChild, PFN_WDFFDOADDSTATICCHILD);
FX_DDI_SIGNATURE(WdfRequestForwardToParentDeviceIoQueue, PFN_WDFREQUESTFORWARDTOPARENTDEVICEIOQUEUE);

namespace wdf {

std::span<const DdiEntry> pdoDdis() {
    static const DdiEntry kEntries[] = {
        ddiEntry(WdfPdoInitAllocateTableIndex, imp_WdfPdoInitAllocate),
        ddiEntry(WdfPdoInitAssignDeviceIDTableIndex, imp_WdfPdoInitAssignDeviceID),
        ddiEntry(WdfPdoInitAssignInstanceIDTableIndex, imp_WdfPdoInitAssignInstanceID),
        ddiEntry(WdfPdoInitAddHardwareIDTableIndex, imp_WdfPdoInitAddHardwareID),
        ddiEntry(WdfPdoInitAddCompatibleIDTableIndex, imp_WdfPdoInitAddCompatibleID),
        ddiEntry(WdfPdoInitAssignRawDeviceTableIndex, imp_WdfPdoInitAssignRawDevice),
        ddiEntry(WdfPdoInitAllowForwardingRequestToParentTableIndex, imp_WdfPdoInitAllowForwardingRequestToParent),
        ddiEntry(WdfPdoGetParentTableIndex, imp_WdfPdoGetParent),
        ddiEntry(WdfFdoAddStaticChildTableIndex, imp_WdfFdoAddStaticChild),
        ddiEntry(WdfRequestForwardToParentDeviceIoQueueTableIndex, imp_WdfRequestForwardToParentDeviceIoQueue),
    };
    return kEntries;
}

}  // namespace wdf
