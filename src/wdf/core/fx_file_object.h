// FxFileObject: the WDFFILEOBJECT the framework creates for each IRP_MJ_CREATE that
// reaches a device ("Framework File Objects"). Its parent is the device; its attributes
// (contexts, EvtCleanupCallback, EvtDestroyCallback) come from
// WdfDeviceInitSetFileObjectConfig's FileObjectAttributes. Depending on the device's
// WDF_FILEOBJECT_CLASS the framework finds it through FILE_OBJECT.FsContext,
// FsContext2 or a per-device map; it is deleted after IRP_MJ_CLOSE (EvtFileClose first).
#pragma once

#include <ntddk.h>
#include <wdf.h>

#include <string>

#include "object/fx_object.h"

namespace wdf {

class FxDevice;

class FxFileObject : public FxObject {
public:
    static constexpr FxObjectType kObjectType = FxObjectType::FileObject;

    // `fileObject` may be null only for a device whose class makes file objects optional
    // (WdfFileObjectCanBeOptional) when the create came without one.
    FxFileObject(FxDriverGlobals* globals, FxDevice* device, PFILE_OBJECT fileObject);

    // The WDM file object behind this WDFFILEOBJECT (WdfFileObjectWdmGetFileObject);
    // may be null (see the constructor). Any thread, any IRQL.
    PFILE_OBJECT wdmFileObject() const { return fileObject_; }
    // The device whose create made this file object (WdfFileObjectGetDevice). Any IRQL.
    FxDevice* device() const { return device_; }

    // WdfFileObjectGetFileName: the name the opener used after the device's name, or
    // null when there is none (or no WDM file object). IRQL <= DISPATCH_LEVEL.
    PUNICODE_STRING fileName();
    // WdfFileObjectGetFlags: FILE_OBJECT.Flags (0 without a WDM file object). Any IRQL.
    ULONG flags() const;
    // WdfFileObjectGetInitiatorProcessId: the opener's process (from the create IRP).
    // Any IRQL.
    ULONG initiatorProcessId() const { return initiatorProcessId_; }
    void setInitiatorProcessId(ULONG processId) { initiatorProcessId_ = processId; }
    // WdfFileObjectGetRelatedFileObject: the WDFFILEOBJECT of FILE_OBJECT.RelatedFileObject
    // on the same device, or nullptr. IRQL <= DISPATCH_LEVEL.
    FxFileObject* relatedFileObject() const;

    // The framework deletes a WDFFILEOBJECT after IRP_MJ_CLOSE; drivers never delete it.
    bool driverMayDelete() const override { return false; }

private:
    FxDevice* device_;
    PFILE_OBJECT fileObject_;
    ULONG initiatorProcessId_ = 0;
    UNICODE_STRING fileName_{};
};

// The WDFFILEOBJECT the framework created on `device` for the WDM file object, or
// nullptr (no such file object, a null `fileObject`, or a device whose file objects are
// not required). Any thread, IRQL <= DISPATCH_LEVEL.
FxFileObject* fxFileObjectOf(FxDevice* device, PFILE_OBJECT fileObject);

}  // namespace wdf
