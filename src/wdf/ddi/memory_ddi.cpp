// Memory object and lookaside-list DDIs (wdfmemory.h).
#include <ntddk.h>
#include <wdf.h>

#include "wdf/ddi/ddi_families.h"
#include "wdf/object/fx_ddi_checks.h"
#include "wdf/support/fx_lookaside.h"
#include "wdf/support/fx_memory.h"

#include <type_traits>

using namespace wdf;

namespace {

bool isPagedPool(POOL_TYPE type) { return (type & 1) != 0; }  // PagedPool and its variants are odd

}  // namespace

extern "C" {

// IRQL <= DISPATCH_LEVEL (<= APC_LEVEL for paged pool). Default parent: the WDFDRIVER.
NTSTATUS NTAPI imp_WdfMemoryCreate(PWDF_DRIVER_GLOBALS DriverGlobals, PWDF_OBJECT_ATTRIBUTES Attributes,
                                   POOL_TYPE PoolType, ULONG PoolTag, size_t BufferSize, WDFMEMORY* Memory,
                                   PVOID* Buffer) {
    const char* ddi = "WdfMemoryCreate";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    fxRequire(globals, Memory, "Memory", ddi);
    *Memory = nullptr;
    if (Buffer != nullptr) *Buffer = nullptr;
    if (!fxCheckIrql(globals, isPagedPool(PoolType) ? APC_LEVEL : DISPATCH_LEVEL, ddi)) {
        return STATUS_INVALID_DEVICE_REQUEST;
    }
    if (BufferSize == 0) {
        globals->verifierLog("WdfMemoryCreate: BufferSize is 0");
        return STATUS_INVALID_PARAMETER;
    }
    FxMemory* memory = nullptr;
    NTSTATUS status = fxCreateNamed(ddi, globals, Attributes, globals->defaultParent(), &memory, PoolType, PoolTag,
                                    BufferSize);
    if (!NT_SUCCESS(status)) return status;
    *Memory = memory->handleAs<WDFMEMORY>();
    if (Buffer != nullptr) *Buffer = memory->buffer();
    return STATUS_SUCCESS;
}

// IRQL <= DISPATCH_LEVEL. Default parent: the WDFDRIVER. The buffer stays the driver's.
NTSTATUS NTAPI imp_WdfMemoryCreatePreallocated(PWDF_DRIVER_GLOBALS DriverGlobals, PWDF_OBJECT_ATTRIBUTES Attributes,
                                               PVOID Buffer, size_t BufferSize, WDFMEMORY* Memory) {
    const char* ddi = "WdfMemoryCreatePreallocated";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    fxRequire(globals, Memory, "Memory", ddi);
    *Memory = nullptr;
    if (!fxCheckIrql(globals, DISPATCH_LEVEL, ddi)) return STATUS_INVALID_DEVICE_REQUEST;
    if (Buffer == nullptr || BufferSize == 0) {
        globals->verifierLog("WdfMemoryCreatePreallocated: Buffer is NULL or BufferSize is 0");
        return STATUS_INVALID_PARAMETER;
    }
    FxMemory* memory = nullptr;
    NTSTATUS status = fxCreateNamed(ddi, globals, Attributes, globals->defaultParent(), &memory, Buffer, BufferSize,
                                    FxMemoryAccess::ReadWrite, /*driverMayDelete=*/true, /*assignable=*/true);
    if (NT_SUCCESS(status)) *Memory = memory->handleAs<WDFMEMORY>();
    return status;
}

// Any IRQL.
PVOID NTAPI imp_WdfMemoryGetBuffer(PWDF_DRIVER_GLOBALS DriverGlobals, WDFMEMORY Memory, size_t* BufferSize) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxMemory* memory = resolve<FxMemory>(globals, Memory, "WdfMemoryGetBuffer");
    if (BufferSize != nullptr) *BufferSize = memory->length();
    return memory->buffer();
}

// Any IRQL.
NTSTATUS NTAPI imp_WdfMemoryAssignBuffer(PWDF_DRIVER_GLOBALS DriverGlobals, WDFMEMORY Memory, PVOID Buffer,
                                         size_t BufferSize) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxMemory* memory = resolve<FxMemory>(globals, Memory, "WdfMemoryAssignBuffer");
    return memory->assignBuffer(Buffer, BufferSize);
}

// Any IRQL (<= APC_LEVEL for paged buffers).
NTSTATUS NTAPI imp_WdfMemoryCopyToBuffer(PWDF_DRIVER_GLOBALS DriverGlobals, WDFMEMORY SourceMemory,
                                         size_t SourceOffset, PVOID Buffer, size_t NumBytesToCopyTo) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxMemory* memory = resolve<FxMemory>(globals, SourceMemory, "WdfMemoryCopyToBuffer");
    if (Buffer == nullptr) {
        globals->verifierLog("WdfMemoryCopyToBuffer: Buffer is NULL");
        return STATUS_INVALID_PARAMETER;
    }
    return memory->copyTo(SourceOffset, Buffer, NumBytesToCopyTo);
}

// Any IRQL (<= APC_LEVEL for paged buffers).
NTSTATUS NTAPI imp_WdfMemoryCopyFromBuffer(PWDF_DRIVER_GLOBALS DriverGlobals, WDFMEMORY DestinationMemory,
                                           size_t DestinationOffset, PVOID Buffer, size_t NumBytesToCopyFrom) {
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxMemory* memory = resolve<FxMemory>(globals, DestinationMemory, "WdfMemoryCopyFromBuffer");
    if (Buffer == nullptr) {
        globals->verifierLog("WdfMemoryCopyFromBuffer: Buffer is NULL");
        return STATUS_INVALID_PARAMETER;
    }
    return memory->copyFrom(DestinationOffset, Buffer, NumBytesToCopyFrom);
}

// IRQL <= DISPATCH_LEVEL (<= APC_LEVEL for paged pool). Default parent: the WDFDRIVER.
NTSTATUS NTAPI imp_WdfLookasideListCreate(PWDF_DRIVER_GLOBALS DriverGlobals, PWDF_OBJECT_ATTRIBUTES LookasideAttributes,
                                          size_t BufferSize, POOL_TYPE PoolType,
                                          PWDF_OBJECT_ATTRIBUTES MemoryAttributes, ULONG PoolTag,
                                          WDFLOOKASIDE* Lookaside) {
    const char* ddi = "WdfLookasideListCreate";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    fxRequire(globals, Lookaside, "Lookaside", ddi);
    *Lookaside = nullptr;
    if (!fxCheckIrql(globals, isPagedPool(PoolType) ? APC_LEVEL : DISPATCH_LEVEL, ddi)) {
        return STATUS_INVALID_DEVICE_REQUEST;
    }
    if (BufferSize == 0) {
        globals->verifierLog("WdfLookasideListCreate: BufferSize is 0");
        return STATUS_INVALID_PARAMETER;
    }
    FxObject* memoryParent = nullptr;
    NTSTATUS status = fxValidateAttributes(globals, MemoryAttributes, ddi, &memoryParent);
    if (!NT_SUCCESS(status)) return status;
    FxLookaside* lookaside = nullptr;
    status = fxCreateNamed(ddi, globals, LookasideAttributes, globals->defaultParent(), &lookaside, BufferSize,
                           PoolType, PoolTag, MemoryAttributes);
    if (NT_SUCCESS(status)) *Lookaside = lookaside->handleAs<WDFLOOKASIDE>();
    return status;
}

// IRQL <= DISPATCH_LEVEL (<= APC_LEVEL for paged pool). Uses the list's MemoryAttributes;
// default parent: the lookaside list. WdfObjectDelete gives the buffer back to the list.
NTSTATUS NTAPI imp_WdfMemoryCreateFromLookaside(PWDF_DRIVER_GLOBALS DriverGlobals, WDFLOOKASIDE Lookaside,
                                                WDFMEMORY* Memory) {
    const char* ddi = "WdfMemoryCreateFromLookaside";
    FxDriverGlobals* globals = FxDriverGlobals::from(DriverGlobals);
    FxLookaside* lookaside = resolve<FxLookaside>(globals, Lookaside, ddi);
    fxRequire(globals, Memory, "Memory", ddi);
    *Memory = nullptr;
    if (!fxCheckIrql(globals, isPagedPool(lookaside->poolType()) ? APC_LEVEL : DISPATCH_LEVEL, ddi)) {
        return STATUS_INVALID_DEVICE_REQUEST;
    }
    FxMemory* memory = nullptr;
    NTSTATUS status = fxCreateNamed(ddi, globals, lookaside->memoryAttributes(), lookaside, &memory, lookaside);
    if (NT_SUCCESS(status)) *Memory = memory->handleAs<WDFMEMORY>();
    return status;
}

}  // extern "C"

static_assert(std::is_same_v<decltype(&imp_WdfMemoryCreate), PFN_WDFMEMORYCREATE>);
static_assert(std::is_same_v<decltype(&imp_WdfMemoryCreatePreallocated), PFN_WDFMEMORYCREATEPREALLOCATED>);
static_assert(std::is_same_v<decltype(&imp_WdfMemoryGetBuffer), PFN_WDFMEMORYGETBUFFER>);
static_assert(std::is_same_v<decltype(&imp_WdfMemoryAssignBuffer), PFN_WDFMEMORYASSIGNBUFFER>);
static_assert(std::is_same_v<decltype(&imp_WdfMemoryCopyToBuffer), PFN_WDFMEMORYCOPYTOBUFFER>);
static_assert(std::is_same_v<decltype(&imp_WdfMemoryCopyFromBuffer), PFN_WDFMEMORYCOPYFROMBUFFER>);
static_assert(std::is_same_v<decltype(&imp_WdfLookasideListCreate), PFN_WDFLOOKASIDELISTCREATE>);
static_assert(std::is_same_v<decltype(&imp_WdfMemoryCreateFromLookaside), PFN_WDFMEMORYCREATEFROMLOOKASIDE>);

namespace wdf {

std::span<const DdiEntry> memoryDdis() {
    static const DdiEntry kEntries[] = {
        ddiEntry(WdfMemoryCreateTableIndex, &imp_WdfMemoryCreate),
        ddiEntry(WdfMemoryCreatePreallocatedTableIndex, &imp_WdfMemoryCreatePreallocated),
        ddiEntry(WdfMemoryGetBufferTableIndex, &imp_WdfMemoryGetBuffer),
        ddiEntry(WdfMemoryAssignBufferTableIndex, &imp_WdfMemoryAssignBuffer),
        ddiEntry(WdfMemoryCopyToBufferTableIndex, &imp_WdfMemoryCopyToBuffer),
        ddiEntry(WdfMemoryCopyFromBufferTableIndex, &imp_WdfMemoryCopyFromBuffer),
        ddiEntry(WdfLookasideListCreateTableIndex, &imp_WdfLookasideListCreate),
        ddiEntry(WdfMemoryCreateFromLookasideTableIndex, &imp_WdfMemoryCreateFromLookaside),
    };
    return kEntries;
}

}  // namespace wdf
