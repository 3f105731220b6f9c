// WDFDEVICE and WDFDEVICE_INIT DDIs (wdfdevice.h) for function, filter and control devices
// (the control-device ones are in control_ddi.cpp).
#include "wdf/core/fx_device.h"
#include "wdf/core/fx_device_init.h"
#include "wdf/core/fx_driver.h"
#include "wdf/core/fx_file_object.h"
#include "wdf/core/fx_irp_dispatch.h"
#include "wdf/core/fx_unicode.h"
#include "wdf/ddi/control_ddi.h"
#include "wdf/ddi/ddi_families.h"
#include "wdf/ddi/ddi_support.h"
#include "wdf/io/fx_io_queue.h"
#include "wdf/io/fx_request.h"
#include "wdf/object/fx_ddi_checks.h"
#include "support/fx_string.h"

using namespace wdf;

extern "C" {

// IRQL PASSIVE_LEVEL (all WdfDeviceInitXxx: from EvtDriverDeviceAdd).
VOID imp_WdfDeviceInitSetPnpPowerEventCallbacks(PWDF_DRIVER_GLOBALS DriverGlobals, PWDFDEVICE_INIT DeviceInit,
                                                PWDF_PNPPOWER_EVENT_CALLBACKS PnpPowerEventCallbacks) {
    const char* ddi = "WdfDeviceInitSetPnpPowerEventCallbacks";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDeviceInit* init = FxDeviceInit::from(globals, DeviceInit, ddi);
    if (PnpPowerEventCallbacks == nullptr) fxRequiredParameterNull(globals, "PnpPowerEventCallbacks", ddi);
    if (PnpPowerEventCallbacks->Size != sizeof(WDF_PNPPOWER_EVENT_CALLBACKS)) {
        fxBadStructSize(globals, ddi, "WDF_PNPPOWER_EVENT_CALLBACKS", PnpPowerEventCallbacks->Size,
                        sizeof(WDF_PNPPOWER_EVENT_CALLBACKS));
        return;
    }
    init->pnpPowerCallbacks = *PnpPowerEventCallbacks;
}

VOID imp_WdfDeviceInitSetIoType(PWDF_DRIVER_GLOBALS DriverGlobals, PWDFDEVICE_INIT DeviceInit,
                                WDF_DEVICE_IO_TYPE IoType) {
    const char* ddi = "WdfDeviceInitSetIoType";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDeviceInit* init = FxDeviceInit::from(globals, DeviceInit, ddi);
    if (IoType != WdfDeviceIoNeither && IoType != WdfDeviceIoBuffered && IoType != WdfDeviceIoDirect) {
        globals->verifierLog(std::string(ddi) + ": invalid IoType " + std::to_string(static_cast<int>(IoType)));
        return;
    }
    init->ioType = IoType;
}

VOID imp_WdfDeviceInitSetExclusive(PWDF_DRIVER_GLOBALS DriverGlobals, PWDFDEVICE_INIT DeviceInit,
                                   BOOLEAN IsExclusive) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDeviceInit::from(globals, DeviceInit, "WdfDeviceInitSetExclusive")->exclusive = IsExclusive != FALSE;
}

VOID imp_WdfDeviceInitSetDeviceType(PWDF_DRIVER_GLOBALS DriverGlobals, PWDFDEVICE_INIT DeviceInit,
                                    DEVICE_TYPE DeviceType) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDeviceInit::from(globals, DeviceInit, "WdfDeviceInitSetDeviceType")->deviceType = DeviceType;
}

VOID imp_WdfDeviceInitSetCharacteristics(PWDF_DRIVER_GLOBALS DriverGlobals, PWDFDEVICE_INIT DeviceInit,
                                         ULONG DeviceCharacteristics, BOOLEAN OrInValues) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDeviceInit* init = FxDeviceInit::from(globals, DeviceInit, "WdfDeviceInitSetCharacteristics");
    init->characteristics = OrInValues ? (init->characteristics | DeviceCharacteristics) : DeviceCharacteristics;
}

NTSTATUS imp_WdfDeviceInitAssignName(PWDF_DRIVER_GLOBALS DriverGlobals, PWDFDEVICE_INIT DeviceInit,
                                     PCUNICODE_STRING DeviceName) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDeviceInit* init = FxDeviceInit::from(globals, DeviceInit, "WdfDeviceInitAssignName");
    // NULL removes a name assigned before (documented).
    init->deviceName = fxToU16(DeviceName);
    return STATUS_SUCCESS;
}

VOID imp_WdfDeviceInitSetRequestAttributes(PWDF_DRIVER_GLOBALS DriverGlobals, PWDFDEVICE_INIT DeviceInit,
                                           PWDF_OBJECT_ATTRIBUTES RequestAttributes) {
    const char* ddi = "WdfDeviceInitSetRequestAttributes";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDeviceInit* init = FxDeviceInit::from(globals, DeviceInit, ddi);
    if (RequestAttributes == nullptr) fxRequiredParameterNull(globals, "RequestAttributes", ddi);
    if (RequestAttributes->ParentObject != nullptr) {
        globals->verifierLog(std::string(ddi) + ": request attributes cannot name a parent");
        return;
    }
    init->requestAttributes = *RequestAttributes;
    init->hasRequestAttributes = true;
}

VOID imp_WdfDeviceInitSetPowerPageable(PWDF_DRIVER_GLOBALS DriverGlobals, PWDFDEVICE_INIT DeviceInit) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDeviceInit::from(globals, DeviceInit, "WdfDeviceInitSetPowerPageable")->powerPageable = true;
}

VOID imp_WdfDeviceInitSetPowerNotPageable(PWDF_DRIVER_GLOBALS DriverGlobals, PWDFDEVICE_INIT DeviceInit) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDeviceInit::from(globals, DeviceInit, "WdfDeviceInitSetPowerNotPageable")->powerPageable = false;
}

VOID imp_WdfDeviceInitSetFileObjectConfig(PWDF_DRIVER_GLOBALS DriverGlobals, PWDFDEVICE_INIT DeviceInit,
                                          PWDF_FILEOBJECT_CONFIG FileObjectConfig,
                                          PWDF_OBJECT_ATTRIBUTES FileObjectAttributes) {
    const char* ddi = "WdfDeviceInitSetFileObjectConfig";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDeviceInit* init = FxDeviceInit::from(globals, DeviceInit, ddi);
    if (FileObjectConfig == nullptr) fxRequiredParameterNull(globals, "FileObjectConfig", ddi);
    if (FileObjectConfig->Size != sizeof(WDF_FILEOBJECT_CONFIG)) {
        fxBadStructSize(globals, ddi, "WDF_FILEOBJECT_CONFIG", FileObjectConfig->Size, sizeof(WDF_FILEOBJECT_CONFIG));
        return;
    }
    const ULONG fileClass = static_cast<ULONG>(FileObjectConfig->FileObjectClass);
    const ULONG baseClass = fileClass & ~static_cast<ULONG>(WdfFileObjectCanBeOptional);
    const bool optional = fileClass != baseClass;
    if (baseClass < WdfFileObjectNotRequired || baseClass > WdfFileObjectWdfCannotUseFsContexts ||
        (optional && baseClass == WdfFileObjectNotRequired)) {
        globals->verifierLog(std::string(ddi) + ": invalid FileObjectClass " + std::to_string(fileClass));
        return;
    }
    if (FileObjectConfig->AutoForwardCleanupClose != WdfFalse && FileObjectConfig->AutoForwardCleanupClose != WdfTrue &&
        FileObjectConfig->AutoForwardCleanupClose != WdfUseDefault) {
        globals->verifierLog(std::string(ddi) + ": invalid AutoForwardCleanupClose " +
                             std::to_string(static_cast<int>(FileObjectConfig->AutoForwardCleanupClose)));
        return;
    }
    if (FileObjectAttributes != nullptr) {
        if (FileObjectAttributes->Size != sizeof(WDF_OBJECT_ATTRIBUTES)) {
            fxBadStructSize(globals, ddi, "WDF_OBJECT_ATTRIBUTES", FileObjectAttributes->Size,
                            sizeof(WDF_OBJECT_ATTRIBUTES));
            return;
        }
        if (FileObjectAttributes->ParentObject != nullptr) {
            globals->verifierLog(std::string(ddi) + ": a WDFFILEOBJECT's parent is its device (ParentObject must be NULL)");
            return;
        }
        init->fileObjectAttributes = *FileObjectAttributes;
        init->hasFileObjectAttributes = true;
    } else {
        init->hasFileObjectAttributes = false;
    }
    init->fileObjectConfig = *FileObjectConfig;
    init->hasFileObjectConfig = true;
}

// IRQL <= DISPATCH_LEVEL, before WdfDeviceCreate.
VOID imp_WdfDeviceInitSetIoInCallerContextCallback(PWDF_DRIVER_GLOBALS DriverGlobals, PWDFDEVICE_INIT DeviceInit,
                                                   PFN_WDF_IO_IN_CALLER_CONTEXT EvtIoInCallerContext) {
    const char* ddi = "WdfDeviceInitSetIoInCallerContextCallback";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDeviceInit* init = FxDeviceInit::from(globals, DeviceInit, ddi);
    if (EvtIoInCallerContext == nullptr) fxRequiredParameterNull(globals, "EvtIoInCallerContext", ddi);
    init->ioInCallerContext = EvtIoInCallerContext;
}

// IRQL PASSIVE_LEVEL, before WdfDeviceCreate.
VOID imp_WdfDeviceInitSetPowerPolicyOwnership(PWDF_DRIVER_GLOBALS DriverGlobals, PWDFDEVICE_INIT DeviceInit,
                                               BOOLEAN IsPowerPolicyOwner) {
    const char* ddi = "WdfDeviceInitSetPowerPolicyOwnership";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDeviceInit* init = FxDeviceInit::from(globals, DeviceInit, ddi);
    fxCheckIrql(globals, PASSIVE_LEVEL, ddi);
    init->powerPolicyOwnerSet = true;
    init->powerPolicyOwner = IsPowerPolicyOwner != FALSE;
}

// IRQL PASSIVE_LEVEL, before WdfDeviceCreate.
VOID imp_WdfDeviceInitAllowSelfIoTarget(PWDF_DRIVER_GLOBALS DriverGlobals, PWDFDEVICE_INIT DeviceInit) {
    const char* ddi = "WdfDeviceInitAllowSelfIoTarget";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDeviceInit* init = FxDeviceInit::from(globals, DeviceInit, ddi);
    fxCheckIrql(globals, PASSIVE_LEVEL, ddi);
    init->allowSelfIoTarget = true;
}

// IRQL PASSIVE_LEVEL, from EvtDriverDeviceAdd.
VOID imp_WdfFdoInitSetFilter(PWDF_DRIVER_GLOBALS DriverGlobals, PWDFDEVICE_INIT DeviceInit) {
    const char* ddi = "WdfFdoInitSetFilter";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDeviceInit* init = FxDeviceInit::from(globals, DeviceInit, ddi);
    if (init->role != FxDeviceInit::Role::Function && init->role != FxDeviceInit::Role::Filter) {
        globals->verifierLog(std::string(ddi) + ": only the WDFDEVICE_INIT of EvtDriverDeviceAdd can become a filter");
        return;
    }
    init->role = FxDeviceInit::Role::Filter;
}

// IRQL PASSIVE_LEVEL, from EvtDriverDeviceAdd (control devices: any time).
NTSTATUS imp_WdfDeviceCreate(PWDF_DRIVER_GLOBALS DriverGlobals, PWDFDEVICE_INIT* DeviceInit,
                             PWDF_OBJECT_ATTRIBUTES DeviceAttributes, WDFDEVICE* Device) {
    const char* ddi = "WdfDeviceCreate";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    if (DeviceInit == nullptr) fxRequiredParameterNull(globals, "DeviceInit", ddi);
    if (Device == nullptr) fxRequiredParameterNull(globals, "Device", ddi);
    FxDeviceInit* init = FxDeviceInit::from(globals, *DeviceInit, ddi);
    if (init->createdDevice != nullptr) {
        globals->verifierLog("WdfDeviceCreate: a device was already created from this WDFDEVICE_INIT");
        return STATUS_INVALID_DEVICE_STATE;
    }
    if (init->role == FxDeviceInit::Role::Pdo && init->pdo.deviceId.empty()) {
        // The PnP manager names the child after it (IRP_MN_QUERY_ID BusQueryDeviceID).
        globals->verifierLog("WdfDeviceCreate: a PDO needs a device ID (WdfPdoInitAssignDeviceID)");
        return STATUS_INVALID_DEVICE_REQUEST;
    }
    if (init->role == FxDeviceInit::Role::Control && globals->driver == nullptr) {
        globals->verifierLog("WdfDeviceCreate: a control device needs the WDFDRIVER (call WdfDriverCreate first)");
        return STATUS_INVALID_DEVICE_STATE;
    }
    if (DeviceAttributes != nullptr && DeviceAttributes->ParentObject != nullptr) {
        globals->verifierLog("WdfDeviceCreate: a WDFDEVICE's parent is the driver (ParentObject must be NULL)");
        return STATUS_INVALID_PARAMETER;
    }
    FxDevice* device = nullptr;
    NTSTATUS status = fxCreateNamed(ddi, globals, DeviceAttributes, globals->driver, &device, *init);
    if (!NT_SUCCESS(status)) return status;
    init->createdDevice = device;
    *DeviceInit = nullptr;  // the framework owns (and frees) the WDFDEVICE_INIT now
    *Device = device->handleAs<WDFDEVICE>();
    // A PDO is ready for the PnP manager as soon as it exists (it is reported later, with
    // WdfFdoAddStaticChild); an FDO waits for EvtDriverDeviceAdd to return.
    if (init->role == FxDeviceInit::Role::Pdo) device->finishInitializing();
    if (init->heapAllocated) {
        // WdfControlDeviceInitAllocate's / WdfPdoInitAllocate's structure: consumed. (A
        // failed create leaves it to the driver, who frees it with WdfDeviceInitFree.)
        init->magic = 0;
        delete init;
    }
    return STATUS_SUCCESS;
}

// IRQL PASSIVE_LEVEL.
NTSTATUS imp_WdfDeviceCreateDeviceInterface(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE Device,
                                            const GUID* InterfaceClassGUID, PCUNICODE_STRING ReferenceString) {
    const char* ddi = "WdfDeviceCreateDeviceInterface";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDevice* device = resolve<FxDevice>(globals, Device, ddi);
    if (InterfaceClassGUID == nullptr) fxRequiredParameterNull(globals, "InterfaceClassGUID", ddi);
    return device->createDeviceInterface(*InterfaceClassGUID, ReferenceString);
}

// IRQL PASSIVE_LEVEL.
VOID imp_WdfDeviceSetDeviceInterfaceState(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE Device,
                                          const GUID* InterfaceClassGUID, PCUNICODE_STRING ReferenceString,
                                          BOOLEAN IsInterfaceEnabled) {
    const char* ddi = "WdfDeviceSetDeviceInterfaceState";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDevice* device = resolve<FxDevice>(globals, Device, ddi);
    if (InterfaceClassGUID == nullptr) fxRequiredParameterNull(globals, "InterfaceClassGUID", ddi);
    NTSTATUS status = device->setDeviceInterfaceState(*InterfaceClassGUID, ReferenceString, IsInterfaceEnabled != FALSE);
    if (!NT_SUCCESS(status)) globals->verifierLog(std::string(ddi) + ": no such interface on the device");
}

// IRQL PASSIVE_LEVEL.
NTSTATUS imp_WdfDeviceCreateSymbolicLink(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE Device,
                                         PCUNICODE_STRING SymbolicLinkName) {
    const char* ddi = "WdfDeviceCreateSymbolicLink";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDevice* device = resolve<FxDevice>(globals, Device, ddi);
    if (SymbolicLinkName == nullptr) fxRequiredParameterNull(globals, "SymbolicLinkName", ddi);
    return device->createSymbolicLink(SymbolicLinkName);
}

// IRQL <= DISPATCH_LEVEL.
WDFQUEUE imp_WdfDeviceGetDefaultQueue(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE Device) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxIoQueue* queue = resolve<FxDevice>(globals, Device, "WdfDeviceGetDefaultQueue")->defaultQueue();
    return queue != nullptr ? queue->handleAs<WDFQUEUE>() : nullptr;
}

PDEVICE_OBJECT imp_WdfDeviceWdmGetDeviceObject(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE Device) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    return resolve<FxDevice>(globals, Device, "WdfDeviceWdmGetDeviceObject")->deviceObject();
}

PDEVICE_OBJECT imp_WdfDeviceWdmGetAttachedDevice(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE Device) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    return resolve<FxDevice>(globals, Device, "WdfDeviceWdmGetAttachedDevice")->attachedDevice();
}

PDEVICE_OBJECT imp_WdfDeviceWdmGetPhysicalDevice(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE Device) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    return resolve<FxDevice>(globals, Device, "WdfDeviceWdmGetPhysicalDevice")->physicalDevice();
}

WDFDEVICE imp_WdfWdmDeviceGetWdfDeviceHandle(PWDF_DRIVER_GLOBALS DriverGlobals, PDEVICE_OBJECT DeviceObject) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    if (DeviceObject == nullptr) fxRequiredParameterNull(globals, "DeviceObject", "WdfWdmDeviceGetWdfDeviceHandle");
    FxDevice* device = FxDevice::fromDeviceObject(DeviceObject);
    return device != nullptr && device->globals() == globals ? device->handleAs<WDFDEVICE>() : nullptr;
}

WDFDRIVER imp_WdfDeviceGetDriver(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE Device) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    resolve<FxDevice>(globals, Device, "WdfDeviceGetDriver");
    return globals->driver != nullptr ? globals->driver->handleAs<WDFDRIVER>() : nullptr;
}

// IRQL PASSIVE_LEVEL.
NTSTATUS imp_WdfDeviceConfigureRequestDispatching(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE Device,
                                                  WDFQUEUE Queue, WDF_REQUEST_TYPE RequestType) {
    const char* ddi = "WdfDeviceConfigureRequestDispatching";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDevice* device = resolve<FxDevice>(globals, Device, ddi);
    FxIoQueue* queue = resolve<FxIoQueue>(globals, Queue, ddi);
    if (queue->device() != device) {
        globals->verifierLog(std::string(ddi) + ": the queue belongs to another device");
        return STATUS_INVALID_PARAMETER;
    }
    NTSTATUS status = device->configureDispatching(RequestType, queue);
    if (status == STATUS_INVALID_PARAMETER && RequestType == WdfRequestTypeCreate) {
        globals->verifierLog(std::string(ddi) + ": the default queue cannot receive create requests");
    } else if (status == STATUS_INVALID_PARAMETER) {
        globals->verifierLog(std::string(ddi) + ": request type " + std::to_string(static_cast<int>(RequestType)) +
                             " cannot be dispatched to a queue");
    }
    return status;
}

// IRQL <= DISPATCH_LEVEL.
WDFFILEOBJECT imp_WdfDeviceGetFileObject(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE Device, PFILE_OBJECT FileObject) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDevice* device = resolve<FxDevice>(globals, Device, "WdfDeviceGetFileObject");
    FxFileObject* file = fxFileObjectOf(device, FileObject);
    return file != nullptr ? file->handleAs<WDFFILEOBJECT>() : nullptr;
}

// IRQL <= DISPATCH_LEVEL, from EvtIoInCallerContext.
NTSTATUS imp_WdfDeviceEnqueueRequest(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE Device, WDFREQUEST Request) {
    const char* ddi = "WdfDeviceEnqueueRequest";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDevice* device = resolve<FxDevice>(globals, Device, ddi);
    FxRequest* request = resolve<FxRequest>(globals, Request, ddi);
    if (request->device() != device) {
        globals->verifierLog(std::string(ddi) + ": the request was not received by this device");
        return STATUS_INVALID_PARAMETER;
    }
    return fxEnqueueFromCallerContext(*device, request, ddi);
}

// IRQL <= DISPATCH_LEVEL.
ULONG imp_WdfDeviceGetCharacteristics(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE Device) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    return resolve<FxDevice>(globals, Device, "WdfDeviceGetCharacteristics")->deviceObject()->Characteristics;
}

// IRQL <= DISPATCH_LEVEL.
VOID imp_WdfDeviceSetCharacteristics(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE Device, ULONG DeviceCharacteristics) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    resolve<FxDevice>(globals, Device, "WdfDeviceSetCharacteristics")->deviceObject()->Characteristics =
        DeviceCharacteristics;
}

// IRQL <= DISPATCH_LEVEL.
ULONG imp_WdfDeviceGetAlignmentRequirement(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE Device) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    return resolve<FxDevice>(globals, Device, "WdfDeviceGetAlignmentRequirement")->deviceObject()->AlignmentRequirement;
}

// IRQL <= DISPATCH_LEVEL.
VOID imp_WdfDeviceSetAlignmentRequirement(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE Device,
                                          ULONG AlignmentRequirement) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    resolve<FxDevice>(globals, Device, "WdfDeviceSetAlignmentRequirement")->deviceObject()->AlignmentRequirement =
        AlignmentRequirement;
}

// IRQL PASSIVE_LEVEL.
NTSTATUS imp_WdfDeviceRetrieveDeviceName(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE Device, WDFSTRING String) {
    const char* ddi = "WdfDeviceRetrieveDeviceName";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDevice* device = resolve<FxDevice>(globals, Device, ddi);
    FxString* string = resolve<FxString>(globals, String, ddi);
    // The name the driver assigned with WdfDeviceInitAssignName (documented).
    if (device->deviceName().empty()) {
        globals->verifierLog(std::string(ddi) + ": the driver assigned no name to the device");
        return STATUS_INVALID_DEVICE_STATE;
    }
    return string->assign(std::u16string_view(device->deviceName()));
}

}  // extern "C"

FX_DDI_SIGNATURE(WdfDeviceGetCharacteristics, PFN_WDFDEVICEGETCHARACTERISTICS);
FX_DDI_SIGNATURE(WdfDeviceSetCharacteristics, PFN_WDFDEVICESETCHARACTERISTICS);
FX_DDI_SIGNATURE(WdfDeviceGetAlignmentRequirement, PFN_WDFDEVICEGETALIGNMENTREQUIREMENT);
FX_DDI_SIGNATURE(WdfDeviceSetAlignmentRequirement, PFN_WDFDEVICESETALIGNMENTREQUIREMENT);
FX_DDI_SIGNATURE(WdfDeviceRetrieveDeviceName, PFN_WDFDEVICERETRIEVEDEVICENAME);
FX_DDI_SIGNATURE(WdfDeviceInitSetFileObjectConfig, PFN_WDFDEVICEINITSETFILEOBJECTCONFIG);
FX_DDI_SIGNATURE(WdfDeviceInitSetIoInCallerContextCallback, PFN_WDFDEVICEINITSETIOINCALLERCONTEXTCALLBACK);
FX_DDI_SIGNATURE(WdfFdoInitSetFilter, PFN_WDFFDOINITSETFILTER);
FX_DDI_SIGNATURE(WdfDeviceInitSetPowerPolicyOwnership, PFN_WDFDEVICEINITSETPOWERPOLICYOWNERSHIP);
FX_DDI_SIGNATURE(WdfDeviceInitAllowSelfIoTarget, PFN_WDFDEVICEINITALLOWSELFIOTARGET);
FX_DDI_SIGNATURE(WdfDeviceGetFileObject, PFN_WDFDEVICEGETFILEOBJECT);
FX_DDI_SIGNATURE(WdfDeviceEnqueueRequest, PFN_WDFDEVICEENQUEUEREQUEST);
FX_DDI_SIGNATURE(WdfDeviceInitSetPnpPowerEventCallbacks, PFN_WDFDEVICEINITSETPNPPOWEREVENTCALLBACKS);
FX_DDI_SIGNATURE(WdfDeviceInitSetIoType, PFN_WDFDEVICEINITSETIOTYPE);
FX_DDI_SIGNATURE(WdfDeviceInitSetExclusive, PFN_WDFDEVICEINITSETEXCLUSIVE);
FX_DDI_SIGNATURE(WdfDeviceInitSetDeviceType, PFN_WDFDEVICEINITSETDEVICETYPE);
FX_DDI_SIGNATURE(WdfDeviceInitSetCharacteristics, PFN_WDFDEVICEINITSETCHARACTERISTICS);
FX_DDI_SIGNATURE(WdfDeviceInitAssignName, PFN_WDFDEVICEINITASSIGNNAME);
FX_DDI_SIGNATURE(WdfDeviceInitSetRequestAttributes, PFN_WDFDEVICEINITSETREQUESTATTRIBUTES);
FX_DDI_SIGNATURE(WdfDeviceInitSetPowerPageable, PFN_WDFDEVICEINITSETPOWERPAGEABLE);
FX_DDI_SIGNATURE(WdfDeviceInitSetPowerNotPageable, PFN_WDFDEVICEINITSETPOWERNOTPAGEABLE);
FX_DDI_SIGNATURE(WdfDeviceCreate, PFN_WDFDEVICECREATE);
FX_DDI_SIGNATURE(WdfDeviceCreateDeviceInterface, PFN_WDFDEVICECREATEDEVICEINTERFACE);
FX_DDI_SIGNATURE(WdfDeviceSetDeviceInterfaceState, PFN_WDFDEVICESETDEVICEINTERFACESTATE);
FX_DDI_SIGNATURE(WdfDeviceCreateSymbolicLink, PFN_WDFDEVICECREATESYMBOLICLINK);
FX_DDI_SIGNATURE(WdfDeviceGetDefaultQueue, PFN_WDFDEVICEGETDEFAULTQUEUE);
FX_DDI_SIGNATURE(WdfDeviceWdmGetDeviceObject, PFN_WDFDEVICEWDMGETDEVICEOBJECT);
FX_DDI_SIGNATURE(WdfDeviceWdmGetAttachedDevice, PFN_WDFDEVICEWDMGETATTACHEDDEVICE);
FX_DDI_SIGNATURE(WdfDeviceWdmGetPhysicalDevice, PFN_WDFDEVICEWDMGETPHYSICALDEVICE);
FX_DDI_SIGNATURE(WdfWdmDeviceGetWdfDeviceHandle, PFN_WDFWDMDEVICEGETWDFDEVICEHANDLE);
FX_DDI_SIGNATURE(WdfDeviceGetDriver, PFN_WDFDEVICEGETDRIVER);
FX_DDI_SIGNATURE(WdfDeviceConfigureRequestDispatching, PFN_WDFDEVICECONFIGUREREQUESTDISPATCHING);

namespace wdf {

std::span<const DdiEntry> deviceDdis() {
    static const DdiEntry kEntries[] = {
        ddiEntry(WdfDeviceInitSetPnpPowerEventCallbacksTableIndex, imp_WdfDeviceInitSetPnpPowerEventCallbacks),
        ddiEntry(WdfDeviceInitSetIoTypeTableIndex, imp_WdfDeviceInitSetIoType),
        ddiEntry(WdfDeviceInitSetExclusiveTableIndex, imp_WdfDeviceInitSetExclusive),
        ddiEntry(WdfDeviceInitSetDeviceTypeTableIndex, imp_WdfDeviceInitSetDeviceType),
        ddiEntry(WdfDeviceInitSetCharacteristicsTableIndex, imp_WdfDeviceInitSetCharacteristics),
        ddiEntry(WdfDeviceInitAssignNameTableIndex, imp_WdfDeviceInitAssignName),
        ddiEntry(WdfDeviceInitSetRequestAttributesTableIndex, imp_WdfDeviceInitSetRequestAttributes),
        ddiEntry(WdfDeviceInitSetPowerPageableTableIndex, imp_WdfDeviceInitSetPowerPageable),
        ddiEntry(WdfDeviceInitSetPowerNotPageableTableIndex, imp_WdfDeviceInitSetPowerNotPageable),
        ddiEntry(WdfDeviceCreateTableIndex, imp_WdfDeviceCreate),
        ddiEntry(WdfDeviceCreateDeviceInterfaceTableIndex, imp_WdfDeviceCreateDeviceInterface),
        ddiEntry(WdfDeviceSetDeviceInterfaceStateTableIndex, imp_WdfDeviceSetDeviceInterfaceState),
        ddiEntry(WdfDeviceCreateSymbolicLinkTableIndex, imp_WdfDeviceCreateSymbolicLink),
        ddiEntry(WdfDeviceGetDefaultQueueTableIndex, imp_WdfDeviceGetDefaultQueue),
        ddiEntry(WdfDeviceWdmGetDeviceObjectTableIndex, imp_WdfDeviceWdmGetDeviceObject),
        ddiEntry(WdfDeviceWdmGetAttachedDeviceTableIndex, imp_WdfDeviceWdmGetAttachedDevice),
        ddiEntry(WdfDeviceWdmGetPhysicalDeviceTableIndex, imp_WdfDeviceWdmGetPhysicalDevice),
        ddiEntry(WdfWdmDeviceGetWdfDeviceHandleTableIndex, imp_WdfWdmDeviceGetWdfDeviceHandle),
        ddiEntry(WdfDeviceGetDriverTableIndex, imp_WdfDeviceGetDriver),
        ddiEntry(WdfDeviceConfigureRequestDispatchingTableIndex, imp_WdfDeviceConfigureRequestDispatching),
        ddiEntry(WdfDeviceInitSetFileObjectConfigTableIndex, imp_WdfDeviceInitSetFileObjectConfig),
        ddiEntry(WdfDeviceInitSetIoInCallerContextCallbackTableIndex, imp_WdfDeviceInitSetIoInCallerContextCallback),
        ddiEntry(WdfFdoInitSetFilterTableIndex, imp_WdfFdoInitSetFilter),
        ddiEntry(WdfDeviceInitAllowSelfIoTargetTableIndex, imp_WdfDeviceInitAllowSelfIoTarget),
        ddiEntry(WdfDeviceInitSetPowerPolicyOwnershipTableIndex, imp_WdfDeviceInitSetPowerPolicyOwnership),
        ddiEntry(WdfDeviceGetFileObjectTableIndex, imp_WdfDeviceGetFileObject),
        ddiEntry(WdfDeviceEnqueueRequestTableIndex, imp_WdfDeviceEnqueueRequest),
        ddiEntry(WdfDeviceGetCharacteristicsTableIndex, imp_WdfDeviceGetCharacteristics),
        ddiEntry(WdfDeviceSetCharacteristicsTableIndex, imp_WdfDeviceSetCharacteristics),
        ddiEntry(WdfDeviceGetAlignmentRequirementTableIndex, imp_WdfDeviceGetAlignmentRequirement),
        ddiEntry(WdfDeviceSetAlignmentRequirementTableIndex, imp_WdfDeviceSetAlignmentRequirement),
        ddiEntry(WdfDeviceRetrieveDeviceNameTableIndex, imp_WdfDeviceRetrieveDeviceName),
        // control_ddi.cpp
        ddiEntry(WdfControlDeviceInitAllocateTableIndex, imp_WdfControlDeviceInitAllocate),
        ddiEntry(WdfControlDeviceInitSetShutdownNotificationTableIndex, imp_WdfControlDeviceInitSetShutdownNotification),
        ddiEntry(WdfControlFinishInitializingTableIndex, imp_WdfControlFinishInitializing),
        ddiEntry(WdfDeviceInitFreeTableIndex, imp_WdfDeviceInitFree),
        ddiEntry(WdfDeviceInitAssignSDDLStringTableIndex, imp_WdfDeviceInitAssignSDDLString),
        ddiEntry(WdfDeviceInitAssignWdmIrpPreprocessCallbackTableIndex, imp_WdfDeviceInitAssignWdmIrpPreprocessCallback),
        ddiEntry(WdfDeviceWdmDispatchPreprocessedIrpTableIndex, imp_WdfDeviceWdmDispatchPreprocessedIrp),
        ddiEntry(WdfDeviceConfigureWdmIrpDispatchCallbackTableIndex, imp_WdfDeviceConfigureWdmIrpDispatchCallback),
        ddiEntry(WdfDeviceWdmDispatchIrpTableIndex, imp_WdfDeviceWdmDispatchIrp),
        ddiEntry(WdfDeviceWdmDispatchIrpToIoQueueTableIndex, imp_WdfDeviceWdmDispatchIrpToIoQueue),
    };
    return kEntries;
}

}  // namespace wdf
