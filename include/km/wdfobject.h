/* KMDF 1.33: object attributes, typed contexts and generic object DDIs. */
#pragma once

WDF_EXTERN_C_START

typedef _Function_class_(EVT_WDF_OBJECT_CONTEXT_CLEANUP)
VOID EVT_WDF_OBJECT_CONTEXT_CLEANUP(_In_ WDFOBJECT Object);
typedef EVT_WDF_OBJECT_CONTEXT_CLEANUP *PFN_WDF_OBJECT_CONTEXT_CLEANUP;

typedef _Function_class_(EVT_WDF_OBJECT_CONTEXT_DESTROY)
VOID EVT_WDF_OBJECT_CONTEXT_DESTROY(_In_ WDFOBJECT Object);
typedef EVT_WDF_OBJECT_CONTEXT_DESTROY *PFN_WDF_OBJECT_CONTEXT_DESTROY;

typedef const struct _WDF_OBJECT_CONTEXT_TYPE_INFO *PCWDF_OBJECT_CONTEXT_TYPE_INFO;

typedef PCWDF_OBJECT_CONTEXT_TYPE_INFO (*PFN_GET_UNIQUE_CONTEXT_TYPE)(VOID);

typedef struct _WDF_OBJECT_ATTRIBUTES {
    ULONG Size;
    PFN_WDF_OBJECT_CONTEXT_CLEANUP EvtCleanupCallback;
    PFN_WDF_OBJECT_CONTEXT_DESTROY EvtDestroyCallback;
    WDF_EXECUTION_LEVEL ExecutionLevel;
    WDF_SYNCHRONIZATION_SCOPE SynchronizationScope;
    WDFOBJECT ParentObject;
    size_t ContextSizeOverride;
    PCWDF_OBJECT_CONTEXT_TYPE_INFO ContextTypeInfo;
} WDF_OBJECT_ATTRIBUTES, *PWDF_OBJECT_ATTRIBUTES;

typedef struct _WDF_OBJECT_CONTEXT_TYPE_INFO {
    ULONG Size;
    PCHAR ContextName;
    size_t ContextSize;
    /* The info that identifies the type: the info itself, or for a shared type the one
     * instance all declaring modules agree on. */
    PCWDF_OBJECT_CONTEXT_TYPE_INFO UniqueType;
    PFN_GET_UNIQUE_CONTEXT_TYPE EvtDriverGetUniqueContextType;
} WDF_OBJECT_CONTEXT_TYPE_INFO, *PWDF_OBJECT_CONTEXT_TYPE_INFO;

FORCEINLINE VOID WDF_OBJECT_ATTRIBUTES_INIT(_Out_ PWDF_OBJECT_ATTRIBUTES Attributes)
{
    RtlZeroMemory(Attributes, sizeof(WDF_OBJECT_ATTRIBUTES));
    Attributes->Size = sizeof(WDF_OBJECT_ATTRIBUTES);
    Attributes->ExecutionLevel = WdfExecutionLevelInheritFromParent;
    Attributes->SynchronizationScope = WdfSynchronizationScopeInheritFromParent;
}

#define WDF_TYPE_NAME_TO_TYPE_INFO(_contexttype) _WDF_ ## _contexttype ## _TYPE_INFO

#define WDF_TYPE_NAME_POINTER_TYPE(_contexttype) WDF_ ## _contexttype ## _POINTER_TYPE

#define WDF_GET_CONTEXT_TYPE_INFO(_contexttype) \
    (WDF_TYPE_NAME_TO_TYPE_INFO(_contexttype).UniqueType)

#define WDF_OBJECT_ATTRIBUTES_SET_CONTEXT_TYPE(_attributes, _contexttype) \
    (_attributes)->ContextTypeInfo = WDF_GET_CONTEXT_TYPE_INFO(_contexttype)

#define WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(_attributes, _contexttype) \
    WDF_OBJECT_ATTRIBUTES_INIT(_attributes);                              \
    WDF_OBJECT_ATTRIBUTES_SET_CONTEXT_TYPE(_attributes, _contexttype)

/* Several files of one driver include the header declaring a context type, so the type
 * info is a weak definition: the linker keeps one and every file sees the same address,
 * which is what identifies the type. */
#ifdef __cplusplus
#define WDF_CONTEXT_TYPE_INFO_DEFINITION extern "C" __attribute__((weak))
#else
#define WDF_CONTEXT_TYPE_INFO_DEFINITION __attribute__((weak))
#endif

#define WDF_DECLARE_TYPE_AND_GLOBALS(_contexttype, _uniquetype, _getuniquetype)     \
    typedef _contexttype *WDF_TYPE_NAME_POINTER_TYPE(_contexttype);                 \
    WDF_CONTEXT_TYPE_INFO_DEFINITION const WDF_OBJECT_CONTEXT_TYPE_INFO             \
    WDF_TYPE_NAME_TO_TYPE_INFO(_contexttype) = {                                    \
        sizeof(WDF_OBJECT_CONTEXT_TYPE_INFO),                                       \
        (PCHAR) #_contexttype,                                                      \
        sizeof(_contexttype),                                                       \
        _uniquetype,                                                                \
        _getuniquetype,                                                             \
    }

#define WDF_DECLARE_CASTING_FUNCTION(_contexttype, _castingfunction)                \
    FORCEINLINE __attribute__((unused)) _contexttype *_castingfunction(_In_ WDFOBJECT Handle) \
    {                                                                               \
        return (WDF_TYPE_NAME_POINTER_TYPE(_contexttype))                           \
            WdfObjectGetTypedContextWorker(Handle, WDF_GET_CONTEXT_TYPE_INFO(_contexttype)); \
    }

#define WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(_contexttype, _castingfunction)          \
    WDF_DECLARE_TYPE_AND_GLOBALS(_contexttype,                                      \
                                 &WDF_TYPE_NAME_TO_TYPE_INFO(_contexttype), NULL);  \
    WDF_DECLARE_CASTING_FUNCTION(_contexttype, _castingfunction)

#define WDF_DECLARE_CONTEXT_TYPE(_contexttype) \
    WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(_contexttype, WdfObjectGet_ ## _contexttype)

/* A context type shared between modules (a driver and its class extension). The type info
 * is a weak, default-visibility definition, so the dynamic linker binds every module to one
 * instance and its address identifies the type in all of them. */
#define WDF_DECLARE_SHARED_CONTEXT_TYPE_WITH_NAME(_contexttype, _castingfunction) \
    WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(_contexttype, _castingfunction)

#define WDF_DECLARE_SHARED_CONTEXT_TYPE(_contexttype) \
    WDF_DECLARE_SHARED_CONTEXT_TYPE_WITH_NAME(_contexttype, WdfObjectGet_ ## _contexttype)

#define WdfObjectGetTypedContext(handle, _contexttype)                               \
    ((WDF_TYPE_NAME_POINTER_TYPE(_contexttype))                                     \
        WdfObjectGetTypedContextWorker((handle), WDF_GET_CONTEXT_TYPE_INFO(_contexttype)))

#define WdfObjectReference(Handle) \
    WdfObjectReferenceWithTag(Handle, NULL)

#define WdfObjectReferenceWithTag(Handle, Tag) \
    WdfObjectReferenceActual(Handle, Tag, __LINE__, __FILE__)

#define WdfObjectDereference(Handle) \
    WdfObjectDereferenceWithTag(Handle, NULL)

#define WdfObjectDereferenceWithTag(Handle, Tag) \
    WdfObjectDereferenceActual(Handle, Tag, __LINE__, __FILE__)

//
// WDF Function: WdfObjectGetTypedContextWorker
//
typedef
PVOID
(NTAPI *PFN_WDFOBJECTGETTYPEDCONTEXTWORKER)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFOBJECT Handle,
    _In_ PCWDF_OBJECT_CONTEXT_TYPE_INFO TypeInfo
    );

FORCEINLINE
PVOID
WdfObjectGetTypedContextWorker(
    _In_ WDFOBJECT Handle,
    _In_ PCWDF_OBJECT_CONTEXT_TYPE_INFO TypeInfo
    )
{
    return ((PFN_WDFOBJECTGETTYPEDCONTEXTWORKER) WdfFunctions[WdfObjectGetTypedContextWorkerTableIndex])(WdfDriverGlobals, Handle, TypeInfo);
}

//
// WDF Function: WdfObjectAllocateContext
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFOBJECTALLOCATECONTEXT)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFOBJECT Handle,
    _In_ PWDF_OBJECT_ATTRIBUTES ContextAttributes,
    _Outptr_opt_ PVOID* Context
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfObjectAllocateContext(
    _In_ WDFOBJECT Handle,
    _In_ PWDF_OBJECT_ATTRIBUTES ContextAttributes,
    _Outptr_opt_ PVOID* Context
    )
{
    return ((PFN_WDFOBJECTALLOCATECONTEXT) WdfFunctions[WdfObjectAllocateContextTableIndex])(WdfDriverGlobals, Handle, ContextAttributes, Context);
}

//
// WDF Function: WdfObjectContextGetObject
//
typedef
WDFOBJECT
(NTAPI *PFN_WDFOBJECTCONTEXTGETOBJECT)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ PVOID ContextPointer
    );

FORCEINLINE
WDFOBJECT
WdfObjectContextGetObject(
    _In_ PVOID ContextPointer
    )
{
    return ((PFN_WDFOBJECTCONTEXTGETOBJECT) WdfFunctions[WdfObjectContextGetObjectTableIndex])(WdfDriverGlobals, ContextPointer);
}

//
// WDF Function: WdfObjectReferenceActual
//
typedef
VOID
(NTAPI *PFN_WDFOBJECTREFERENCEACTUAL)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFOBJECT Handle,
    _In_opt_ PVOID Tag,
    _In_ LONG Line,
    _In_ const CHAR* File
    );

FORCEINLINE
VOID
WdfObjectReferenceActual(
    _In_ WDFOBJECT Handle,
    _In_opt_ PVOID Tag,
    _In_ LONG Line,
    _In_ const CHAR* File
    )
{
    ((PFN_WDFOBJECTREFERENCEACTUAL) WdfFunctions[WdfObjectReferenceActualTableIndex])(WdfDriverGlobals, Handle, Tag, Line, File);
}

//
// WDF Function: WdfObjectDereferenceActual
//
typedef
VOID
(NTAPI *PFN_WDFOBJECTDEREFERENCEACTUAL)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFOBJECT Handle,
    _In_opt_ PVOID Tag,
    _In_ LONG Line,
    _In_ const CHAR* File
    );

FORCEINLINE
VOID
WdfObjectDereferenceActual(
    _In_ WDFOBJECT Handle,
    _In_opt_ PVOID Tag,
    _In_ LONG Line,
    _In_ const CHAR* File
    )
{
    ((PFN_WDFOBJECTDEREFERENCEACTUAL) WdfFunctions[WdfObjectDereferenceActualTableIndex])(WdfDriverGlobals, Handle, Tag, Line, File);
}

//
// WDF Function: WdfObjectCreate
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFOBJECTCREATE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _Out_ WDFOBJECT* Object
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfObjectCreate(
    _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _Out_ WDFOBJECT* Object
    )
{
    return ((PFN_WDFOBJECTCREATE) WdfFunctions[WdfObjectCreateTableIndex])(WdfDriverGlobals, Attributes, Object);
}

//
// WDF Function: WdfObjectDelete
//
typedef
VOID
(NTAPI *PFN_WDFOBJECTDELETE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFOBJECT Object
    );

FORCEINLINE
VOID
WdfObjectDelete(
    _In_ WDFOBJECT Object
    )
{
    ((PFN_WDFOBJECTDELETE) WdfFunctions[WdfObjectDeleteTableIndex])(WdfDriverGlobals, Object);
}

//
// WDF Function: WdfObjectQuery
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFOBJECTQUERY)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFOBJECT Object,
    _In_ const GUID* Guid,
    _In_ ULONG QueryBufferLength,
    _Out_writes_bytes_(QueryBufferLength) PVOID QueryBuffer
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfObjectQuery(
    _In_ WDFOBJECT Object,
    _In_ const GUID* Guid,
    _In_ ULONG QueryBufferLength,
    _Out_writes_bytes_(QueryBufferLength) PVOID QueryBuffer
    )
{
    return ((PFN_WDFOBJECTQUERY) WdfFunctions[WdfObjectQueryTableIndex])(WdfDriverGlobals, Object, Guid, QueryBufferLength, QueryBuffer);
}

WDF_EXTERN_C_END
