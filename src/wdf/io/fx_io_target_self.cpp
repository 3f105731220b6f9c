// The self I/O target (WdfDeviceInitAllowSelfIoTarget, WdfDeviceGetSelfIoTarget,
// WdfIoTargetSelfAssignDefaultIoQueue): a general I/O target whose device object is the
// driver's own, so a driver can send requests to its own queues with the same request
// and target DDIs it uses for other devices. Requests sent through it enter the device
// through its dispatch routine like any other; with a queue assigned, they go to that
// queue whatever their type.
#include <algorithm>
#include <atomic>
#include <string>

#include "wdf/core/fx_device.h"
#include "wdf/io/fx_io_queue.h"
#include "wdf/io/fx_io_target.h"

namespace wdf {
namespace {

// The framework-private context on a WDFDEVICE that remembers its self target.
struct SelfTargetSlot {
    std::atomic<FxIoTarget*> target;
};

char kSelfTargetSlotName[] = "OpenKMDF self I/O target";
const WDF_OBJECT_CONTEXT_TYPE_INFO kSelfTargetSlotType = {
    sizeof(WDF_OBJECT_CONTEXT_TYPE_INFO), kSelfTargetSlotName, sizeof(SelfTargetSlot), nullptr, nullptr};

SelfTargetSlot* slotOf(FxDevice* device, bool create) {
    auto* slot = static_cast<SelfTargetSlot*>(device->context(&kSelfTargetSlotType));
    if (slot != nullptr || !create) return slot;
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ContextTypeInfo = &kSelfTargetSlotType;
    void* context = nullptr;
    NTSTATUS status = device->allocateContext(attributes, &context);
    if (status != STATUS_SUCCESS && status != STATUS_OBJECT_NAME_EXISTS) return nullptr;
    return static_cast<SelfTargetSlot*>(device->context(&kSelfTargetSlotType));
}

}  // namespace

// IRQL <= DISPATCH_LEVEL, any thread.
FxIoTarget* FxIoTarget::selfTargetOf(FxDevice* device) {
    if (!device->allowsSelfIoTarget()) return nullptr;
    SelfTargetSlot* slot = slotOf(device, true);
    if (slot == nullptr) return nullptr;
    FxIoTarget* existing = slot->target.load(std::memory_order_acquire);
    if (existing != nullptr) return existing;
    FxIoTarget* created = nullptr;
    if (!NT_SUCCESS(fxCreateNamed("WdfDeviceGetSelfIoTarget", device->globals(), nullptr, device, &created, device,
                                  Kind::Self))) {
        return nullptr;
    }
    if (!slot->target.compare_exchange_strong(existing, created, std::memory_order_acq_rel)) {
        created->deleteObject();  // another thread created it first
        return existing;
    }
    return created;
}

// IRQL PASSIVE_LEVEL.
NTSTATUS FxIoTarget::assignSelfDefaultQueue(FxIoQueue* queue, const char* ddiName) {
    if (kind_ != Kind::Self) {
        globals()->verifierLog(std::string(ddiName) + ": the I/O target is not a self I/O target "
                                                      "(WdfDeviceGetSelfIoTarget)");
        return STATUS_INVALID_PARAMETER;
    }
    if (queue->device() != device_) {
        globals()->verifierLog(std::string(ddiName) + ": the queue belongs to another device than the self I/O target");
        return STATUS_INVALID_PARAMETER;
    }
    if (queue == device_->defaultQueue()) {
        globals()->verifierLog(std::string(ddiName) + ": the device's default queue cannot be assigned; requests sent "
                                                      "to the self I/O target reach it without an assignment");
        return STATUS_INVALID_PARAMETER;
    }
    FxSpinGuard guard(lock_);
    selfQueue_ = queue;
    return STATUS_SUCCESS;
}

// IRQL <= DISPATCH_LEVEL, any thread.
FxIoQueue* FxIoTarget::selfQueueForIrp(FxDevice& device, PIRP irp) {
    if (!device.allowsSelfIoTarget()) return nullptr;
    SelfTargetSlot* slot = slotOf(&device, false);
    FxIoTarget* target = slot != nullptr ? slot->target.load(std::memory_order_acquire) : nullptr;
    if (target == nullptr) return nullptr;
    FxSpinGuard guard(target->lock_);
    if (target->selfQueue_ == nullptr) return nullptr;
    const bool sentBySelf =
        std::find(target->sentToSelf_.begin(), target->sentToSelf_.end(), irp) != target->sentToSelf_.end();
    return sentBySelf ? target->selfQueue_ : nullptr;
}

// IRQL <= DISPATCH_LEVEL.
void FxIoTarget::noteSentToSelf(PIRP irp) {
    if (kind_ != Kind::Self || irp == nullptr) return;
    FxSpinGuard guard(lock_);
    sentToSelf_.push_back(irp);
}

// IRQL <= DISPATCH_LEVEL.
void FxIoTarget::forgetSentToSelf(PIRP irp) {
    if (kind_ != Kind::Self || irp == nullptr) return;
    FxSpinGuard guard(lock_);
    auto it = std::find(sentToSelf_.begin(), sentToSelf_.end(), irp);
    if (it != sentToSelf_.end()) sentToSelf_.erase(it);
}

}  // namespace wdf
