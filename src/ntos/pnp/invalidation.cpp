// IoInvalidateDeviceState / IoInvalidateDeviceRelations. The device state is queried
// again (IRP_MN_QUERY_PNP_DEVICE_STATE) and BusRelations are enumerated again, on a
// worker thread; the other relation types are recorded on the device node only.
#include "ntos/io/io_manager.h"
#include "ntos/io/nt_string.h"
#include "ntos/pnp/pnp_manager.h"

extern "C" {

// IRQL <= DISPATCH_LEVEL, any thread.
VOID IoInvalidateDeviceState(PDEVICE_OBJECT PhysicalDeviceObject) {
    ntos::PnpManager& pnp = ntos::PnpManager::current("IoInvalidateDeviceState");
    if (ntos::DeviceNode* node = pnp.nodeOfPdo(PhysicalDeviceObject)) {
        node->stateInvalidated = true;
        pnp.requestDeviceStateQuery(PhysicalDeviceObject);
    }
}

// IRQL <= DISPATCH_LEVEL, any thread.
VOID IoInvalidateDeviceRelations(PDEVICE_OBJECT DeviceObject, DEVICE_RELATION_TYPE Type) {
    ntos::PnpManager& pnp = ntos::PnpManager::current("IoInvalidateDeviceRelations");
    if (ntos::DeviceNode* node = pnp.nodeOfPdo(DeviceObject)) {
        node->relationsInvalidated = true;
        if (Type == BusRelations) {
            pnp.requestBusEnumeration(DeviceObject);
            return;
        }
        ntos::System::current()->log("pnp: " + ntos::narrow(node->instancePath) + ": IoInvalidateDeviceRelations(" +
                                     std::to_string(static_cast<int>(Type)) +
                                     ") recorded; only BusRelations are queried again so far");
    }
}

}  // extern "C"
