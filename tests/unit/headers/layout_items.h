/* The structures and fields whose x64 layout the C and C++ compilations must agree on. */
#ifndef HEADERS_TEST_LAYOUT_ITEMS_H
#define HEADERS_TEST_LAYOUT_ITEMS_H

#include <stddef.h>

#define HEADERS_TEST_SIZES(X)                                                            \
    X(ULONG) X(LONG) X(ULONG_PTR) X(SIZE_T) X(WCHAR) X(BOOLEAN) X(LARGE_INTEGER)         \
    X(LIST_ENTRY) X(SINGLE_LIST_ENTRY) X(UNICODE_STRING) X(ANSI_STRING) X(GUID)          \
    X(OBJECT_ATTRIBUTES) X(IO_STATUS_BLOCK) X(DISPATCHER_HEADER) X(KEVENT) X(KSEMAPHORE) \
    X(KMUTEX) X(KTIMER) X(KDPC) X(KWAIT_BLOCK) X(KAPC) X(KDEVICE_QUEUE) X(KLOCK_QUEUE_HANDLE) \
    X(FAST_MUTEX) X(ERESOURCE) X(WORK_QUEUE_ITEM) X(NPAGED_LOOKASIDE_LIST) X(MDL)        \
    X(DEVICE_CAPABILITIES) X(DEVICE_RELATIONS) X(INTERFACE) X(POWER_STATE)               \
    X(CM_PARTIAL_RESOURCE_DESCRIPTOR) X(CM_RESOURCE_LIST) X(IO_RESOURCE_DESCRIPTOR)      \
    X(IO_RESOURCE_REQUIREMENTS_LIST) X(IRP) X(IO_STACK_LOCATION) X(WAIT_CONTEXT_BLOCK)   \
    X(VPB) X(DEVICE_OBJECT) X(DRIVER_OBJECT) X(DRIVER_EXTENSION) X(FILE_OBJECT)          \
    X(IO_REMOVE_LOCK)

#define HEADERS_TEST_OFFSETS(X)                                                          \
    X(UNICODE_STRING, Buffer) X(IO_STATUS_BLOCK, Information) X(KDPC, DeferredRoutine)   \
    X(KDPC, DpcData) X(KTIMER, Dpc) X(MDL, ByteCount) X(IRP, AssociatedIrp)              \
    X(IRP, IoStatus) X(IRP, Cancel) X(IRP, UserEvent) X(IRP, CancelRoutine)              \
    X(IRP, Tail.Overlay.DriverContext) X(IRP, Tail.Overlay.Thread)                        \
    X(IRP, Tail.Overlay.ListEntry) X(IRP, Tail.Overlay.CurrentStackLocation)             \
    X(IO_STACK_LOCATION, Parameters) X(IO_STACK_LOCATION, Parameters.Read.ByteOffset)    \
    X(IO_STACK_LOCATION, Parameters.DeviceIoControl.IoControlCode)                       \
    X(IO_STACK_LOCATION, Parameters.QueryInterface.Interface)                            \
    X(IO_STACK_LOCATION, Parameters.Power.State) X(IO_STACK_LOCATION, CompletionRoutine) \
    X(DEVICE_OBJECT, DeviceExtension) X(DEVICE_OBJECT, Dpc) X(DEVICE_OBJECT, DeviceLock) \
    X(DEVICE_OBJECT, DeviceObjectExtension) X(DRIVER_OBJECT, DriverExtension)            \
    X(DRIVER_OBJECT, DriverUnload) X(DRIVER_OBJECT, MajorFunction)                       \
    X(DRIVER_EXTENSION, ServiceKeyName) X(FILE_OBJECT, FsContext) X(FILE_OBJECT, FileName) \
    X(FILE_OBJECT, Event) X(FILE_OBJECT, FileObjectExtension)                            \
    X(DEVICE_CAPABILITIES, Address) X(DEVICE_CAPABILITIES, DeviceState)                  \
    X(CM_PARTIAL_RESOURCE_DESCRIPTOR, u.Interrupt.Affinity)                              \
    X(CM_FULL_RESOURCE_DESCRIPTOR, PartialResourceList.PartialDescriptors)

typedef struct HeadersTestLayoutEntry {
    const char *Name;
    size_t Value;
} HeadersTestLayoutEntry;

#ifdef __cplusplus
extern "C" {
#endif
/* Implemented by layout_c.c, compiled as C11. */
const HeadersTestLayoutEntry *HeadersTestCLayout(size_t *Count);
unsigned int HeadersTestCCtlCode(void);
unsigned short HeadersTestCConstantStringLength(void);
unsigned int HeadersTestCPoolTag(void);
const void *HeadersTestCGuidAddress(void);
int HeadersTestCNtSuccess(int Status);
const void *HeadersTestCDevPropKeyAddress(void);
#ifdef __cplusplus
}
#endif

#endif
