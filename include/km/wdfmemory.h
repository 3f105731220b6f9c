/* KMDF 1.33: memory objects, lookaside lists and memory descriptors. */
#pragma once

WDF_EXTERN_C_START

typedef enum _WDF_MEMORY_DESCRIPTOR_TYPE {
    WdfMemoryDescriptorTypeInvalid = 0,
    WdfMemoryDescriptorTypeBuffer,
    WdfMemoryDescriptorTypeMdl,
    WdfMemoryDescriptorTypeHandle,
} WDF_MEMORY_DESCRIPTOR_TYPE;

typedef struct _WDFMEMORY_OFFSET {
    size_t BufferOffset;
    size_t BufferLength;
} WDFMEMORY_OFFSET, *PWDFMEMORY_OFFSET;

typedef struct _WDF_MEMORY_DESCRIPTOR {
    WDF_MEMORY_DESCRIPTOR_TYPE Type;
    union {
        struct {
            PVOID Buffer;
            ULONG Length;
        } BufferType;
        struct {
            PMDL Mdl;
            ULONG BufferLength;
        } MdlType;
        struct {
            WDFMEMORY Memory;
            PWDFMEMORY_OFFSET Offsets;
        } HandleType;
    } u;
} WDF_MEMORY_DESCRIPTOR, *PWDF_MEMORY_DESCRIPTOR;

FORCEINLINE VOID WDF_MEMORY_DESCRIPTOR_INIT_BUFFER(_Out_ PWDF_MEMORY_DESCRIPTOR Descriptor,
                                                   _In_ PVOID Buffer, _In_ ULONG BufferLength)
{
    RtlZeroMemory(Descriptor, sizeof(WDF_MEMORY_DESCRIPTOR));
    Descriptor->Type = WdfMemoryDescriptorTypeBuffer;
    Descriptor->u.BufferType.Buffer = Buffer;
    Descriptor->u.BufferType.Length = BufferLength;
}

FORCEINLINE VOID WDF_MEMORY_DESCRIPTOR_INIT_HANDLE(_Out_ PWDF_MEMORY_DESCRIPTOR Descriptor,
                                                   _In_ WDFMEMORY Memory, _In_opt_ PWDFMEMORY_OFFSET Offsets)
{
    RtlZeroMemory(Descriptor, sizeof(WDF_MEMORY_DESCRIPTOR));
    Descriptor->Type = WdfMemoryDescriptorTypeHandle;
    Descriptor->u.HandleType.Memory = Memory;
    Descriptor->u.HandleType.Offsets = Offsets;
}

FORCEINLINE VOID WDF_MEMORY_DESCRIPTOR_INIT_MDL(_Out_ PWDF_MEMORY_DESCRIPTOR Descriptor,
                                                _In_ PMDL Mdl, _In_ ULONG BufferLength)
{
    RtlZeroMemory(Descriptor, sizeof(WDF_MEMORY_DESCRIPTOR));
    Descriptor->Type = WdfMemoryDescriptorTypeMdl;
    Descriptor->u.MdlType.Mdl = Mdl;
    Descriptor->u.MdlType.BufferLength = BufferLength;
}

//
// WDF Function: WdfMemoryCreate
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFMEMORYCREATE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _In_ POOL_TYPE PoolType,
    _In_opt_ ULONG PoolTag,
    _In_ size_t BufferSize,
    _Out_ WDFMEMORY* Memory,
    _Outptr_opt_result_bytebuffer_(BufferSize) PVOID* Buffer
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfMemoryCreate(
    _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _In_ POOL_TYPE PoolType,
    _In_opt_ ULONG PoolTag,
    _In_ size_t BufferSize,
    _Out_ WDFMEMORY* Memory,
    _Outptr_opt_result_bytebuffer_(BufferSize) PVOID* Buffer
    )
{
    return ((PFN_WDFMEMORYCREATE) WdfFunctions[WdfMemoryCreateTableIndex])(WdfDriverGlobals, Attributes, PoolType, PoolTag, BufferSize, Memory, Buffer);
}

//
// WDF Function: WdfMemoryCreatePreallocated
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFMEMORYCREATEPREALLOCATED)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _In_ PVOID Buffer,
    _In_ size_t BufferSize,
    _Out_ WDFMEMORY* Memory
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfMemoryCreatePreallocated(
    _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _In_ PVOID Buffer,
    _In_ size_t BufferSize,
    _Out_ WDFMEMORY* Memory
    )
{
    return ((PFN_WDFMEMORYCREATEPREALLOCATED) WdfFunctions[WdfMemoryCreatePreallocatedTableIndex])(WdfDriverGlobals, Attributes, Buffer, BufferSize, Memory);
}

//
// WDF Function: WdfMemoryGetBuffer
//
typedef
PVOID
(NTAPI *PFN_WDFMEMORYGETBUFFER)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFMEMORY Memory,
    _Out_opt_ size_t* BufferSize
    );

FORCEINLINE
PVOID
WdfMemoryGetBuffer(
    _In_ WDFMEMORY Memory,
    _Out_opt_ size_t* BufferSize
    )
{
    return ((PFN_WDFMEMORYGETBUFFER) WdfFunctions[WdfMemoryGetBufferTableIndex])(WdfDriverGlobals, Memory, BufferSize);
}

//
// WDF Function: WdfMemoryAssignBuffer
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFMEMORYASSIGNBUFFER)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFMEMORY Memory,
    _In_ PVOID Buffer,
    _In_ size_t BufferSize
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfMemoryAssignBuffer(
    _In_ WDFMEMORY Memory,
    _In_ PVOID Buffer,
    _In_ size_t BufferSize
    )
{
    return ((PFN_WDFMEMORYASSIGNBUFFER) WdfFunctions[WdfMemoryAssignBufferTableIndex])(WdfDriverGlobals, Memory, Buffer, BufferSize);
}

//
// WDF Function: WdfMemoryCopyToBuffer
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFMEMORYCOPYTOBUFFER)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFMEMORY SourceMemory,
    _In_ size_t SourceOffset,
    _Out_writes_bytes_(NumBytesToCopyTo) PVOID Buffer,
    _In_ size_t NumBytesToCopyTo
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfMemoryCopyToBuffer(
    _In_ WDFMEMORY SourceMemory,
    _In_ size_t SourceOffset,
    _Out_writes_bytes_(NumBytesToCopyTo) PVOID Buffer,
    _In_ size_t NumBytesToCopyTo
    )
{
    return ((PFN_WDFMEMORYCOPYTOBUFFER) WdfFunctions[WdfMemoryCopyToBufferTableIndex])(WdfDriverGlobals, SourceMemory, SourceOffset, Buffer, NumBytesToCopyTo);
}

//
// WDF Function: WdfMemoryCopyFromBuffer
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFMEMORYCOPYFROMBUFFER)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFMEMORY DestinationMemory,
    _In_ size_t DestinationOffset,
    _In_ PVOID Buffer,
    _In_ size_t NumBytesToCopyFrom
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfMemoryCopyFromBuffer(
    _In_ WDFMEMORY DestinationMemory,
    _In_ size_t DestinationOffset,
    _In_ PVOID Buffer,
    _In_ size_t NumBytesToCopyFrom
    )
{
    return ((PFN_WDFMEMORYCOPYFROMBUFFER) WdfFunctions[WdfMemoryCopyFromBufferTableIndex])(WdfDriverGlobals, DestinationMemory, DestinationOffset, Buffer, NumBytesToCopyFrom);
}

//
// WDF Function: WdfLookasideListCreate
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFLOOKASIDELISTCREATE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES LookasideAttributes,
    _In_ size_t BufferSize,
    _In_ POOL_TYPE PoolType,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES MemoryAttributes,
    _In_opt_ ULONG PoolTag,
    _Out_ WDFLOOKASIDE* Lookaside
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfLookasideListCreate(
    _In_opt_ PWDF_OBJECT_ATTRIBUTES LookasideAttributes,
    _In_ size_t BufferSize,
    _In_ POOL_TYPE PoolType,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES MemoryAttributes,
    _In_opt_ ULONG PoolTag,
    _Out_ WDFLOOKASIDE* Lookaside
    )
{
    return ((PFN_WDFLOOKASIDELISTCREATE) WdfFunctions[WdfLookasideListCreateTableIndex])(WdfDriverGlobals, LookasideAttributes, BufferSize, PoolType, MemoryAttributes, PoolTag, Lookaside);
}

//
// WDF Function: WdfMemoryCreateFromLookaside
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFMEMORYCREATEFROMLOOKASIDE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFLOOKASIDE Lookaside,
    _Out_ WDFMEMORY* Memory
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfMemoryCreateFromLookaside(
    _In_ WDFLOOKASIDE Lookaside,
    _Out_ WDFMEMORY* Memory
    )
{
    return ((PFN_WDFMEMORYCREATEFROMLOOKASIDE) WdfFunctions[WdfMemoryCreateFromLookasideTableIndex])(WdfDriverGlobals, Lookaside, Memory);
}

WDF_EXTERN_C_END
