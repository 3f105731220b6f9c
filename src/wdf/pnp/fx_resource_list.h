// The framework's resource list objects ("Hardware Resources for Framework-Based Drivers"):
// FxCmResList (WDFCMRESLIST), the raw or translated resources a start assigned;
// FxIoResReqList (WDFIORESREQLIST), a device's resource requirements list, made of
// logical configurations FxIoResList (WDFIORESLIST). Each holds its descriptors in order;
// the WDM structures are parsed in and built out at the IRP boundaries
// (IRP_MN_START_DEVICE, IRP_MN_FILTER_RESOURCE_REQUIREMENTS).
#pragma once

#include <ntddk.h>

#include <vector>

#include "object/fx_object.h"

namespace wdf {

class FxCmResList : public FxObject {
public:
    static constexpr FxObjectType kObjectType = FxObjectType::CmResList;
    explicit FxCmResList(FxDriverGlobals* globals) : FxObject(globals, kObjectType) {}

    // The first full descriptor of `list` (a device's list has one); null: none. PASSIVE_LEVEL.
    void load(const CM_RESOURCE_LIST* list);
    // A CM_RESOURCE_LIST (pool, tag 'LRxF') with these descriptors, or null if there are none;
    // the caller frees it with ExFreePool. PASSIVE_LEVEL.
    PCM_RESOURCE_LIST build() const;

    std::vector<CM_PARTIAL_RESOURCE_DESCRIPTOR>& descriptors() { return descriptors_; }
    bool driverMayDelete() const override { return false; }

private:
    INTERFACE_TYPE interfaceType_ = Internal;
    ULONG busNumber_ = 0;
    std::vector<CM_PARTIAL_RESOURCE_DESCRIPTOR> descriptors_;
};

class FxIoResList : public FxObject {
public:
    static constexpr FxObjectType kObjectType = FxObjectType::IoResList;
    explicit FxIoResList(FxDriverGlobals* globals) : FxObject(globals, kObjectType) {}

    std::vector<IO_RESOURCE_DESCRIPTOR>& descriptors() { return descriptors_; }
    const std::vector<IO_RESOURCE_DESCRIPTOR>& descriptors() const { return descriptors_; }

private:
    std::vector<IO_RESOURCE_DESCRIPTOR> descriptors_;
};

class FxIoResReqList : public FxObject {
public:
    static constexpr FxObjectType kObjectType = FxObjectType::IoResReqList;
    explicit FxIoResReqList(FxDriverGlobals* globals) : FxObject(globals, kObjectType) {}

    // Replaces the contents with `list` (null: an empty list): one FxIoResList child per
    // logical configuration. PASSIVE_LEVEL.
    NTSTATUS load(const IO_RESOURCE_REQUIREMENTS_LIST* list);
    // An IO_RESOURCE_REQUIREMENTS_LIST (pool) for these configurations, or null when there
    // are none; the receiver frees it with ExFreePool. PASSIVE_LEVEL.
    PIO_RESOURCE_REQUIREMENTS_LIST build() const;

    std::vector<FxIoResList*>& lists() { return lists_; }
    void setSlotNumber(ULONG slot) { slotNumber_ = slot; }
    void setInterfaceType(INTERFACE_TYPE type) { interfaceType_ = type; }
    bool driverMayDelete() const override { return false; }

protected:
    void onCleanup() override;

private:
    INTERFACE_TYPE interfaceType_ = Internal;
    ULONG busNumber_ = 0;
    ULONG slotNumber_ = 0;
    std::vector<FxIoResList*> lists_;  // children of this object (parented to it)
};

}  // namespace wdf
