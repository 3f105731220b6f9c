#include "wdf/object/fx_globals.h"

#include "ntos/ke/kernel.h"
#include "wdf/object/fx_object.h"
#include "wdf/object/fx_violation.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>

namespace wdf {

namespace {

// "If PoolTag is zero, the framework provides a default pool tag that uses the first four
// characters of your driver's kernel-mode service name. If the service name begins with
// "WDF" [...] the next four characters are used. If fewer than four characters are
// available, "FxDr" is used." (WdfMemoryCreate). The ULONG is laid out so that the tag
// reads in memory (and in pool dumps) as the four characters.
ULONG defaultPoolTag(std::string_view name) {
    if (name.size() >= 3 && std::toupper(static_cast<unsigned char>(name[0])) == 'W' &&
        std::toupper(static_cast<unsigned char>(name[1])) == 'D' &&
        std::toupper(static_cast<unsigned char>(name[2])) == 'F') {
        name.remove_prefix(3);
    }
    const char* chars = name.size() >= 4 ? name.data() : "FxDr";
    ULONG tag = 0;
    for (int i = 3; i >= 0; --i) tag = (tag << 8) | static_cast<unsigned char>(chars[i]);
    return tag;
}

uint32_t saltFor(const void* address) {
    uint64_t x = reinterpret_cast<uintptr_t>(address);
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    return static_cast<uint32_t>(x) | 1u;
}

}  // namespace

FxDriverGlobals::FxDriverGlobals(PDRIVER_OBJECT driverObjectIn, std::string_view name)
    : publicGlobals{}, driverObject(driverObjectIn), driverName(name), handles(saltFor(this)) {
    publicGlobals.Driver = nullptr;
    publicGlobals.DriverFlags = 0;
    publicGlobals.DriverTag = defaultPoolTag(name);
    size_t n = std::min(name.size(), sizeof(publicGlobals.DriverName) - 1);
    std::memcpy(publicGlobals.DriverName, name.data(), n);
    publicGlobals.DriverName[n] = '\0';
    publicGlobals.DisplaceDriverUnload = FALSE;
}

FxDriverGlobals::~FxDriverGlobals() { magic_ = 0; }

FxDriverGlobals* FxDriverGlobals::from(PWDF_DRIVER_GLOBALS globals) {
    if (globals == nullptr) {
        wdfViolation(nullptr, kFxRequiredParameterIsNull, 0, 0, 0,
                     "DriverGlobals is NULL: the driver called a WDF function without WdfDriverGlobals");
    }
    auto* whole = reinterpret_cast<FxDriverGlobals*>(globals);
    if ((reinterpret_cast<uintptr_t>(globals) % alignof(FxDriverGlobals)) != 0 || whole->magic_ != kMagic) {
        wdfViolation(nullptr, kFxInvalidHandle, reinterpret_cast<ULONG_PTR>(globals), 0, 0,
                     "DriverGlobals does not point to the framework's driver globals");
    }
    return whole;
}

FxObject* FxDriverGlobals::defaultParent() const {
    if (driverAsObject != nullptr) return driverAsObject;
    if (publicGlobals.Driver != nullptr) return handles.lookup(publicGlobals.Driver);
    return nullptr;
}

void FxDriverGlobals::trackObject(FxObject* object) {
    FxSpinGuard guard(trackerLock_);
    object->trackPrev_ = liveTail_;
    object->trackNext_ = nullptr;
    if (liveTail_ != nullptr) liveTail_->trackNext_ = object;
    else liveHead_ = object;
    liveTail_ = object;
    ++liveCount_;
}

void FxDriverGlobals::untrackObject(FxObject* object) {
    FxSpinGuard guard(trackerLock_);
    if (object->trackPrev_ != nullptr) object->trackPrev_->trackNext_ = object->trackNext_;
    else if (liveHead_ == object) liveHead_ = object->trackNext_;
    else return;  // not tracked
    if (object->trackNext_ != nullptr) object->trackNext_->trackPrev_ = object->trackPrev_;
    else liveTail_ = object->trackPrev_;
    object->trackPrev_ = object->trackNext_ = nullptr;
    --liveCount_;
}

size_t FxDriverGlobals::liveObjectCount() const {
    FxSpinGuard guard(trackerLock_);
    return liveCount_;
}

std::vector<std::string> FxDriverGlobals::liveObjectsReport() const {
    std::vector<std::string> lines;
    FxSpinGuard guard(trackerLock_);
    for (FxObject* o = liveHead_; o != nullptr; o = o->trackNext_) lines.push_back(o->describe());
    return lines;
}

void FxDriverGlobals::verifierLog(std::string_view message) {
    std::string line = "WDF verifier [" + driverName + "]: " + std::string(message);
    {
        FxSpinGuard guard(logLock_);
        verifierMessages_.push_back(line);
    }
    if (ntos::Kernel* kernel = ntos::Kernel::current()) kernel->log(line);
    else std::fprintf(stderr, "%s\n", line.c_str());
}

std::vector<std::string> FxDriverGlobals::verifierMessages() const {
    FxSpinGuard guard(logLock_);
    return verifierMessages_;
}

}  // namespace wdf
