// FxCmResList: the WDFCMRESLIST handed to EvtDevicePrepareHardware/ReleaseHardware,
// wrapping the CM_RESOURCE_LIST of IRP_MN_START_DEVICE (raw or translated). Root
// devices have no resources yet; the WdfCmResourceList* DDIs come with issue 5.
#pragma once

#include <ntddk.h>

#include "object/fx_object.h"

namespace wdf {

class FxCmResList : public FxObject {
public:
    static constexpr FxObjectType kObjectType = FxObjectType::CmResList;
    FxCmResList(FxDriverGlobals* globals, PCM_RESOURCE_LIST list) : FxObject(globals, kObjectType), list_(list) {}

    PCM_RESOURCE_LIST list() const { return list_; }
    bool driverMayDelete() const override { return false; }

private:
    PCM_RESOURCE_LIST list_;
};

}  // namespace wdf
