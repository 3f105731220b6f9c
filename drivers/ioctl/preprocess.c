/* ioctl driver: the WDM escape. EvtDeviceWdmIrpPreprocess sees each device control IRP
 * before the framework, sets a completion routine, and hands the IRP back with
 * WdfDeviceWdmDispatchPreprocessedIrp ("Preprocessing and Postprocessing IRPs"). */
#include "ioctl.h"

#define OKIOCTL_TRACKED_IRPS 16

static KSPIN_LOCK g_Lock; /* guards everything below */
static OKIOCTL_STATISTICS g_Statistics;
static PIRP g_PreprocessedIrps[OKIOCTL_TRACKED_IRPS];
static ULONG g_NextSlot;

static IO_COMPLETION_ROUTINE OkIoctlPostprocess;

VOID OkIoctlInitializeStatistics(VOID)
{
    KeInitializeSpinLock(&g_Lock);
    RtlZeroMemory(&g_Statistics, sizeof(g_Statistics));
    RtlZeroMemory(g_PreprocessedIrps, sizeof(g_PreprocessedIrps));
    g_NextSlot = 0;
}

NTSTATUS OkIoctlEvtWdmIrpPreprocess(_In_ WDFDEVICE Device, _Inout_ PIRP Irp)
{
    KIRQL irql;

    KeAcquireSpinLock(&g_Lock, &irql);
    g_Statistics.Preprocessed++;
    g_PreprocessedIrps[g_NextSlot] = Irp;
    g_NextSlot = (g_NextSlot + 1) % OKIOCTL_TRACKED_IRPS;
    KeReleaseSpinLock(&g_Lock, irql);

    /* The framework gave the IRP one more stack location for this completion routine. */
    IoCopyCurrentIrpStackLocationToNext(Irp);
    IoSetCompletionRoutine(Irp, OkIoctlPostprocess, NULL, TRUE, TRUE, TRUE);
    return WdfDeviceWdmDispatchPreprocessedIrp(Device, Irp);
}

static NTSTATUS OkIoctlPostprocess(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp, _In_opt_ PVOID Context)
{
    KIRQL irql;

    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Context);
    KeAcquireSpinLock(&g_Lock, &irql);
    g_Statistics.Postprocessed++;
    KeReleaseSpinLock(&g_Lock, irql);
    if (Irp->PendingReturned) {
        IoMarkIrpPending(Irp);
    }
    return STATUS_CONTINUE_COMPLETION;
}

BOOLEAN OkIoctlTakePreprocessedIrp(_In_ PIRP Irp)
{
    KIRQL irql;
    BOOLEAN found = FALSE;
    ULONG i;

    KeAcquireSpinLock(&g_Lock, &irql);
    for (i = 0; i < OKIOCTL_TRACKED_IRPS; i++) {
        if (g_PreprocessedIrps[i] == Irp) {
            g_PreprocessedIrps[i] = NULL;
            found = TRUE;
            break;
        }
    }
    KeReleaseSpinLock(&g_Lock, irql);
    return found;
}

VOID OkIoctlCountQueueRequest(_In_ BOOLEAN PreprocessedFirst)
{
    KIRQL irql;

    KeAcquireSpinLock(&g_Lock, &irql);
    g_Statistics.QueueRequests++;
    if (PreprocessedFirst) {
        g_Statistics.PreprocessedBeforeQueue++;
    }
    KeReleaseSpinLock(&g_Lock, irql);
}

VOID OkIoctlGetStatistics(_Out_ OKIOCTL_STATISTICS* Statistics)
{
    KIRQL irql;

    KeAcquireSpinLock(&g_Lock, &irql);
    *Statistics = g_Statistics;
    KeReleaseSpinLock(&g_Lock, irql);
}
