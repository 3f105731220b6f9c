#include "wdf/core/fx_device_init.h"

#include <string>

#include "object/fx_object.h"

namespace wdf {

FxDeviceInit::FxDeviceInit(FxDriverGlobals* globals, Role role) : globals(globals), role(role) {
    if (role == Role::Pdo || role == Role::Control) characteristics = FILE_DEVICE_SECURE_OPEN;
}

FxDeviceInit* FxDeviceInit::from(FxDriverGlobals* globals, PWDFDEVICE_INIT init, const char* ddiName) {
    if (init == nullptr) fxRequiredParameterNull(globals, "DeviceInit", ddiName);
    auto* fx = reinterpret_cast<FxDeviceInit*>(init);
    if (fx->magic != kMagic || fx->globals != globals) {
        wdfViolation(globals, kFxInvalidHandle, reinterpret_cast<ULONG_PTR>(init), 0, 0,
                     std::string(ddiName) + ": DeviceInit is not a WDFDEVICE_INIT of this driver "
                                            "(already consumed by WdfDeviceCreate?)");
    }
    return fx;
}

}  // namespace wdf
