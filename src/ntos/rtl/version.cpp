// The Windows version the simulated kernel reports: Windows 10/11 (10.0), build 22621.
#include <ntddk.h>

namespace {
constexpr ULONG kMajor = 10;
constexpr ULONG kMinor = 0;
constexpr ULONG kBuild = 22621;
constexpr ULONG kPlatformWin32Nt = 2;  // VER_PLATFORM_WIN32_NT
}  // namespace

extern "C" {

NTSTATUS NTAPI RtlGetVersion(PRTL_OSVERSIONINFOW lpVersionInformation) {
    const ULONG size = lpVersionInformation->dwOSVersionInfoSize;
    if (size != sizeof(RTL_OSVERSIONINFOW) && size != sizeof(RTL_OSVERSIONINFOEXW)) return STATUS_INVALID_PARAMETER;
    lpVersionInformation->dwMajorVersion = kMajor;
    lpVersionInformation->dwMinorVersion = kMinor;
    lpVersionInformation->dwBuildNumber = kBuild;
    lpVersionInformation->dwPlatformId = kPlatformWin32Nt;
    for (WCHAR& c : lpVersionInformation->szCSDVersion) c = 0;
    if (size == sizeof(RTL_OSVERSIONINFOEXW)) {
        auto* ex = reinterpret_cast<PRTL_OSVERSIONINFOEXW>(lpVersionInformation);
        ex->wServicePackMajor = 0;
        ex->wServicePackMinor = 0;
        ex->wSuiteMask = 0;
        ex->wProductType = 1;  // VER_NT_WORKSTATION
        ex->wReserved = 0;
    }
    return STATUS_SUCCESS;
}

BOOLEAN NTAPI PsGetVersion(PULONG MajorVersion, PULONG MinorVersion, PULONG BuildNumber, PUNICODE_STRING CSDVersion) {
    if (MajorVersion != nullptr) *MajorVersion = kMajor;
    if (MinorVersion != nullptr) *MinorVersion = kMinor;
    if (BuildNumber != nullptr) *BuildNumber = kBuild;
    if (CSDVersion != nullptr) CSDVersion->Length = 0;
    return FALSE;  // a free (retail) build
}

ULONG NTAPI RtlRandomEx(PULONG Seed) {
    // A Lehmer generator modulo 2^31 - 1: results in [0, MAXLONG - 1], as documented.
    ULONG seed = *Seed % 0x7FFFFFFFu;
    if (seed == 0) seed = 1;  // 0 is the generator's fixed point
    const unsigned long long next = (static_cast<unsigned long long>(seed) * 48271u) % 0x7FFFFFFFu;
    *Seed = static_cast<ULONG>(next);
    return static_cast<ULONG>(next);
}

}  // extern "C"
