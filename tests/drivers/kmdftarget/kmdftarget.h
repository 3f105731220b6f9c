/*
 * kmdftarget: a KMDF function driver for the I/O target tests. Its device sends I/O to
 * its local target (the next-lower device) and to a remote target it opens by name (the
 * wdmecho test device). Each exported function below is one step a test drives (dlsym
 * on the loaded module, called inside the System's ThreadScope).
 */
#pragma once

#include <ntddk.h>
#include <wdf.h>

#define KMDFTARGET_EXPORT __attribute__((visibility("default")))

/* How a send describes its data buffer (the read/write buffer, or the IOCTL buffers). */
typedef enum _KMDFTARGET_DESCRIPTOR {
    KmdfTargetDescriptorBuffer = 0, /* WDF_MEMORY_DESCRIPTOR_INIT_BUFFER */
    KmdfTargetDescriptorHandle = 1, /* a WDFMEMORY around the buffer (+ Offsets if UseOffsets) */
    KmdfTargetDescriptorMdl = 2,    /* an MDL built for the buffer */
    KmdfTargetDescriptorNone = 3,   /* NULL descriptor */
    KmdfTargetDescriptorBadType = 4 /* a descriptor with an invalid Type */
} KMDFTARGET_DESCRIPTOR;

typedef struct _KMDFTARGET_SEND {
    BOOLEAN Local;      /* the device's local target, else the remote target */
    UCHAR Major;        /* IRP_MJ_READ, IRP_MJ_WRITE, IRP_MJ_DEVICE_CONTROL, IRP_MJ_INTERNAL_DEVICE_CONTROL */
    ULONG IoctlCode;
    KMDFTARGET_DESCRIPTOR Descriptor;
    void* Input;
    ULONG InputLength;
    void* Output;
    ULONG OutputLength;
    BOOLEAN UseOffsets; /* handle descriptors: WDFMEMORY_OFFSET for the read/write (or output) buffer */
    size_t BufferOffset;
    size_t BufferLength;
    BOOLEAN UseOptions;
    ULONG OptionsSize;  /* 0: sizeof(WDF_REQUEST_SEND_OPTIONS) */
    ULONG OptionsFlags;
    LONGLONG Timeout;   /* WDF_REQUEST_SEND_OPTIONS_SET_TIMEOUT when nonzero */
    BOOLEAN UseDeviceOffset;
    LONGLONG DeviceOffset;
    BOOLEAN AtDispatchLevel; /* send with the IRQL raised to DISPATCH_LEVEL (a bug check) */
    BOOLEAN WithRequest;     /* send the driver-created request (KmdfTargetRequestCreate) */
    BOOLEAN Others;          /* internal IOCTL: WdfIoTargetSendInternalIoctlOthersSynchronously with
                                Input, Output and Argument4 as OtherArg1, OtherArg2, OtherArg4 */
    void* Argument4;
    ULONG Argument4Length;
    ULONG_PTR Information;   /* out: BytesRead / BytesWritten / BytesReturned */
} KMDFTARGET_SEND;

typedef struct _KMDFTARGET_INFO {
    BOOLEAN HaveTarget;
    WDF_IO_TARGET_STATE State;
    BOOLEAN DeviceIsOurs;          /* WdfIoTargetGetDevice returned our WDFDEVICE */
    PDEVICE_OBJECT TargetDevice;   /* WdfIoTargetWdmGetTargetDeviceObject */
    PFILE_OBJECT TargetFile;       /* WdfIoTargetWdmGetTargetFileObject */
    HANDLE TargetFileHandle;       /* WdfIoTargetWdmGetTargetFileHandle */
    PFILE_OBJECT HandleFile;       /* ObReferenceObjectByHandle of that handle (dereferenced) */
    PDEVICE_OBJECT TargetPdo;      /* WdfIoTargetWdmGetTargetPhysicalDevice */
    PDEVICE_OBJECT AttachedDevice; /* WdfDeviceWdmGetAttachedDevice of our device */
    PDEVICE_OBJECT PhysicalDevice; /* WdfDeviceWdmGetPhysicalDevice of our device */
    BOOLEAN LocalTargetIsStable;   /* a second WdfDeviceGetIoTarget returned the same handle */
} KMDFTARGET_INFO;

/* What the driver-created request's EvtRequestCompletionRoutine saw (the last call). */
typedef struct _KMDFTARGET_REQUEST_RESULT {
    LONG Completions;               /* times the completion routine ran */
    NTSTATUS Status;                /* WdfRequestGetStatus inside the routine */
    BOOLEAN TargetMatches;          /* its Target parameter was the remote target */
    BOOLEAN ContextMatches;         /* its Context was the one set */
    KIRQL Irql;
    WDF_REQUEST_COMPLETION_PARAMS Params;
    WDFMEMORY InputMemory;          /* the memory objects the request was formatted with */
    WDFMEMORY OutputMemory;
    LONG MemoryDestroyed;           /* EvtDestroyCallback runs of those memory objects */
    LONG RequestDestroyed;          /* EvtDestroyCallback runs of the request */
    PIRP Irp;                       /* WdfRequestWdmGetIrp */
} KMDFTARGET_REQUEST_RESULT;

/* WdfRequestCreate (IoTarget = the remote target when WithTarget), or, FromIrp, an IRP the
   driver allocates for the remote target's stack and WdfRequestCreateFromIrp (the driver
   frees the IRP after the request is deleted). */
KMDFTARGET_EXPORT NTSTATUS KmdfTargetRequestCreate(BOOLEAN WithTarget, BOOLEAN FromIrp);
/* A request created for the local target (the root PDO, one stack location) or the
 * remote one; WdfRequestChangeTarget of it to the other target. */
KMDFTARGET_EXPORT NTSTATUS KmdfTargetRequestChangeTarget(BOOLEAN CreateForLocal, BOOLEAN ToLocal);
/* WdfIoTargetFormatRequestForXxx for the remote target with WDFMEMORY objects made over
   In/Out (NULL: no memory); Offset/Length: a WDFMEMORY_OFFSET for the data buffer (Length
   0: none). Major IRP_MJ_INTERNAL_DEVICE_CONTROL with Others: ...ForInternalIoctlOthers. */
KMDFTARGET_EXPORT NTSTATUS KmdfTargetRequestFormat(UCHAR Major, ULONG IoctlCode, BOOLEAN Others, void* In,
                                                   ULONG InLength, void* Out, ULONG OutLength, size_t Offset,
                                                   size_t Length);
/* WdfRequestSend to the remote target with a completion routine (unless Flags has
   SYNCHRONOUS); Timeout != 0: WdfRequestAllocateTimer, then WDF_REQUEST_SEND_OPTION_TIMEOUT. */
KMDFTARGET_EXPORT BOOLEAN KmdfTargetRequestSend(ULONG Flags, LONGLONG Timeout);
KMDFTARGET_EXPORT void KmdfTargetRequestResult(KMDFTARGET_REQUEST_RESULT* Result);
KMDFTARGET_EXPORT NTSTATUS KmdfTargetRequestGetStatus(void);
/* WdfRequestReuse; NewIrp: WDF_REQUEST_REUSE_SET_NEW_IRP with a fresh driver IRP. */
KMDFTARGET_EXPORT NTSTATUS KmdfTargetRequestReuse(NTSTATUS Status, BOOLEAN NewIrp);
KMDFTARGET_EXPORT BOOLEAN KmdfTargetRequestCancel(void);
/* WdfObjectDelete on the formatted memory objects. */
KMDFTARGET_EXPORT void KmdfTargetRequestDeleteMemory(void);
/* WdfObjectDelete on the request (then IoFreeIrp of a driver IRP). */
KMDFTARGET_EXPORT void KmdfTargetRequestDelete(void);
/* WdfRequestComplete on the driver-created request (a bug check). */
KMDFTARGET_EXPORT void KmdfTargetRequestComplete(void);
/* WdfIoTargetPurge on the remote target. */
KMDFTARGET_EXPORT void KmdfTargetPurge(WDF_IO_TARGET_PURGE_IO_ACTION Action);

/* WdfIoTargetOpen by name with EvtIoTargetQueryRemove (WdfIoTargetCloseForQueryRemove,
   or STATUS_UNSUCCESSFUL when Veto), EvtIoTargetRemoveCanceled (reopens) and
   EvtIoTargetRemoveComplete (WdfIoTargetClose); each appends its name to the log. */
KMDFTARGET_EXPORT NTSTATUS KmdfTargetOpenWithRemovalCallbacks(const WCHAR* Name, BOOLEAN Veto);
/* The callbacks' log, e.g. "query-remove,remove-canceled". */
KMDFTARGET_EXPORT void KmdfTargetRemovalLog(char* Out, size_t Size);

/* Remote target: WdfIoTargetCreate (parented to the device). */
KMDFTARGET_EXPORT NTSTATUS KmdfTargetCreate(void);
/* WdfIoTargetOpen by the wdmecho interface name; ParamsSize 0 = the right size. */
KMDFTARGET_EXPORT NTSTATUS KmdfTargetOpenByName(const WCHAR* Name, ULONG ParamsSize);
/* WdfIoTargetOpen with WdfIoTargetOpenUseExistingDevice on the local target's device. */
KMDFTARGET_EXPORT NTSTATUS KmdfTargetOpenExisting(void);
KMDFTARGET_EXPORT NTSTATUS KmdfTargetReopen(void);
KMDFTARGET_EXPORT void KmdfTargetClose(void);
KMDFTARGET_EXPORT void KmdfTargetCloseForQueryRemove(void);
/* WdfObjectDelete on the remote target, if there is one. */
KMDFTARGET_EXPORT void KmdfTargetDelete(void);
KMDFTARGET_EXPORT NTSTATUS KmdfTargetStart(BOOLEAN Local);
KMDFTARGET_EXPORT void KmdfTargetStop(BOOLEAN Local, WDF_IO_TARGET_SENT_IO_ACTION Action);
KMDFTARGET_EXPORT void KmdfTargetGetInfo(BOOLEAN Local, KMDFTARGET_INFO* Info);
KMDFTARGET_EXPORT NTSTATUS KmdfTargetSend(KMDFTARGET_SEND* Send);
/* ZwWriteFile then ZwReadFile of Length bytes through the remote target's file handle;
   Back receives what was read. */
/* WdfIoTargetQueryForInterface on the local or remote target into Interface (Size bytes). */
KMDFTARGET_EXPORT NTSTATUS KmdfTargetQueryInterface(BOOLEAN Local, const GUID* Type, PINTERFACE Interface, USHORT Size,
                                                    USHORT Version, PVOID SpecificData);
KMDFTARGET_EXPORT NTSTATUS KmdfTargetRoundTripThroughHandle(PVOID Data, ULONG Length, PVOID Back);
/* WdfIoTargetQueryTargetProperty. */
KMDFTARGET_EXPORT NTSTATUS KmdfTargetQueryProperty(BOOLEAN Local, DEVICE_REGISTRY_PROPERTY Property, PVOID Buffer,
                                                   ULONG Length, PULONG ResultLength);
/* WdfIoTargetAllocAndQueryTargetProperty: copies up to Length bytes of the memory
   object's buffer to Buffer, *Size = its size; then deletes the memory object. */
KMDFTARGET_EXPORT NTSTATUS KmdfTargetAllocAndQueryProperty(BOOLEAN Local, DEVICE_REGISTRY_PROPERTY Property,
                                                           PVOID Buffer, ULONG Length, size_t* Size);
