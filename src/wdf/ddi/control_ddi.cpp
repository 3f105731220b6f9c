// Control devices (wdfcontrol.h: "Using Control Device Objects"), WdfDeviceInitFree,
// WdfDeviceInitAssignSDDLString, and the WDM escape ("Preprocessing and Postprocessing
// IRPs"). Listed in deviceDdis() (device_ddi.cpp).
#include "wdf/ddi/control_ddi.h"

#include <new>
#include <string>

#include "wdf/core/fx_device.h"
#include "wdf/core/fx_device_init.h"
#include "wdf/core/fx_driver.h"
#include "wdf/core/fx_irp_dispatch.h"
#include "wdf/core/fx_sddl.h"
#include "wdf/core/fx_unicode.h"
#include "wdf/ddi/ddi_support.h"
#include "wdf/io/fx_io_queue.h"

using namespace wdf;

namespace {

// The SDDL string of a driver, validated; false (and a verifier log line) if it is not one.
bool acceptSddl(FxDriverGlobals* globals, const char* ddi, PCUNICODE_STRING sddl, std::u16string* out) {
    std::u16string text = fxToU16(sddl);
    std::string why;
    if (!fxSddlLooksValid(text, &why)) {
        globals->verifierLog(std::string(ddi) + ": SDDLString is not a valid SDDL string: " + why);
        return false;
    }
    *out = std::move(text);
    return true;
}

}  // namespace

extern "C" {

// IRQL PASSIVE_LEVEL.
PWDFDEVICE_INIT imp_WdfControlDeviceInitAllocate(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDRIVER Driver,
                                                 PCUNICODE_STRING SDDLString) {
    const char* ddi = "WdfControlDeviceInitAllocate";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    resolve<FxDriver>(globals, Driver, ddi);
    if (SDDLString == nullptr) fxRequiredParameterNull(globals, "SDDLString", ddi);
    std::u16string sddl;
    if (!acceptSddl(globals, ddi, SDDLString, &sddl)) return nullptr;
    auto* init = new (std::nothrow) FxDeviceInit(globals, FxDeviceInit::Role::Control);
    if (init == nullptr) return nullptr;
    init->heapAllocated = true;
    init->sddl = std::move(sddl);
    init->hasSddl = true;
    return init->publicHandle();
}

// IRQL <= DISPATCH_LEVEL, before WdfDeviceCreate.
VOID imp_WdfControlDeviceInitSetShutdownNotification(PWDF_DRIVER_GLOBALS DriverGlobals, PWDFDEVICE_INIT DeviceInit,
                                                     PFN_WDF_DEVICE_SHUTDOWN_NOTIFICATION Notification, UCHAR Flags) {
    const char* ddi = "WdfControlDeviceInitSetShutdownNotification";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDeviceInit* init = FxDeviceInit::from(globals, DeviceInit, ddi);
    if (Notification == nullptr) fxRequiredParameterNull(globals, "Notification", ddi);
    if (init->role != FxDeviceInit::Role::Control) {
        wdfViolation(globals, kFxVerifierFatalError, reinterpret_cast<ULONG_PTR>(DeviceInit), 0, 0,
                     std::string(ddi) + ": the WDFDEVICE_INIT is not from WdfControlDeviceInitAllocate");
    }
    const UCHAR known = WdfDeviceShutdown | WdfDeviceLastChanceShutdown;
    if (Flags == 0 || (Flags & ~known) != 0) {
        globals->verifierLog(std::string(ddi) + ": invalid Flags " + std::to_string(Flags));
        return;
    }
    init->shutdownNotification = Notification;
    init->shutdownFlags = Flags;
}

// IRQL <= DISPATCH_LEVEL.
VOID imp_WdfControlFinishInitializing(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE Device) {
    const char* ddi = "WdfControlFinishInitializing";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDevice* device = resolve<FxDevice>(globals, Device, ddi);
    if (device->role() != FxDeviceInit::Role::Control) {
        globals->verifierLog(std::string(ddi) + ": the device is not a control device");
        return;
    }
    device->finishInitializing();
}

// IRQL PASSIVE_LEVEL.
VOID imp_WdfDeviceInitFree(PWDF_DRIVER_GLOBALS DriverGlobals, PWDFDEVICE_INIT DeviceInit) {
    const char* ddi = "WdfDeviceInitFree";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDeviceInit* init = FxDeviceInit::from(globals, DeviceInit, ddi);
    if (!init->heapAllocated) {
        // The WDFDEVICE_INIT of EvtDriverDeviceAdd belongs to the framework.
        wdfViolation(globals, kFxVerifierFatalError, reinterpret_cast<ULONG_PTR>(DeviceInit), 0, 0,
                     std::string(ddi) + ": only a WDFDEVICE_INIT from WdfControlDeviceInitAllocate may be freed "
                                        "by the driver");
    }
    init->magic = 0;
    delete init;
}

// IRQL PASSIVE_LEVEL, before WdfDeviceCreate.
NTSTATUS imp_WdfDeviceInitAssignSDDLString(PWDF_DRIVER_GLOBALS DriverGlobals, PWDFDEVICE_INIT DeviceInit,
                                           PCUNICODE_STRING SDDLString) {
    const char* ddi = "WdfDeviceInitAssignSDDLString";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDeviceInit* init = FxDeviceInit::from(globals, DeviceInit, ddi);
    if (SDDLString == nullptr) {
        // NULL removes a string assigned before.
        init->sddl.clear();
        init->hasSddl = false;
        return STATUS_SUCCESS;
    }
    std::u16string sddl;
    if (!acceptSddl(globals, ddi, SDDLString, &sddl)) return STATUS_INVALID_PARAMETER;
    init->sddl = std::move(sddl);
    init->hasSddl = true;
    return STATUS_SUCCESS;
}

// IRQL PASSIVE_LEVEL, before WdfDeviceCreate.
NTSTATUS imp_WdfDeviceInitAssignWdmIrpPreprocessCallback(PWDF_DRIVER_GLOBALS DriverGlobals, PWDFDEVICE_INIT DeviceInit,
                                                         PFN_WDFDEVICE_WDM_IRP_PREPROCESS EvtDeviceWdmIrpPreprocess,
                                                         UCHAR MajorFunction, PUCHAR MinorFunctions,
                                                         ULONG NumMinorFunctions) {
    const char* ddi = "WdfDeviceInitAssignWdmIrpPreprocessCallback";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDeviceInit* init = FxDeviceInit::from(globals, DeviceInit, ddi);
    if (EvtDeviceWdmIrpPreprocess == nullptr) fxRequiredParameterNull(globals, "EvtDeviceWdmIrpPreprocess", ddi);
    if (MajorFunction > IRP_MJ_MAXIMUM_FUNCTION) {
        globals->verifierLog(std::string(ddi) + ": invalid MajorFunction " + std::to_string(MajorFunction));
        return STATUS_INVALID_PARAMETER;
    }
    if (NumMinorFunctions > 0 && MinorFunctions == nullptr) {
        globals->verifierLog(std::string(ddi) + ": NumMinorFunctions without a MinorFunctions array");
        return STATUS_INVALID_PARAMETER;
    }
    FxIrpPreprocess& entry = init->irpPreprocess[MajorFunction];
    if (NumMinorFunctions > 0 && !entry.minorFunctions.empty()) {
        // Documented: minor functions for this major function were registered already.
        globals->verifierLog(std::string(ddi) + ": minor functions for this MajorFunction were already assigned");
        return STATUS_INVALID_DEVICE_REQUEST;
    }
    entry.callback = EvtDeviceWdmIrpPreprocess;
    if (NumMinorFunctions > 0 && MinorFunctions != nullptr) {
        entry.minorFunctions.assign(MinorFunctions, MinorFunctions + NumMinorFunctions);
    }
    return STATUS_SUCCESS;
}

// IRQL <= DISPATCH_LEVEL, from EvtDeviceWdmIrpPreprocess.
NTSTATUS imp_WdfDeviceWdmDispatchPreprocessedIrp(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE Device, PIRP Irp) {
    const char* ddi = "WdfDeviceWdmDispatchPreprocessedIrp";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDevice* device = resolve<FxDevice>(globals, Device, ddi);
    if (Irp == nullptr) fxRequiredParameterNull(globals, "Irp", ddi);
    if (!device->hasPreprocessCallbacks()) {
        wdfViolation(globals, kFxVerifierFatalError, reinterpret_cast<ULONG_PTR>(Irp), 0, 0,
                     std::string(ddi) + ": the device has no EvtDeviceWdmIrpPreprocess callback");
    }
    return fxDispatchPreprocessedIrp(*device, Irp, ddi);
}

// IRQL PASSIVE_LEVEL (usually from EvtDriverDeviceAdd).
NTSTATUS imp_WdfDeviceConfigureWdmIrpDispatchCallback(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE Device,
                                                      WDFDRIVER Driver, UCHAR MajorFunction,
                                                      PFN_WDFDEVICE_WDM_IRP_DISPATCH EvtDeviceWdmIrpDisptach,
                                                      WDFCONTEXT DriverContext) {
    const char* ddi = "WdfDeviceConfigureWdmIrpDispatchCallback";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDevice* device = resolve<FxDevice>(globals, Device, ddi);
    if (Driver != nullptr) resolve<FxDriver>(globals, Driver, ddi);
    if (EvtDeviceWdmIrpDisptach == nullptr) fxRequiredParameterNull(globals, "EvtDeviceWdmIrpDispatch", ddi);
    // Documented: only these four major functions.
    if (MajorFunction != IRP_MJ_DEVICE_CONTROL && MajorFunction != IRP_MJ_INTERNAL_DEVICE_CONTROL &&
        MajorFunction != IRP_MJ_READ && MajorFunction != IRP_MJ_WRITE) {
        globals->verifierLog(std::string(ddi) + ": invalid MajorFunction " + std::to_string(MajorFunction));
        return STATUS_INVALID_PARAMETER;
    }
    device->setWdmIrpDispatch(MajorFunction, FxIrpDispatch{EvtDeviceWdmIrpDisptach, DriverContext});
    return STATUS_SUCCESS;
}

// IRQL <= DISPATCH_LEVEL, from EvtDeviceWdmIrpDispatch.
NTSTATUS imp_WdfDeviceWdmDispatchIrp(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE Device, PIRP Irp,
                                     WDFCONTEXT DispatchContext) {
    const char* ddi = "WdfDeviceWdmDispatchIrp";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDevice* device = resolve<FxDevice>(globals, Device, ddi);
    if (Irp == nullptr) fxRequiredParameterNull(globals, "Irp", ddi);
    return fxDispatchIrpByDefault(*device, Irp, DispatchContext, ddi);
}

// IRQL <= DISPATCH_LEVEL, from EvtDeviceWdmIrpDispatch or EvtDeviceWdmIrpPreprocess.
NTSTATUS imp_WdfDeviceWdmDispatchIrpToIoQueue(PWDF_DRIVER_GLOBALS DriverGlobals, WDFDEVICE Device, PIRP Irp,
                                              WDFQUEUE Queue, ULONG Flags) {
    const char* ddi = "WdfDeviceWdmDispatchIrpToIoQueue";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxDevice* device = resolve<FxDevice>(globals, Device, ddi);
    FxIoQueue* queue = resolve<FxIoQueue>(globals, Queue, ddi);
    if (Irp == nullptr) fxRequiredParameterNull(globals, "Irp", ddi);
    const ULONG known = WDF_DISPATCH_IRP_TO_IO_QUEUE_INVOKE_INCALLERCTX_CALLBACK | WDF_DISPATCH_IRP_TO_IO_QUEUE_PREPROCESSED_IRP;
    if (queue->device() != device || (Flags & ~known) != 0) {
        wdfViolation(globals, kFxVerifierFatalError, reinterpret_cast<ULONG_PTR>(Irp), Flags, 0,
                     std::string(ddi) + (queue->device() != device ? ": the queue belongs to another device"
                                                                    : ": unknown Flags"));
    }
    return fxDispatchIrpToQueue(*device, Irp, *queue, Flags, ddi);
}

}  // extern "C"

FX_DDI_SIGNATURE(WdfControlDeviceInitAllocate, PFN_WDFCONTROLDEVICEINITALLOCATE);
FX_DDI_SIGNATURE(WdfControlDeviceInitSetShutdownNotification, PFN_WDFCONTROLDEVICEINITSETSHUTDOWNNOTIFICATION);
FX_DDI_SIGNATURE(WdfControlFinishInitializing, PFN_WDFCONTROLFINISHINITIALIZING);
FX_DDI_SIGNATURE(WdfDeviceInitFree, PFN_WDFDEVICEINITFREE);
FX_DDI_SIGNATURE(WdfDeviceInitAssignSDDLString, PFN_WDFDEVICEINITASSIGNSDDLSTRING);
FX_DDI_SIGNATURE(WdfDeviceInitAssignWdmIrpPreprocessCallback, PFN_WDFDEVICEINITASSIGNWDMIRPPREPROCESSCALLBACK);
FX_DDI_SIGNATURE(WdfDeviceWdmDispatchPreprocessedIrp, PFN_WDFDEVICEWDMDISPATCHPREPROCESSEDIRP);
FX_DDI_SIGNATURE(WdfDeviceConfigureWdmIrpDispatchCallback, PFN_WDFDEVICECONFIGUREWDMIRPDISPATCHCALLBACK);
FX_DDI_SIGNATURE(WdfDeviceWdmDispatchIrp, PFN_WDFDEVICEWDMDISPATCHIRP);
FX_DDI_SIGNATURE(WdfDeviceWdmDispatchIrpToIoQueue, PFN_WDFDEVICEWDMDISPATCHIRPTOIOQUEUE);
