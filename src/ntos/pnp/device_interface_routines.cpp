// IoRegisterDeviceInterface, IoSetDeviceInterfaceState, IoGetDeviceInterfaces.
#include "ntos/io/io_manager.h"
#include "ntos/io/nt_string.h"
#include "ntos/pnp/pnp_manager.h"

#include <cstring>

extern "C" {

// IRQL == PASSIVE_LEVEL, any thread.
NTSTATUS IoRegisterDeviceInterface(PDEVICE_OBJECT PhysicalDeviceObject, const GUID* InterfaceClassGuid,
                                   PUNICODE_STRING ReferenceString, PUNICODE_STRING SymbolicLinkName) {
    ntos::PnpManager& pnp = ntos::PnpManager::current("IoRegisterDeviceInterface");
    ntos::DeviceNode* node = ntos::RootBusDriver::nodeOfPdo(PhysicalDeviceObject);
    if (node == nullptr || InterfaceClassGuid == nullptr) return STATUS_INVALID_DEVICE_REQUEST;
    std::u16string link;
    NTSTATUS status = pnp.interfaces().registerInterface(PhysicalDeviceObject, node->instancePath,
                                                         *InterfaceClassGuid, ntos::toU16(ReferenceString), &link);
    if (!NT_SUCCESS(status)) return status;
    return ntos::allocateUnicodeString(link, SymbolicLinkName);
}

// IRQL == PASSIVE_LEVEL, any thread.
NTSTATUS IoSetDeviceInterfaceState(PUNICODE_STRING SymbolicLinkName, BOOLEAN Enable) {
    ntos::PnpManager& pnp = ntos::PnpManager::current("IoSetDeviceInterfaceState");
    return pnp.interfaces().setState(ntos::toU16(SymbolicLinkName), Enable != FALSE);
}

// IRQL == PASSIVE_LEVEL, any thread.
NTSTATUS IoGetDeviceInterfaces(const GUID* InterfaceClassGuid, PDEVICE_OBJECT PhysicalDeviceObject, ULONG Flags,
                               PZZWSTR* SymbolicLinkList) {
    ntos::PnpManager& pnp = ntos::PnpManager::current("IoGetDeviceInterfaces");
    const bool includeDisabled = (Flags & DEVICE_INTERFACE_INCLUDE_NONACTIVE) != 0;
    const auto links = pnp.interfaces().list(*InterfaceClassGuid, includeDisabled, PhysicalDeviceObject);
    size_t chars = 1;
    for (const auto& link : links) chars += link.size() + 1;
    if (links.empty()) chars = 2;
    auto* list = static_cast<PWSTR>(ExAllocatePool2(POOL_FLAG_PAGED, chars * sizeof(WCHAR), 'LIoI'));
    if (list == nullptr) return STATUS_INSUFFICIENT_RESOURCES;
    std::memset(list, 0, chars * sizeof(WCHAR));
    PWSTR cursor = list;
    for (const auto& link : links) {
        std::memcpy(cursor, link.data(), link.size() * sizeof(WCHAR));
        cursor += link.size() + 1;
    }
    *SymbolicLinkList = list;
    return STATUS_SUCCESS;
}

}  // extern "C"
