// WDFFILEOBJECT DDIs (wdffileobject.h).
#include "wdf/core/fx_device.h"
#include "wdf/core/fx_file_object.h"
#include "wdf/ddi/ddi_families.h"
#include "wdf/ddi/ddi_support.h"

using namespace wdf;

extern "C" {

// IRQL PASSIVE_LEVEL (NULL above it, as documented).
PUNICODE_STRING imp_WdfFileObjectGetFileName(PWDF_DRIVER_GLOBALS DriverGlobals, WDFFILEOBJECT FileObject) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    return resolve<FxFileObject>(globals, FileObject, "WdfFileObjectGetFileName")->fileName();
}

// IRQL <= DISPATCH_LEVEL.
ULONG imp_WdfFileObjectGetFlags(PWDF_DRIVER_GLOBALS DriverGlobals, WDFFILEOBJECT FileObject) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    return resolve<FxFileObject>(globals, FileObject, "WdfFileObjectGetFlags")->flags();
}

// IRQL <= DISPATCH_LEVEL.
WDFDEVICE imp_WdfFileObjectGetDevice(PWDF_DRIVER_GLOBALS DriverGlobals, WDFFILEOBJECT FileObject) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    return resolve<FxFileObject>(globals, FileObject, "WdfFileObjectGetDevice")->device()->handleAs<WDFDEVICE>();
}

// IRQL <= DISPATCH_LEVEL.
PFILE_OBJECT imp_WdfFileObjectWdmGetFileObject(PWDF_DRIVER_GLOBALS DriverGlobals, WDFFILEOBJECT FileObject) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    return resolve<FxFileObject>(globals, FileObject, "WdfFileObjectWdmGetFileObject")->wdmFileObject();
}

// IRQL <= DISPATCH_LEVEL (KMDF 1.21). IoGetInitiatorProcess names a process only when a
// system component issued the create on behalf of another process; OpenKMDF's I/O manager
// issues every create for the process that asked for it, so no file has an initiator
// process and the documented answer is zero.
ULONG imp_WdfFileObjectGetInitiatorProcessId(PWDF_DRIVER_GLOBALS DriverGlobals, WDFFILEOBJECT FileObject) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    resolve<FxFileObject>(globals, FileObject, "WdfFileObjectGetInitiatorProcessId");
    return 0;
}

}  // extern "C"

FX_DDI_SIGNATURE(WdfFileObjectGetFileName, PFN_WDFFILEOBJECTGETFILENAME);
FX_DDI_SIGNATURE(WdfFileObjectGetFlags, PFN_WDFFILEOBJECTGETFLAGS);
FX_DDI_SIGNATURE(WdfFileObjectGetDevice, PFN_WDFFILEOBJECTGETDEVICE);
FX_DDI_SIGNATURE(WdfFileObjectWdmGetFileObject, PFN_WDFFILEOBJECTWDMGETFILEOBJECT);
FX_DDI_SIGNATURE(WdfFileObjectGetInitiatorProcessId, PFN_WDFFILEOBJECTGETINITIATORPROCESSID);

namespace wdf {

std::span<const DdiEntry> fileObjectDdis() {
    static const DdiEntry kEntries[] = {
        ddiEntry(WdfFileObjectGetFileNameTableIndex, imp_WdfFileObjectGetFileName),
        ddiEntry(WdfFileObjectGetFlagsTableIndex, imp_WdfFileObjectGetFlags),
        ddiEntry(WdfFileObjectGetDeviceTableIndex, imp_WdfFileObjectGetDevice),
        ddiEntry(WdfFileObjectWdmGetFileObjectTableIndex, imp_WdfFileObjectWdmGetFileObject),
        ddiEntry(WdfFileObjectGetInitiatorProcessIdTableIndex, imp_WdfFileObjectGetInitiatorProcessId),
    };
    return kEntries;
}

}  // namespace wdf
