// Kernel routines that the NT headers declare and OpenKMDF does not implement yet.
// Each one bug-checks naming itself (OPENKMDF_NOT_IMPLEMENTED), so a driver that uses
// one links and stops with a clear report instead of failing to load or misbehaving.
//
// These definitions deliberately do not include the NT headers: a routine that never
// returns needs no parameters, and the C linkage name is all the loader matches.
// tests/unit/kernel_exports checks that every routine the headers declare is defined
// (here or by its implementation); when you implement one, delete its line here.
#include <string_view>

namespace ntos {
[[noreturn]] void notImplemented(std::string_view routine);  // ke/bug_check.h
}

extern "C" {

[[noreturn]] void IoConnectInterrupt() { ntos::notImplemented("IoConnectInterrupt"); }
[[noreturn]] void IoCreateDeviceSecure() { ntos::notImplemented("IoCreateDeviceSecure"); }
[[noreturn]] void IoDisconnectInterrupt() { ntos::notImplemented("IoDisconnectInterrupt"); }
[[noreturn]] void IoGetDeviceInterfacePropertyData() { ntos::notImplemented("IoGetDeviceInterfacePropertyData"); }
[[noreturn]] void IoGetDevicePropertyData() { ntos::notImplemented("IoGetDevicePropertyData"); }
[[noreturn]] void IoGetDeviceToVerify() { ntos::notImplemented("IoGetDeviceToVerify"); }
[[noreturn]] void IoIs32bitProcess() { ntos::notImplemented("IoIs32bitProcess"); }
[[noreturn]] void IoReportDetectedDevice() { ntos::notImplemented("IoReportDetectedDevice"); }
[[noreturn]] void IoSetDeviceInterfacePropertyData() { ntos::notImplemented("IoSetDeviceInterfacePropertyData"); }
[[noreturn]] void IoSetDevicePropertyData() { ntos::notImplemented("IoSetDevicePropertyData"); }
[[noreturn]] void IoSetHardErrorOrVerifyDevice() { ntos::notImplemented("IoSetHardErrorOrVerifyDevice"); }
[[noreturn]] void IoValidateDeviceIoControlAccess() { ntos::notImplemented("IoValidateDeviceIoControlAccess"); }
[[noreturn]] void KeAcquireInterruptSpinLock() { ntos::notImplemented("KeAcquireInterruptSpinLock"); }
[[noreturn]] void KeGetProcessorIndexFromNumber() { ntos::notImplemented("KeGetProcessorIndexFromNumber"); }
[[noreturn]] void KeGetProcessorNumberFromIndex() { ntos::notImplemented("KeGetProcessorNumberFromIndex"); }
[[noreturn]] void KeReleaseInterruptSpinLock() { ntos::notImplemented("KeReleaseInterruptSpinLock"); }
[[noreturn]] void KeRevertToUserAffinityThreadEx() { ntos::notImplemented("KeRevertToUserAffinityThreadEx"); }
[[noreturn]] void KeRevertToUserGroupAffinityThread() { ntos::notImplemented("KeRevertToUserGroupAffinityThread"); }
[[noreturn]] void KeSetSystemAffinityThreadEx() { ntos::notImplemented("KeSetSystemAffinityThreadEx"); }
[[noreturn]] void KeSetSystemGroupAffinityThread() { ntos::notImplemented("KeSetSystemGroupAffinityThread"); }
[[noreturn]] void MmAllocateContiguousMemory() { ntos::notImplemented("MmAllocateContiguousMemory"); }
[[noreturn]] void MmAllocateNonCachedMemory() { ntos::notImplemented("MmAllocateNonCachedMemory"); }
[[noreturn]] void MmFreeContiguousMemory() { ntos::notImplemented("MmFreeContiguousMemory"); }
[[noreturn]] void MmFreeNonCachedMemory() { ntos::notImplemented("MmFreeNonCachedMemory"); }
[[noreturn]] void MmGetPhysicalAddress() { ntos::notImplemented("MmGetPhysicalAddress"); }
[[noreturn]] void MmGetSystemRoutineAddress() { ntos::notImplemented("MmGetSystemRoutineAddress"); }
[[noreturn]] void MmIsAddressValid() { ntos::notImplemented("MmIsAddressValid"); }
[[noreturn]] void MmLockPagableDataSection() { ntos::notImplemented("MmLockPagableDataSection"); }
[[noreturn]] void MmMapIoSpace() { ntos::notImplemented("MmMapIoSpace"); }
[[noreturn]] void MmMapIoSpaceEx() { ntos::notImplemented("MmMapIoSpaceEx"); }
[[noreturn]] void MmPageEntireDriver() { ntos::notImplemented("MmPageEntireDriver"); }
[[noreturn]] void MmQuerySystemSize() { ntos::notImplemented("MmQuerySystemSize"); }
[[noreturn]] void MmResetDriverPaging() { ntos::notImplemented("MmResetDriverPaging"); }
[[noreturn]] void MmUnlockPagableImageSection() { ntos::notImplemented("MmUnlockPagableImageSection"); }
[[noreturn]] void MmUnmapIoSpace() { ntos::notImplemented("MmUnmapIoSpace"); }
[[noreturn]] void ObDereferenceObjectDeferDelete() { ntos::notImplemented("ObDereferenceObjectDeferDelete"); }
[[noreturn]] void ObDereferenceObjectDeferDeleteWithTag() { ntos::notImplemented("ObDereferenceObjectDeferDeleteWithTag"); }
[[noreturn]] void ObGetObjectSecurity() { ntos::notImplemented("ObGetObjectSecurity"); }
[[noreturn]] void ObReferenceObjectByPointer() { ntos::notImplemented("ObReferenceObjectByPointer"); }
[[noreturn]] void ObReferenceObjectByPointerWithTag() { ntos::notImplemented("ObReferenceObjectByPointerWithTag"); }
[[noreturn]] void ObReferenceObjectSafe() { ntos::notImplemented("ObReferenceObjectSafe"); }
[[noreturn]] void ObReleaseObjectSecurity() { ntos::notImplemented("ObReleaseObjectSecurity"); }
[[noreturn]] void ProbeForRead() { ntos::notImplemented("ProbeForRead"); }
[[noreturn]] void ProbeForWrite() { ntos::notImplemented("ProbeForWrite"); }
[[noreturn]] void RtlCheckRegistryKey() { ntos::notImplemented("RtlCheckRegistryKey"); }
[[noreturn]] void RtlCreateRegistryKey() { ntos::notImplemented("RtlCreateRegistryKey"); }
[[noreturn]] void RtlDeleteRegistryValue() { ntos::notImplemented("RtlDeleteRegistryValue"); }
[[noreturn]] void RtlQueryRegistryValues() { ntos::notImplemented("RtlQueryRegistryValues"); }
[[noreturn]] void RtlWriteRegistryValue() { ntos::notImplemented("RtlWriteRegistryValue"); }
[[noreturn]] void ZwCreateEvent() { ntos::notImplemented("ZwCreateEvent"); }
[[noreturn]] void ZwCreateKey() { ntos::notImplemented("ZwCreateKey"); }
[[noreturn]] void ZwDeleteKey() { ntos::notImplemented("ZwDeleteKey"); }
[[noreturn]] void ZwDeleteValueKey() { ntos::notImplemented("ZwDeleteValueKey"); }
[[noreturn]] void ZwEnumerateKey() { ntos::notImplemented("ZwEnumerateKey"); }
[[noreturn]] void ZwEnumerateValueKey() { ntos::notImplemented("ZwEnumerateValueKey"); }
[[noreturn]] void ZwFlushKey() { ntos::notImplemented("ZwFlushKey"); }
[[noreturn]] void ZwOpenKey() { ntos::notImplemented("ZwOpenKey"); }
[[noreturn]] void ZwOpenSymbolicLinkObject() { ntos::notImplemented("ZwOpenSymbolicLinkObject"); }
[[noreturn]] void ZwQueryInformationFile() { ntos::notImplemented("ZwQueryInformationFile"); }
[[noreturn]] void ZwQueryKey() { ntos::notImplemented("ZwQueryKey"); }
[[noreturn]] void ZwQuerySymbolicLinkObject() { ntos::notImplemented("ZwQuerySymbolicLinkObject"); }
[[noreturn]] void ZwQuerySystemInformation() { ntos::notImplemented("ZwQuerySystemInformation"); }
[[noreturn]] void ZwQueryValueKey() { ntos::notImplemented("ZwQueryValueKey"); }
[[noreturn]] void ZwSetEvent() { ntos::notImplemented("ZwSetEvent"); }
[[noreturn]] void ZwSetInformationFile() { ntos::notImplemented("ZwSetInformationFile"); }
[[noreturn]] void ZwSetValueKey() { ntos::notImplemented("ZwSetValueKey"); }
[[noreturn]] void ZwWaitForSingleObject() { ntos::notImplemented("ZwWaitForSingleObject"); }

}  // extern "C"
