// IoGetDeviceProperty for the properties a root-enumerated device has. A property the
// device does not have returns STATUS_OBJECT_NAME_NOT_FOUND, as for a missing value.
#include "ntos/io/device_header.h"
#include "ntos/io/io_manager.h"
#include "ntos/io/nt_string.h"
#include "ntos/pnp/pnp_manager.h"

#include <cstring>
#include <vector>

namespace {

NTSTATUS returnBytes(const void* data, ULONG size, ULONG bufferLength, PVOID buffer, PULONG resultLength) {
    *resultLength = size;
    if (bufferLength < size) return STATUS_BUFFER_TOO_SMALL;
    std::memcpy(buffer, data, size);
    return STATUS_SUCCESS;
}

NTSTATUS returnString(const std::u16string& text, bool multiSz, ULONG bufferLength, PVOID buffer,
                      PULONG resultLength) {
    std::u16string value = text;
    value.push_back(u'\0');
    if (multiSz) value.push_back(u'\0');
    return returnBytes(value.data(), static_cast<ULONG>(value.size() * sizeof(WCHAR)), bufferLength, buffer,
                       resultLength);
}

NTSTATUS returnUlong(ULONG value, ULONG bufferLength, PVOID buffer, PULONG resultLength) {
    return returnBytes(&value, sizeof(value), bufferLength, buffer, resultLength);
}

}  // namespace

extern "C" {

// IRQL == PASSIVE_LEVEL, any thread.
NTSTATUS IoGetDeviceProperty(PDEVICE_OBJECT DeviceObject, DEVICE_REGISTRY_PROPERTY DeviceProperty,
                             ULONG BufferLength, PVOID PropertyBuffer, PULONG ResultLength) {
    (void)ntos::PnpManager::current("IoGetDeviceProperty");
    ntos::DeviceNode* node = ntos::RootBusDriver::nodeOfPdo(DeviceObject);
    *ResultLength = 0;
    if (node == nullptr) return STATUS_INVALID_DEVICE_REQUEST;
    const auto& config = node->config;
    switch (DeviceProperty) {
    case DevicePropertyHardwareID:
        return returnString(config.hardwareId, true, BufferLength, PropertyBuffer, ResultLength);
    case DevicePropertyCompatibleIDs:
        return STATUS_OBJECT_NAME_NOT_FOUND;
    case DevicePropertyPhysicalDeviceObjectName:
        return returnString(ntos::DeviceHeader::of(DeviceObject)->name, false, BufferLength, PropertyBuffer,
                            ResultLength);
    case DevicePropertyEnumeratorName:
        return returnString(u"ROOT", false, BufferLength, PropertyBuffer, ResultLength);
    case DevicePropertyDeviceDescription:
    case DevicePropertyFriendlyName:
        return returnString(config.serviceName + u" device", false, BufferLength, PropertyBuffer, ResultLength);
    case DevicePropertyDriverKeyName:
        return returnString(u"{4d36e97d-e325-11ce-bfc1-08002be10318}\\0000", false, BufferLength, PropertyBuffer,
                            ResultLength);
    case DevicePropertyLegacyBusType:
        return returnUlong(static_cast<ULONG>(Internal), BufferLength, PropertyBuffer, ResultLength);
    case DevicePropertyBusNumber:
        return returnUlong(0, BufferLength, PropertyBuffer, ResultLength);
    case DevicePropertyInstallState:
        return returnUlong(static_cast<ULONG>(InstallStateInstalled), BufferLength, PropertyBuffer, ResultLength);
    case DevicePropertyRemovalPolicy:
        return returnUlong(static_cast<ULONG>(RemovalPolicyExpectNoRemoval), BufferLength, PropertyBuffer,
                           ResultLength);
    default:
        return STATUS_OBJECT_NAME_NOT_FOUND;
    }
}

}  // extern "C"
