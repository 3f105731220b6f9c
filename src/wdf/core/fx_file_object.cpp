#include "wdf/core/fx_file_object.h"

#include "wdf/core/fx_device.h"

namespace wdf {

FxFileObject::FxFileObject(FxDriverGlobals* globals, FxDevice* device, PFILE_OBJECT fileObject)
    : FxObject(globals, kObjectType), device_(device), fileObject_(fileObject) {}

PUNICODE_STRING FxFileObject::fileName() {
    if (fileObject_ == nullptr || KeGetCurrentIrql() > PASSIVE_LEVEL) return nullptr;
    return &fileObject_->FileName;
}

ULONG FxFileObject::flags() const { return fileObject_ != nullptr ? fileObject_->Flags : 0; }

void FxFileObject::onCleanup() { device_->unregisterFileObject(this); }

FxFileObject* fxFileObjectOf(FxDevice* device, PFILE_OBJECT fileObject) {
    if (device == nullptr) return nullptr;
    return device->findFileObject(fileObject);
}

}  // namespace wdf
