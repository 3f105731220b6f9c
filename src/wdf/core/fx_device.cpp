#include "wdf/core/fx_device.h"

#include <algorithm>

#include "wdf/core/fx_file_object.h"
#include "wdf/core/fx_unicode.h"
#include "wdf/io/fx_io_queue.h"
#include "wdf/pnp/fx_pnp_machine.h"

namespace wdf {

FxDevice::FxDevice(FxDriverGlobals* globals, FxDeviceInit& init)
    : FxObject(globals, kObjectType),
      role_(init.role),
      init_(&init),
      physicalDevice_(init.physicalDevice),
      pnpPowerCallbacks_(init.pnpPowerCallbacks),
      requestAttributes_(init.requestAttributes),
      hasRequestAttributes_(init.hasRequestAttributes),
      ioType_(init.ioType),
      ioInCallerContext_(init.ioInCallerContext),
      fileObjectAttributes_(init.fileObjectAttributes),
      hasFileObjectAttributes_(init.hasFileObjectAttributes),
      deviceName_(init.deviceName) {
    if (init.hasFileObjectConfig) {
        fileObjectConfig_ = init.fileObjectConfig;
    } else {
        // Without a configuration: no callbacks, default forwarding, and file objects
        // kept off FsContext/FsContext2 (another driver of the stack may use them).
        fileObjectConfig_.Size = sizeof(WDF_FILEOBJECT_CONFIG);
        fileObjectConfig_.AutoForwardCleanupClose = WdfUseDefault;
        fileObjectConfig_.FileObjectClass = WdfFileObjectWdfCannotUseFsContexts;
    }
}

FxDevice::~FxDevice() { deleteDeviceObject(); }

NTSTATUS FxDevice::initialize() {
    FxDeviceInit& init = *init_;
    init_ = nullptr;

    UNICODE_STRING name = fxUnicodeView(deviceName_);
    NTSTATUS status = IoCreateDevice(globals()->driverObject, sizeof(FxDeviceExtension),
                                     deviceName_.empty() ? nullptr : &name, init.deviceType,
                                     init.characteristics, init.exclusive ? TRUE : FALSE, &deviceObject_);
    if (!NT_SUCCESS(status)) {
        globals()->verifierLog("WdfDeviceCreate: IoCreateDevice failed");
        deviceObject_ = nullptr;
        return status;
    }
    auto* extension = static_cast<FxDeviceExtension*>(deviceObject_->DeviceExtension);
    extension->magic = FxDeviceExtension::kMagic;
    extension->device = this;

    if (ioType_ == WdfDeviceIoDirect) {
        deviceObject_->Flags |= DO_DIRECT_IO;
    } else if (ioType_ == WdfDeviceIoBuffered || ioType_ == WdfDeviceIoBufferedOrDirect) {
        deviceObject_->Flags |= DO_BUFFERED_IO;
    }
    if (init.powerPageable) deviceObject_->Flags |= DO_POWER_PAGABLE;

    pnp_ = std::make_unique<FxPnpMachine>(*this);

    if (role_ == FxDeviceInit::Role::Function || role_ == FxDeviceInit::Role::Filter) {
        attachedDevice_ = IoAttachDeviceToDeviceStack(deviceObject_, physicalDevice_);
        if (attachedDevice_ == nullptr) {
            globals()->verifierLog("WdfDeviceCreate: the device could not be attached to the PDO's stack");
            return STATUS_NO_SUCH_DEVICE;
        }
        // A filter takes the buffering method of the device below it.
        if (role_ == FxDeviceInit::Role::Filter) {
            deviceObject_->Flags |= attachedDevice_->Flags & (DO_BUFFERED_IO | DO_DIRECT_IO);
        }
        deviceObject_->DeviceType = attachedDevice_->DeviceType;
        deviceObject_->Characteristics |= attachedDevice_->Characteristics & FILE_DEVICE_SECURE_OPEN;
    }
    return STATUS_SUCCESS;
}

FxDevice* FxDevice::fromDeviceObject(PDEVICE_OBJECT deviceObject) {
    if (deviceObject == nullptr || deviceObject->DeviceExtension == nullptr) return nullptr;
    auto* extension = static_cast<FxDeviceExtension*>(deviceObject->DeviceExtension);
    if (extension->magic != FxDeviceExtension::kMagic) return nullptr;
    return extension->device;
}

void FxDevice::finishInitializing() { deviceObject_->Flags &= ~DO_DEVICE_INITIALIZING; }

void FxDevice::abandonAfterFailedAdd() {
    if (attachedDevice_ != nullptr) {
        IoDetachDevice(attachedDevice_);
        attachedDevice_ = nullptr;
    }
    deleteObject();
}

void FxDevice::removeAfterLowerDriver() {
    if (attachedDevice_ != nullptr) {
        IoDetachDevice(attachedDevice_);
        attachedDevice_ = nullptr;
    }
    deleteObject();
}

void FxDevice::onCleanup() {
    // Children (queues, timers, ...) are already cleaned up. Names go before the object.
    setAllInterfacesState(false);
    deleteSymbolicLinks();
}

void FxDevice::deleteDeviceObject() {
    if (deviceObject_ == nullptr) return;
    auto* extension = static_cast<FxDeviceExtension*>(deviceObject_->DeviceExtension);
    extension->device = nullptr;  // IRPs still arriving (on open handles) find no device
    IoDeleteDevice(deviceObject_);
    deviceObject_ = nullptr;
}

NTSTATUS FxDevice::setDefaultQueue(FxIoQueue* queue) {
    FxSpinGuard guard(lock_);
    if (defaultQueue_ != nullptr) return STATUS_OBJECT_NAME_COLLISION;
    defaultQueue_ = queue;
    return STATUS_SUCCESS;
}

NTSTATUS FxDevice::configureDispatching(WDF_REQUEST_TYPE type, FxIoQueue* queue) {
    if (type == WdfRequestTypeCreate) {
        FxSpinGuard guard(lock_);
        // "Framework File Objects": the default queue cannot receive creates.
        if (queue == defaultQueue_) return STATUS_INVALID_PARAMETER;
        if (dispatchQueues_[type] != nullptr && dispatchQueues_[type] != queue) return STATUS_INVALID_DEVICE_STATE;
        dispatchQueues_[type] = queue;
        return STATUS_SUCCESS;
    }
    if (type != WdfRequestTypeRead && type != WdfRequestTypeWrite && type != WdfRequestTypeDeviceControl &&
        type != WdfRequestTypeDeviceControlInternal) {
        return STATUS_INVALID_PARAMETER;
    }
    FxSpinGuard guard(lock_);
    if (dispatchQueues_[type] != nullptr && dispatchQueues_[type] != queue) return STATUS_INVALID_DEVICE_STATE;
    dispatchQueues_[type] = queue;
    return STATUS_SUCCESS;
}

FxIoQueue* FxDevice::queueFor(WDF_REQUEST_TYPE type) const {
    FxSpinGuard guard(lock_);
    if (static_cast<size_t>(type) < dispatchQueues_.size() && dispatchQueues_[type] != nullptr) {
        return dispatchQueues_[type];
    }
    return defaultQueue_;
}

FxIoQueue* FxDevice::createQueue() const {
    FxSpinGuard guard(lock_);
    return dispatchQueues_[WdfRequestTypeCreate];
}

WDF_FILEOBJECT_CLASS FxDevice::fileObjectClass() const {
    return WDF_FILEOBJECT_CLASS_MASK(fileObjectConfig_.FileObjectClass);
}

bool FxDevice::fileObjectsOptional() const {
    return (static_cast<ULONG>(fileObjectConfig_.FileObjectClass) & static_cast<ULONG>(WdfFileObjectCanBeOptional)) != 0;
}

bool FxDevice::autoForwardCleanupClose() const {
    switch (fileObjectConfig_.AutoForwardCleanupClose) {
        case WdfTrue: return true;
        case WdfFalse: return false;
        default: return role_ == FxDeviceInit::Role::Filter;
    }
}

void FxDevice::registerFileObject(FxFileObject* fileObject) {
    PFILE_OBJECT wdm = fileObject->wdmFileObject();
    if (wdm == nullptr) return;
    switch (fileObjectClass()) {
        case WdfFileObjectWdfCanUseFsContext:
            wdm->FsContext = fileObject->handle();
            return;
        case WdfFileObjectWdfCanUseFsContext2:
            wdm->FsContext2 = fileObject->handle();
            return;
        default: {
            FxSpinGuard guard(lock_);
            fileObjects_[wdm] = fileObject;
            return;
        }
    }
}

void FxDevice::unregisterFileObject(FxFileObject* fileObject) {
    PFILE_OBJECT wdm = fileObject->wdmFileObject();
    if (wdm == nullptr) return;
    if (wdm->FsContext == fileObject->handle()) wdm->FsContext = nullptr;
    if (wdm->FsContext2 == fileObject->handle()) wdm->FsContext2 = nullptr;
    FxSpinGuard guard(lock_);
    auto it = fileObjects_.find(wdm);
    if (it != fileObjects_.end() && it->second == fileObject) fileObjects_.erase(it);
}

FxFileObject* FxDevice::findFileObject(PFILE_OBJECT fileObject) const {
    if (fileObject == nullptr) return nullptr;
    void* stored = nullptr;
    switch (fileObjectClass()) {
        case WdfFileObjectWdfCanUseFsContext: stored = fileObject->FsContext; break;
        case WdfFileObjectWdfCanUseFsContext2: stored = fileObject->FsContext2; break;
        case WdfFileObjectNotRequired: return nullptr;
        default: {
            FxSpinGuard guard(lock_);
            auto it = fileObjects_.find(fileObject);
            return it != fileObjects_.end() ? it->second : nullptr;
        }
    }
    // FsContext may hold anything another driver put there: only a live WDFFILEOBJECT of
    // this device counts.
    FxObject* object = stored != nullptr ? tryResolve(globals(), stored) : nullptr;
    if (object == nullptr || object->type() != FxObjectType::FileObject) return nullptr;
    auto* file = static_cast<FxFileObject*>(object);
    return file->device() == this && file->wdmFileObject() == fileObject ? file : nullptr;
}

void FxDevice::addQueue(FxIoQueue* queue) {
    FxSpinGuard guard(lock_);
    queues_.push_back(queue);
}

void FxDevice::removeQueue(FxIoQueue* queue) {
    FxSpinGuard guard(lock_);
    queues_.erase(std::remove(queues_.begin(), queues_.end(), queue), queues_.end());
    if (defaultQueue_ == queue) defaultQueue_ = nullptr;
    for (auto& q : dispatchQueues_) {
        if (q == queue) q = nullptr;
    }
}

std::vector<FxIoQueue*> FxDevice::queues() const {
    FxSpinGuard guard(lock_);
    return queues_;
}

void FxDevice::powerUpQueues() {
    for (FxIoQueue* queue : queues()) queue->setDevicePowered(true);
}

void FxDevice::powerDownQueues() {
    for (FxIoQueue* queue : queues()) queue->setDevicePowered(false);
}

void FxDevice::purgeQueuesForRemoval() {
    for (FxIoQueue* queue : queues()) queue->purgeForRemoval();
}

NTSTATUS FxDevice::createDeviceInterface(const GUID& interfaceClass, PCUNICODE_STRING referenceString) {
    if (physicalDevice_ == nullptr) {
        globals()->verifierLog("WdfDeviceCreateDeviceInterface: a control device has no PDO for interfaces");
        return STATUS_INVALID_DEVICE_REQUEST;
    }
    std::u16string reference = fxToU16(referenceString);
    for (const DeviceInterface& existing : interfaces_) {
        if (IsEqualGUID(existing.interfaceClass, interfaceClass) && existing.referenceString == reference) {
            return STATUS_SUCCESS;
        }
    }
    UNICODE_STRING linkName{};
    NTSTATUS status = IoRegisterDeviceInterface(physicalDevice_, &interfaceClass,
                                                const_cast<PUNICODE_STRING>(referenceString), &linkName);
    if (!NT_SUCCESS(status)) return status;
    DeviceInterface entry;
    entry.interfaceClass = interfaceClass;
    entry.referenceString = reference;
    entry.symbolicLinkName = fxToU16(&linkName);
    RtlFreeUnicodeString(&linkName);
    interfaces_.push_back(std::move(entry));
    // Interfaces created while the device is already started are enabled at once.
    if (pnp_->isStarted()) {
        DeviceInterface& added = interfaces_.back();
        UNICODE_STRING name = fxUnicodeView(added.symbolicLinkName);
        status = IoSetDeviceInterfaceState(&name, TRUE);
        added.enabled = NT_SUCCESS(status);
    }
    return STATUS_SUCCESS;
}

NTSTATUS FxDevice::setDeviceInterfaceState(const GUID& interfaceClass, PCUNICODE_STRING referenceString,
                                           bool enable) {
    std::u16string reference = fxToU16(referenceString);
    for (DeviceInterface& entry : interfaces_) {
        if (!IsEqualGUID(entry.interfaceClass, interfaceClass) || entry.referenceString != reference) continue;
        entry.driverDisabled = !enable;
        if (entry.enabled == enable) return STATUS_SUCCESS;
        if (enable && !pnp_->isStarted()) return STATUS_SUCCESS;  // enabled at start
        UNICODE_STRING name = fxUnicodeView(entry.symbolicLinkName);
        NTSTATUS status = IoSetDeviceInterfaceState(&name, enable ? TRUE : FALSE);
        if (NT_SUCCESS(status)) entry.enabled = enable;
        return status;
    }
    return STATUS_OBJECT_NAME_NOT_FOUND;
}

void FxDevice::setAllInterfacesState(bool enable) {
    for (DeviceInterface& entry : interfaces_) {
        if (enable && entry.driverDisabled) continue;
        if (entry.enabled == enable) continue;
        UNICODE_STRING name = fxUnicodeView(entry.symbolicLinkName);
        if (NT_SUCCESS(IoSetDeviceInterfaceState(&name, enable ? TRUE : FALSE))) entry.enabled = enable;
    }
}

NTSTATUS FxDevice::createSymbolicLink(PCUNICODE_STRING linkName) {
    if (linkName == nullptr || linkName->Length == 0) return STATUS_INVALID_PARAMETER;
    // The link targets the device's own name, or else the PDO's (documented).
    std::u16string target = deviceName_;
    if (target.empty() && physicalDevice_ != nullptr) {
        WCHAR buffer[256];
        ULONG length = 0;
        NTSTATUS status = IoGetDeviceProperty(physicalDevice_, DevicePropertyPhysicalDeviceObjectName,
                                              sizeof(buffer), buffer, &length);
        if (!NT_SUCCESS(status)) return status;
        target.assign(reinterpret_cast<const char16_t*>(buffer));
    }
    if (target.empty()) return STATUS_INVALID_DEVICE_STATE;
    UNICODE_STRING targetName = fxUnicodeView(target);
    NTSTATUS status = IoCreateSymbolicLink(const_cast<PUNICODE_STRING>(linkName), &targetName);
    if (NT_SUCCESS(status)) symbolicLinks_.push_back(fxToU16(linkName));
    return status;
}

void FxDevice::deleteSymbolicLinks() {
    for (const std::u16string& link : symbolicLinks_) {
        UNICODE_STRING name = fxUnicodeView(link);
        IoDeleteSymbolicLink(&name);
    }
    symbolicLinks_.clear();
}

}  // namespace wdf
