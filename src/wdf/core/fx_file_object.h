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

    // WdfFileObjectGetFileName: the part of the opened path after the device's name
    // ("\\foo"; Length 0 when the device itself was opened); null without a WDM file
    // object or above PASSIVE_LEVEL (documented). Any thread.
    PUNICODE_STRING fileName();
    // WdfFileObjectGetFlags: FILE_OBJECT.Flags (0 without a WDM file object). Any IRQL.
    ULONG flags() const;
    // The framework deletes a WDFFILEOBJECT after IRP_MJ_CLOSE; drivers never delete it.
    bool driverMayDelete() const override { return false; }

protected:
    // Forgets the file object's registration with the device (FsContext / map).
    void onCleanup() override;

private:
    FxDevice* device_;
    PFILE_OBJECT fileObject_;
};

// The WDFFILEOBJECT the framework created on `device` for the WDM file object, or
// nullptr (no such file object, a null `fileObject`, or a device whose file objects are
// not required). Any thread, IRQL <= DISPATCH_LEVEL.
FxFileObject* fxFileObjectOf(FxDevice* device, PFILE_OBJECT fileObject);

}  // namespace wdf
