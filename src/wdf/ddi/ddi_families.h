// The DDI families: each ddi/<family>_ddi.cpp exposes the slots it implements.
#pragma once

#include <span>

#include "wdf/ddi/ddi_entry.h"

namespace wdf {

std::span<const DdiEntry> objectDdis();      // ddi/object_ddi.cpp
std::span<const DdiEntry> memoryDdis();      // ddi/memory_ddi.cpp
std::span<const DdiEntry> stringDdis();      // ddi/string_ddi.cpp
std::span<const DdiEntry> collectionDdis();  // ddi/collection_ddi.cpp
std::span<const DdiEntry> syncDdis();        // ddi/sync_ddi.cpp
std::span<const DdiEntry> driverDdis();      // ddi/driver_ddi.cpp
std::span<const DdiEntry> deviceDdis();      // ddi/device_ddi.cpp
std::span<const DdiEntry> queueDdis();       // ddi/queue_ddi.cpp
std::span<const DdiEntry> requestDdis();     // ddi/request_ddi.cpp
std::span<const DdiEntry> timerDdis();       // ddi/timer_ddi.cpp
std::span<const DdiEntry> fileObjectDdis();  // ddi/fileobject_ddi.cpp
std::span<const DdiEntry> ioTargetDdis();    // ddi/iotarget_ddi.cpp
std::span<const DdiEntry> pdoDdis();         // ddi/pdo_ddi.cpp
std::span<const DdiEntry> powerPolicyDdis(); // ddi/power_policy_ddi.cpp
std::span<const DdiEntry> resourceDdis();    // ddi/resource_ddi.cpp

using DdiFamily = std::span<const DdiEntry> (*)();

inline std::span<const DdiFamily> allDdiFamilies() {
    static constexpr DdiFamily kFamilies[] = {
        objectDdis, memoryDdis, stringDdis, collectionDdis, syncDdis, driverDdis,
        deviceDdis, queueDdis,  requestDdis, timerDdis,     fileObjectDdis, ioTargetDdis, pdoDdis,
        powerPolicyDdis, resourceDdis,
    };
    return kFamilies;
}

}  // namespace wdf
