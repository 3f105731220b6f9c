/* kmdffile: see kmdffile.h. */
#include "callback_log.h"
#include <initguid.h>

#include "kmdffile.h"

#include <ntstrsafe.h>
#include <stdarg.h>

typedef struct _FILE_CONTEXT {
    LONG Serial;
    WDFFILEOBJECT Self;
} FILE_CONTEXT, *PFILE_CONTEXT;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(FILE_CONTEXT, GetFileContext)

DRIVER_INITIALIZE DriverEntry;
static EVT_WDF_DRIVER_DEVICE_ADD FileEvtDeviceAdd;
static EVT_WDF_DEVICE_FILE_CREATE FileEvtDeviceFileCreate;
static EVT_WDF_FILE_CLEANUP FileEvtFileCleanup;
static EVT_WDF_FILE_CLOSE FileEvtFileClose;
static EVT_WDF_OBJECT_CONTEXT_CLEANUP FileEvtFileObjectCleanup;
static EVT_WDF_IO_QUEUE_IO_DEFAULT FileEvtCreateQueueIoDefault;
static EVT_WDF_IO_QUEUE_IO_DEFAULT FileEvtDefaultQueueIoDefault;
static EVT_WDF_IO_QUEUE_IO_READ FileEvtIoRead;
static EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL FileEvtIoDeviceControl;
static EVT_WDF_IO_IN_CALLER_CONTEXT FileEvtIoInCallerContext;

static KMDFFILE_CONFIG g_config = {FALSE, TRUE, TRUE, TRUE, WdfUseDefault, WdfFileObjectWdfCannotUseFsContexts,
                                   STATUS_SUCCESS, FALSE, TRUE, FALSE, FALSE, FALSE, FALSE};
static KSPIN_LOCK g_lock;
static volatile LONG g_serial;
static WDFQUEUE g_createQueue;


void KmdfFileSetConfig(const KMDFFILE_CONFIG* Config) { g_config = *Config; }

ULONG KmdfFileReadLog(char* Buffer, ULONG Size) { return CallbackLogRead(Buffer, Size); }

/* The file name as ASCII ("-" for NULL, "(empty)" for Length 0). */
static void FormatName(PCUNICODE_STRING Name, char* Out, size_t OutSize)
{
    size_t i;
    size_t count;
    if (Name == NULL) {
        RtlStringCchCopyA(Out, OutSize, "-");
        return;
    }
    if (Name->Length == 0) {
        RtlStringCchCopyA(Out, OutSize, "(empty)");
        return;
    }
    count = Name->Length / sizeof(WCHAR);
    if (count > OutSize - 1) {
        count = OutSize - 1;
    }
    for (i = 0; i < count; i++) {
        WCHAR c = Name->Buffer[i];
        Out[i] = (c > 0 && c < 0x80) ? (char)c : '?';
    }
    Out[count] = '\0';
}

/* -1: no file object; -2: a file object without our context. */
static LONG SerialOf(WDFFILEOBJECT FileObject)
{
    PFILE_CONTEXT context;
    if (FileObject == NULL) {
        return -1;
    }
    context = GetFileContext(FileObject);
    return context != NULL ? context->Serial : -2;
}

static BOOLEAN IsSelf(WDFFILEOBJECT FileObject)
{
    PFILE_CONTEXT context = FileObject != NULL ? GetFileContext(FileObject) : NULL;
    return context != NULL && context->Self == FileObject;
}

NTSTATUS DriverEntry(_In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath)
{
    WDF_DRIVER_CONFIG config;
    KeInitializeSpinLock(&g_lock);
    WDF_DRIVER_CONFIG_INIT(&config, FileEvtDeviceAdd);
    return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, &config, WDF_NO_HANDLE);
}

static NTSTATUS FileEvtDeviceAdd(_In_ WDFDRIVER Driver, _Inout_ PWDFDEVICE_INIT DeviceInit)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_IO_QUEUE_CONFIG queueConfig;
    WDFDEVICE device;
    WDFQUEUE queue;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(Driver);
    CallbackLogLine("EvtDriverDeviceAdd%s", g_config.Filter ? " filter" : "");

    if (g_config.Filter) {
        WdfFdoInitSetFilter(DeviceInit);
    }
    if (g_config.SetFileObjectConfig) {
        WDF_FILEOBJECT_CONFIG fileConfig;
        WDF_FILEOBJECT_CONFIG_INIT(&fileConfig, g_config.EvtCreate ? FileEvtDeviceFileCreate : NULL,
                                   g_config.EvtCleanupClose ? FileEvtFileClose : NULL,
                                   g_config.EvtCleanupClose ? FileEvtFileCleanup : NULL);
        fileConfig.AutoForwardCleanupClose = g_config.AutoForwardCleanupClose;
        fileConfig.FileObjectClass = g_config.FileObjectClass;
        if (g_config.BadFileConfigSize) {
            fileConfig.Size -= sizeof(ULONG);
        }
        WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, FILE_CONTEXT);
        attributes.EvtCleanupCallback = FileEvtFileObjectCleanup;
        WdfDeviceInitSetFileObjectConfig(DeviceInit, &fileConfig, &attributes);
    }
    if (g_config.InCallerContext) {
        WdfDeviceInitSetIoInCallerContextCallback(DeviceInit, FileEvtIoInCallerContext);
    }

    status = WdfDeviceCreate(&DeviceInit, WDF_NO_OBJECT_ATTRIBUTES, &device);
    if (!NT_SUCCESS(status)) {
        CallbackLogLine("WdfDeviceCreate 0x%08x", status);
        return status;
    }
    if (!g_config.Filter) {
        status = WdfDeviceCreateDeviceInterface(device, &GUID_DEVINTERFACE_KMDFFILE, NULL);
        if (!NT_SUCCESS(status)) {
            return status;
        }
    }

    if (g_config.DefaultQueue) {
        WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&queueConfig, WdfIoQueueDispatchParallel);
        queueConfig.EvtIoDefault = FileEvtDefaultQueueIoDefault;
        queueConfig.EvtIoRead = FileEvtIoRead;
        queueConfig.EvtIoDeviceControl = FileEvtIoDeviceControl;
        status = WdfIoQueueCreate(device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, &queue);
        if (!NT_SUCCESS(status)) {
            CallbackLogLine("WdfIoQueueCreate 0x%08x", status);
            return status;
        }
        /* The default queue cannot take creates. */
        CallbackLogLine("ConfigureRequestDispatching(default queue, create) 0x%08x",
                WdfDeviceConfigureRequestDispatching(device, queue, WdfRequestTypeCreate));
    }
    if (g_config.CreateQueue) {
        WDF_IO_QUEUE_CONFIG_INIT(&queueConfig, WdfIoQueueDispatchSequential);
        queueConfig.EvtIoDefault = FileEvtCreateQueueIoDefault;
        status = WdfIoQueueCreate(device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, &g_createQueue);
        if (!NT_SUCCESS(status)) {
            CallbackLogLine("WdfIoQueueCreate 0x%08x", status);
            return status;
        }
        status = WdfDeviceConfigureRequestDispatching(device, g_createQueue, WdfRequestTypeCreate);
        CallbackLogLine("ConfigureRequestDispatching(create queue, create) 0x%08x", status);
        if (!NT_SUCCESS(status)) {
            return status;
        }
    }
    return STATUS_SUCCESS;
}

static VOID FileEvtDeviceFileCreate(WDFDEVICE Device, WDFREQUEST Request, WDFFILEOBJECT FileObject)
{
    char name[64];
    WDF_REQUEST_PARAMETERS parameters;
    PFILE_OBJECT wdm = NULL;
    LONG serial = -1;

    FormatName(FileObject != NULL ? WdfFileObjectGetFileName(FileObject) : NULL, name, sizeof(name));
    WDF_REQUEST_PARAMETERS_INIT(&parameters);
    WdfRequestGetParameters(Request, &parameters);
    if (FileObject != NULL) {
        PFILE_CONTEXT context = GetFileContext(FileObject);
        context->Serial = InterlockedIncrement(&g_serial);
        context->Self = FileObject;
        serial = context->Serial;
        wdm = WdfFileObjectWdmGetFileObject(FileObject);
        CallbackLogLine("FileFlags 0x%x", WdfFileObjectGetFlags(FileObject));
        CallbackLogLine("EvtDeviceFileCreate name=%s serial=%d type=%d device=%d wdm=%d fsctx=%d fsctx2=%d", name, serial,
                (int)parameters.Type, WdfFileObjectGetDevice(FileObject) == Device,
                wdm != NULL && wdm == WdfRequestWdmGetIrp(Request)->Tail.Overlay.OriginalFileObject,
                wdm != NULL && wdm->FsContext == (PVOID)FileObject,
                wdm != NULL && wdm->FsContext2 == (PVOID)FileObject);
    } else {
        CallbackLogLine("EvtDeviceFileCreate name=%s serial=none type=%d", name, (int)parameters.Type);
    }
    WdfRequestComplete(Request, g_config.CreateStatus);
}

static VOID FileEvtFileCleanup(WDFFILEOBJECT FileObject)
{
    CallbackLogLine("EvtFileCleanup serial=%d self=%d irql=%d", SerialOf(FileObject), IsSelf(FileObject),
            (int)KeGetCurrentIrql());
}

static VOID FileEvtFileClose(WDFFILEOBJECT FileObject)
{
    CallbackLogLine("EvtFileClose serial=%d self=%d irql=%d", SerialOf(FileObject), IsSelf(FileObject),
            (int)KeGetCurrentIrql());
}

static VOID FileEvtFileObjectCleanup(WDFOBJECT Object)
{
    CallbackLogLine("EvtFileObjectCleanup serial=%d", SerialOf((WDFFILEOBJECT)Object));
}

static VOID FileEvtCreateQueueIoDefault(WDFQUEUE Queue, WDFREQUEST Request)
{
    WDF_REQUEST_PARAMETERS parameters;
    WDFFILEOBJECT fileObject = WdfRequestGetFileObject(Request);
    char name[64];

    UNREFERENCED_PARAMETER(Queue);
    WDF_REQUEST_PARAMETERS_INIT(&parameters);
    WdfRequestGetParameters(Request, &parameters);
    FormatName(fileObject != NULL ? WdfFileObjectGetFileName(fileObject) : NULL, name, sizeof(name));
    if (fileObject != NULL && GetFileContext(fileObject) != NULL) {
        PFILE_CONTEXT context = GetFileContext(fileObject);
        context->Serial = InterlockedIncrement(&g_serial);
        context->Self = fileObject;
    }
    CallbackLogLine("EvtIoDefault create-queue type=%d name=%s serial=%d", (int)parameters.Type, name, SerialOf(fileObject));
    WdfRequestComplete(Request, g_config.CreateStatus);
}

static VOID FileEvtDefaultQueueIoDefault(WDFQUEUE Queue, WDFREQUEST Request)
{
    WDF_REQUEST_PARAMETERS parameters;
    UNREFERENCED_PARAMETER(Queue);
    WDF_REQUEST_PARAMETERS_INIT(&parameters);
    WdfRequestGetParameters(Request, &parameters);
    CallbackLogLine("EvtIoDefault default-queue type=%d", (int)parameters.Type);
    WdfRequestComplete(Request, STATUS_SUCCESS);
}

static VOID FileEvtIoRead(WDFQUEUE Queue, WDFREQUEST Request, size_t Length)
{
    if (g_config.EnqueueFromIoRead) {
        CallbackLogLine("EvtIoRead %u: WdfDeviceEnqueueRequest", (ULONG)Length);
        (void)WdfDeviceEnqueueRequest(WdfIoQueueGetDevice(Queue), Request);
    }
    if (g_config.QueryRequestFileObject) {
        WDFFILEOBJECT fileObject = WdfRequestGetFileObject(Request);
        PFILE_OBJECT wdm = IoGetCurrentIrpStackLocation(WdfRequestWdmGetIrp(Request))->FileObject;
        CallbackLogLine("EvtIoRead %u serial=%d self=%d device-lookup=%d", (ULONG)Length, SerialOf(fileObject),
                IsSelf(fileObject), WdfDeviceGetFileObject(WdfIoQueueGetDevice(Queue), wdm) == fileObject);
    } else {
        CallbackLogLine("EvtIoRead %u", (ULONG)Length);
    }
    WdfRequestCompleteWithInformation(Request, STATUS_SUCCESS, Length);
}

static VOID FileEvtIoDeviceControl(WDFQUEUE Queue, WDFREQUEST Request, size_t OutputBufferLength,
                                   size_t InputBufferLength, ULONG IoControlCode)
{
    UNREFERENCED_PARAMETER(Queue);
    UNREFERENCED_PARAMETER(OutputBufferLength);
    UNREFERENCED_PARAMETER(InputBufferLength);
    CallbackLogLine("EvtIoDeviceControl 0x%08x", IoControlCode);
    WdfRequestComplete(Request, STATUS_SUCCESS);
}

static VOID FileEvtIoInCallerContext(WDFDEVICE Device, WDFREQUEST Request)
{
    WDF_REQUEST_PARAMETERS parameters;
    NTSTATUS status;

    WDF_REQUEST_PARAMETERS_INIT(&parameters);
    WdfRequestGetParameters(Request, &parameters);
    CallbackLogLine("EvtIoInCallerContext type=%d irql=%d", (int)parameters.Type, (int)KeGetCurrentIrql());
    if (parameters.Type == WdfRequestTypeDeviceControl) {
        WdfRequestComplete(Request, STATUS_NOT_SUPPORTED);
        return;
    }
    status = WdfDeviceEnqueueRequest(Device, Request);
    CallbackLogLine("WdfDeviceEnqueueRequest 0x%08x", status);
    if (!NT_SUCCESS(status)) {
        WdfRequestComplete(Request, status);
    }
}
