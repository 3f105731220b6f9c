#include "ntos/pnp/device_node.h"

namespace ntos {

std::string_view deviceNodeStateName(DeviceNodeState state) {
    switch (state) {
    case DeviceNodeState::Initialized: return "Initialized";
    case DeviceNodeState::DriversAdded: return "DriversAdded";
    case DeviceNodeState::Started: return "Started";
    case DeviceNodeState::RemovePending: return "RemovePending";
    case DeviceNodeState::SurpriseRemovePending: return "SurpriseRemovePending";
    case DeviceNodeState::Removed: return "Removed";
    case DeviceNodeState::Disabled: return "Disabled";
    case DeviceNodeState::Failed: return "Failed";
    }
    return "Unknown";
}

}  // namespace ntos
