/* kmdfprogress: see kmdfprogress.h. */
#include "callback_log.h"
#include <initguid.h>
#include <ntifs.h>
#include <ntstrsafe.h>

#include "kmdfprogress.h"

#define MAX_HELD 64
#define MAX_RESERVED 16

typedef struct _REQUEST_CONTEXT {
    ULONG Uses; /* reads served by this request object */
} REQUEST_CONTEXT, *PREQUEST_CONTEXT;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(REQUEST_CONTEXT, GetRequestContext)

DRIVER_INITIALIZE DriverEntry;
static EVT_WDF_DRIVER_DEVICE_ADD PEvtDeviceAdd;
static EVT_WDF_DEVICE_FILE_CREATE PEvtFileCreate;
static EVT_WDF_IO_QUEUE_IO_READ PEvtIoRead;
static EVT_WDF_IO_QUEUE_IO_WRITE PEvtIoWrite;
static EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL PEvtIoDeviceControl;
static EVT_WDF_OBJECT_CONTEXT_CLEANUP PEvtRequestCleanup;
static EVT_WDF_IO_ALLOCATE_RESOURCES_FOR_RESERVED_REQUEST PEvtIoAllocateResourcesForReservedRequest;
static EVT_WDF_IO_ALLOCATE_REQUEST_RESOURCES PEvtIoAllocateRequestResources;
static EVT_WDF_IO_WDM_IRP_FOR_FORWARD_PROGRESS PEvtIoWdmIrpForForwardProgress;

static KSPIN_LOCK g_lock;
static WDFREQUEST g_held[MAX_HELD];
static ULONG g_heldCount;
static WDFREQUEST g_reserved[MAX_RESERVED];
static ULONG g_reservedCount;
static ULONG g_failReservedAt;
static LONG g_failRequestResources;
static ULONG g_examineAction = WdfIoForwardProgressActionUseReservedRequest;
static WDFQUEUE g_queue;
static WDFQUEUE g_manual;
static WDFDEVICE g_device;

ULONG KmdfProgressReadLog(char* Buffer, ULONG Size) { return CallbackLogRead(Buffer, Size); }

void KmdfProgressSetExamineAction(ULONG Action) { g_examineAction = Action; }

void KmdfProgressFailRequestResources(ULONG Count) { InterlockedExchange(&g_failRequestResources, (LONG)Count); }

PDEVICE_OBJECT KmdfProgressWdmDevice(void) { return WdfDeviceWdmGetDeviceObject(g_device); }

/* "reserved #N" for the N-th reserved request (in the order the framework made them),
 * "normal" for the others. */
static void Describe(WDFREQUEST Request, char* Text, size_t Size)
{
    ULONG i;
    if (!WdfRequestIsReserved(Request)) {
        RtlStringCchCopyA(Text, Size, "normal");
        return;
    }
    for (i = 0; i < g_reservedCount; i++) {
        if (g_reserved[i] == Request) {
            RtlStringCchPrintfA(Text, Size, "reserved #%u", i);
            return;
        }
    }
    RtlStringCchCopyA(Text, Size, "reserved (unknown)");
}

static size_t LengthOf(WDFREQUEST Request)
{
    WDF_REQUEST_PARAMETERS params;
    WDF_REQUEST_PARAMETERS_INIT(&params);
    WdfRequestGetParameters(Request, &params);
    switch (params.Type) {
    case WdfRequestTypeRead:
        return params.Parameters.Read.Length;
    case WdfRequestTypeWrite:
        return params.Parameters.Write.Length;
    default:
        return params.Parameters.DeviceIoControl.InputBufferLength;
    }
}

NTSTATUS KmdfProgressAssign(const KMDFPROGRESS_POLICY* Policy)
{
    WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY policy;
    NTSTATUS status;
    WDF_IO_QUEUE_FORWARD_PROGRESS_POLICY_DEFAULT_INIT(&policy, Policy->TotalRequests);
    if (Policy->Size != 0) {
        policy.Size = Policy->Size;
    }
    policy.ForwardProgressReservedPolicy = (WDF_IO_FORWARD_PROGRESS_RESERVED_POLICY)Policy->Policy;
    if (Policy->ExamineCallback) {
        policy.ForwardProgressReservePolicySettings.Policy.ExaminePolicy.EvtIoWdmIrpForForwardProgress =
            PEvtIoWdmIrpForForwardProgress;
    }
    if (Policy->ReservedCallback) {
        policy.EvtIoAllocateResourcesForReservedRequest = PEvtIoAllocateResourcesForReservedRequest;
    }
    if (Policy->RequestCallback) {
        policy.EvtIoAllocateRequestResources = PEvtIoAllocateRequestResources;
    }
    g_failReservedAt = Policy->FailReservedCallbackAt;
    status = WdfIoQueueAssignForwardProgressPolicy(Policy->Queue == 1 ? g_manual : g_queue, &policy);
    CallbackLogLine("Assign 0x%08x", status);
    return status;
}

NTSTATUS KmdfProgressAssignNull(void) { return WdfIoQueueAssignForwardProgressPolicy(g_queue, NULL); }

ULONG KmdfProgressHeldCount(void)
{
    KIRQL irql;
    ULONG n;
    KeAcquireSpinLock(&g_lock, &irql);
    n = g_heldCount;
    KeReleaseSpinLock(&g_lock, irql);
    return n;
}

ULONG KmdfProgressCompleteHeld(ULONG Count, NTSTATUS Status)
{
    ULONG done = 0;
    while (done < Count) {
        KIRQL irql;
        WDFREQUEST request = NULL;
        KeAcquireSpinLock(&g_lock, &irql);
        if (g_heldCount > 0) {
            request = g_held[0];
            RtlMoveMemory(&g_held[0], &g_held[1], (g_heldCount - 1) * sizeof(WDFREQUEST));
            g_heldCount--;
        }
        KeReleaseSpinLock(&g_lock, irql);
        if (request == NULL) {
            break;
        }
        WdfRequestCompleteWithInformation(request, Status, LengthOf(request));
        done++;
    }
    return done;
}

NTSTATUS DriverEntry(_In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath)
{
    WDF_DRIVER_CONFIG config;
    KeInitializeSpinLock(&g_lock);
    CallbackLogReset();
    g_heldCount = 0;
    g_reservedCount = 0;
    g_failReservedAt = 0;
    g_failRequestResources = 0;
    g_examineAction = WdfIoForwardProgressActionUseReservedRequest;
    WDF_DRIVER_CONFIG_INIT(&config, PEvtDeviceAdd);
    return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config, WDF_NO_HANDLE);
}

static NTSTATUS PEvtDeviceAdd(_In_ WDFDRIVER Driver, _Inout_ PWDFDEVICE_INIT DeviceInit)
{
    WDF_FILEOBJECT_CONFIG fileConfig;
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_IO_QUEUE_CONFIG queueConfig;
    WDFDEVICE device;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(Driver);
    WDF_FILEOBJECT_CONFIG_INIT(&fileConfig, PEvtFileCreate, NULL, NULL);
    WdfDeviceInitSetFileObjectConfig(DeviceInit, &fileConfig, WDF_NO_OBJECT_ATTRIBUTES);
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, REQUEST_CONTEXT);
    attributes.EvtCleanupCallback = PEvtRequestCleanup;
    WdfDeviceInitSetRequestAttributes(DeviceInit, &attributes);

    status = WdfDeviceCreate(&DeviceInit, WDF_NO_OBJECT_ATTRIBUTES, &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    g_device = device;
    status = WdfDeviceCreateDeviceInterface(device, &GUID_DEVINTERFACE_KMDFPROGRESS, NULL);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&queueConfig, WdfIoQueueDispatchParallel);
    queueConfig.EvtIoRead = PEvtIoRead;
    queueConfig.EvtIoWrite = PEvtIoWrite;
    queueConfig.EvtIoDeviceControl = PEvtIoDeviceControl;
    status = WdfIoQueueCreate(device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, &g_queue);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    WDF_IO_QUEUE_CONFIG_INIT(&queueConfig, WdfIoQueueDispatchManual);
    return WdfIoQueueCreate(device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, &g_manual);
}

static VOID PEvtFileCreate(WDFDEVICE Device, WDFREQUEST Request, WDFFILEOBJECT FileObject)
{
    UNREFERENCED_PARAMETER(Device);
    CallbackLogLine("EvtDeviceFileCreate pid %u initiator %u", WdfRequestGetRequestorProcessId(Request),
                    WdfFileObjectGetInitiatorProcessId(FileObject));
    WdfRequestComplete(Request, STATUS_SUCCESS);
}

static VOID PEvtRequestCleanup(WDFOBJECT Object)
{
    char text[32];
    /* Only the reserved requests are logged: the others are cleaned up at each completion. */
    if (WdfRequestIsReserved((WDFREQUEST)Object)) {
        Describe((WDFREQUEST)Object, text, sizeof(text));
        CallbackLogLine("EvtCleanupCallback %s", text);
    }
}

static NTSTATUS PEvtIoAllocateResourcesForReservedRequest(WDFQUEUE Queue, WDFREQUEST Request)
{
    ULONG index = g_reservedCount;
    UNREFERENCED_PARAMETER(Queue);
    if (index < MAX_RESERVED) {
        g_reserved[index] = Request;
        g_reservedCount++;
    }
    GetRequestContext(Request)->Uses = 0;
    if (g_failReservedAt != 0 && index + 1 == g_failReservedAt) {
        CallbackLogLine("EvtIoAllocateResourcesForReservedRequest #%u failed (reserved %u)", index,
                        (ULONG)WdfRequestIsReserved(Request));
        return KMDFPROGRESS_RESERVED_FAILURE;
    }
    CallbackLogLine("EvtIoAllocateResourcesForReservedRequest #%u (reserved %u)", index,
                    (ULONG)WdfRequestIsReserved(Request));
    return STATUS_SUCCESS;
}

static NTSTATUS PEvtIoAllocateRequestResources(WDFQUEUE Queue, WDFREQUEST Request)
{
    UNREFERENCED_PARAMETER(Queue);
    if (InterlockedDecrement(&g_failRequestResources) >= 0) {
        CallbackLogLine("EvtIoAllocateRequestResources %u failed", (ULONG)LengthOf(Request));
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    InterlockedExchange(&g_failRequestResources, 0);
    CallbackLogLine("EvtIoAllocateRequestResources %u", (ULONG)LengthOf(Request));
    return STATUS_SUCCESS;
}

static WDF_IO_FORWARD_PROGRESS_ACTION PEvtIoWdmIrpForForwardProgress(WDFQUEUE Queue, PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    UNREFERENCED_PARAMETER(Queue);
    CallbackLogLine("EvtIoWdmIrpForForwardProgress major %u length %u -> %s", (ULONG)stack->MajorFunction,
                    stack->Parameters.Read.Length,
                    g_examineAction == WdfIoForwardProgressActionUseReservedRequest ? "UseReservedRequest"
                                                                                   : "FailRequest");
    return (WDF_IO_FORWARD_PROGRESS_ACTION)g_examineAction;
}

static VOID PEvtIoRead(WDFQUEUE Queue, WDFREQUEST Request, size_t Length)
{
    KIRQL irql;
    BOOLEAN held = FALSE;
    char text[32];
    PREQUEST_CONTEXT context = GetRequestContext(Request);
    UNREFERENCED_PARAMETER(Queue);
    context->Uses++;
    Describe(Request, text, sizeof(text));
    CallbackLogLine("EvtIoRead %u %s use %u", (ULONG)Length, text, context->Uses);
    KeAcquireSpinLock(&g_lock, &irql);
    if (g_heldCount < MAX_HELD) {
        g_held[g_heldCount++] = Request;
        held = TRUE;
    }
    KeReleaseSpinLock(&g_lock, irql);
    if (!held) {
        WdfRequestComplete(Request, STATUS_INSUFFICIENT_RESOURCES);
    }
}

static VOID PEvtIoWrite(WDFQUEUE Queue, WDFREQUEST Request, size_t Length)
{
    char text[32];
    WDFMEMORY memory;
    size_t size = 0;
    NTSTATUS status;
    UNREFERENCED_PARAMETER(Queue);
    Describe(Request, text, sizeof(text));
    CallbackLogLine("EvtIoWrite %u %s", (ULONG)Length, text);
    /* The framework's WDFMEMORY over the write buffer: made for this IRP only. */
    status = WdfRequestRetrieveInputMemory(Request, &memory);
    if (NT_SUCCESS(status)) {
        WdfMemoryGetBuffer(memory, &size);
        status = size == Length ? STATUS_SUCCESS : STATUS_INVALID_BUFFER_SIZE;
    }
    WdfRequestCompleteWithInformation(Request, status, NT_SUCCESS(status) ? Length : 0);
}

NTSTATUS KmdfProgressForwardHeldToManual(void)
{
    KIRQL irql;
    WDFREQUEST request = NULL;
    NTSTATUS status;
    KeAcquireSpinLock(&g_lock, &irql);
    if (g_heldCount > 0) {
        request = g_held[0];
        RtlMoveMemory(&g_held[0], &g_held[1], (g_heldCount - 1) * sizeof(WDFREQUEST));
        g_heldCount--;
    }
    KeReleaseSpinLock(&g_lock, irql);
    if (request == NULL) {
        return STATUS_NOT_FOUND;
    }
    status = WdfRequestForwardToIoQueue(request, g_manual);
    if (!NT_SUCCESS(status)) {
        WdfRequestComplete(request, status);
    }
    return status;
}

NTSTATUS KmdfProgressCompleteFromManual(void)
{
    WDFREQUEST request;
    char text[32];
    NTSTATUS status = WdfIoQueueRetrieveNextRequest(g_manual, &request);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    Describe(request, text, sizeof(text));
    CallbackLogLine("Retrieved from the manual queue %u %s", (ULONG)LengthOf(request), text);
    WdfRequestCompleteWithInformation(request, STATUS_SUCCESS, LengthOf(request));
    return STATUS_SUCCESS;
}

static VOID PEvtIoDeviceControl(WDFQUEUE Queue, WDFREQUEST Request, size_t OutputBufferLength,
                                size_t InputBufferLength, ULONG IoControlCode)
{
    NTSTATUS status = STATUS_INVALID_DEVICE_REQUEST;
    ULONG_PTR information = 0;
    UNREFERENCED_PARAMETER(Queue);
    UNREFERENCED_PARAMETER(OutputBufferLength);
    UNREFERENCED_PARAMETER(InputBufferLength);
    if (IoControlCode == IOCTL_KMDFPROGRESS_PID || IoControlCode == IOCTL_KMDFPROGRESS_PROCESS) {
        ULONG* out = NULL;
        ULONG pid;
        if (IoControlCode == IOCTL_KMDFPROGRESS_PID) {
            pid = WdfRequestGetRequestorProcessId(Request);
            CallbackLogLine("EvtIoDeviceControl pid %u", pid);
        } else {
            PEPROCESS process = IoGetRequestorProcess(WdfRequestWdmGetIrp(Request));
            pid = process != NULL ? (ULONG)(ULONG_PTR)PsGetProcessId(process) : 0;
            CallbackLogLine("EvtIoDeviceControl process %u", pid);
        }
        status = WdfRequestRetrieveOutputBuffer(Request, sizeof(ULONG), (PVOID*)&out, NULL);
        if (NT_SUCCESS(status)) {
            *out = pid;
            information = sizeof(ULONG);
        }
    }
    WdfRequestCompleteWithInformation(Request, status, information);
}
