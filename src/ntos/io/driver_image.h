// A driver module (an ELF shared object NAME.sys) mapped with dlopen(RTLD_NOW |
// RTLD_LOCAL), so two drivers never share their WdfFunctions/WdfDriverGlobals, and the
// address range of its mapped image (for DRIVER_OBJECT.DriverStart/DriverSize and for
// attributing pool leaks to it).
#pragma once

#include <cstdint>
#include <string>

namespace ntos {

class DriverImage {
public:
    DriverImage() = default;
    ~DriverImage();
    DriverImage(const DriverImage&) = delete;
    DriverImage& operator=(const DriverImage&) = delete;

    // Thread: PASSIVE_LEVEL. false with `error` set when the module cannot be loaded.
    bool open(const std::string& path, std::string* error);
    void close();
    bool isOpen() const { return handle_ != nullptr; }

    void* symbol(const char* name) const;
    uintptr_t begin() const { return begin_; }
    uintptr_t end() const { return end_; }

private:
    void* handle_ = nullptr;
    uintptr_t begin_ = 0;
    uintptr_t end_ = 0;
};

}  // namespace ntos
