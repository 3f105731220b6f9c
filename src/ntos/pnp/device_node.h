// A device node: one device in the PnP manager's tree, its identity (instance path,
// hardware IDs), its driver (service) and its PnP state.
#pragma once

#include <ntddk.h>

#include "ntos/system.h"

#include <string>
#include <string_view>
#include <vector>

namespace ntos {

enum class DeviceNodeState {
    Initialized,    // PDO created, no driver yet
    DriversAdded,   // AddDevice succeeded
    Started,        // IRP_MN_START_DEVICE succeeded
    RemovePending,  // IRP_MN_QUERY_REMOVE_DEVICE sent
    SurpriseRemovePending,  // IRP_MN_SURPRISE_REMOVAL sent; REMOVE follows when no handle is open
    Removed,        // IRP_MN_REMOVE_DEVICE sent
    Disabled,       // removed by the user (disable): the PDO and the node stay until enabled
    Failed,         // loading, AddDevice or start failed; see problem
};

// "Initialized", "DriversAdded", "Started", "RemovePending", "SurpriseRemovePending",
// "Removed", "Disabled", "Failed".
std::string_view deviceNodeStateName(DeviceNodeState state);

struct DeviceNode {
    RootDeviceConfig config;
    std::u16string instancePath;  // e.g. ROOT\ECHO\0000
    PDEVICE_OBJECT pdo = nullptr;
    PDRIVER_OBJECT driver = nullptr;
    std::vector<PDRIVER_OBJECT> filterDrivers;  // upper filters, bottom first
    DeviceNodeState state = DeviceNodeState::Initialized;
    NTSTATUS problem = STATUS_SUCCESS;  // the failing status when state == Failed
    bool stateInvalidated = false;      // IoInvalidateDeviceState was called
    bool relationsInvalidated = false;  // IoInvalidateDeviceRelations was called
    bool removeClaimed = false;         // one path (remove, surprise, shutdown) owns removal
    // The stack reported PNP_DEVICE_FAILED: after its surprise removal the node stays,
    // Failed, with its PDO (the device is still there, its drivers are not).
    bool failedAfterStart = false;
    ULONG pnpDeviceState = 0;           // the last IRP_MN_QUERY_PNP_DEVICE_STATE answer
    // The resources assigned at the start (CM_RESOURCE_LIST raw and translated; empty:
    // none), kept for a restart; IRP_MN_START_DEVICE points into them.
    std::vector<unsigned char> assignedRaw;
    std::vector<unsigned char> assignedTranslated;
    std::string resourcesAtBus;         // what IRP_MN_START_DEVICE brought the root bus PDO

    // --- bus-enumerated (child) devices ----------------------------------------------------
    DeviceNode* parent = nullptr;       // the node whose bus driver reported this PDO; null: root bus
    // The nodes this node's bus reported, in the order they joined the tree (the order of
    // the PnP manager's node list), under the PnP manager's lock. Kept here so that
    // enumerating a bus costs its children, not a walk of the whole tree after each start.
    std::vector<DeviceNode*> children;
    bool busEnumerated = false;         // the PDO belongs to the parent's bus driver (not the root bus)
    bool rawCapable = false;            // DEVICE_CAPABILITIES.RawDeviceOK: starts without a function driver
    std::vector<std::u16string> hardwareIds;    // IRP_MN_QUERY_ID BusQueryHardwareIDs
    std::vector<std::u16string> compatibleIds;  // IRP_MN_QUERY_ID BusQueryCompatibleIDs
};

}  // namespace ntos
