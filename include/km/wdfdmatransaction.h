/* KMDF 1.33: DMA transactions. */
#pragma once

WDF_EXTERN_C_START

/* WDM DMA types, by tag so this header does not depend on the wdm.h DMA section. */
struct _SCATTER_GATHER_LIST;

typedef _Function_class_(EVT_WDF_PROGRAM_DMA)
BOOLEAN EVT_WDF_PROGRAM_DMA(_In_ WDFDMATRANSACTION Transaction, _In_ WDFDEVICE Device, _In_ WDFCONTEXT Context,
                            _In_ WDF_DMA_DIRECTION Direction, _In_ struct _SCATTER_GATHER_LIST *SgList);
typedef EVT_WDF_PROGRAM_DMA *PFN_WDF_PROGRAM_DMA;

typedef _Function_class_(EVT_WDF_DMA_TRANSACTION_CONFIGURE_DMA_CHANNEL)
BOOLEAN EVT_WDF_DMA_TRANSACTION_CONFIGURE_DMA_CHANNEL(_In_ WDFDMATRANSACTION DmaTransaction, _In_ WDFDEVICE Device,
                                                      _In_ PVOID Context, _In_opt_ PMDL Mdl, _In_ size_t Offset,
                                                      _In_ size_t Length);
typedef EVT_WDF_DMA_TRANSACTION_CONFIGURE_DMA_CHANNEL *PFN_WDF_DMA_TRANSACTION_CONFIGURE_DMA_CHANNEL;

/* Status is a DMA_COMPLETION_STATUS value (wdm.h). */
typedef _Function_class_(EVT_WDF_DMA_TRANSACTION_DMA_TRANSFER_COMPLETE)
VOID EVT_WDF_DMA_TRANSACTION_DMA_TRANSFER_COMPLETE(_In_ WDFDMATRANSACTION Transaction, _In_ WDFDEVICE Device,
                                                   _In_ WDFCONTEXT Context, _In_ WDF_DMA_DIRECTION Direction,
                                                   _In_ ULONG Status);
typedef EVT_WDF_DMA_TRANSACTION_DMA_TRANSFER_COMPLETE *PFN_WDF_DMA_TRANSACTION_DMA_TRANSFER_COMPLETE;

typedef _Function_class_(EVT_WDF_RESERVE_DMA)
VOID EVT_WDF_RESERVE_DMA(_In_ WDFDMATRANSACTION DmaTransaction, _In_ PVOID Context);
typedef EVT_WDF_RESERVE_DMA *PFN_WDF_RESERVE_DMA;

//
// WDF Function: WdfDmaTransactionCreate
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFDMATRANSACTIONCREATE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDMAENABLER DmaEnabler,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _Out_ WDFDMATRANSACTION* DmaTransaction
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfDmaTransactionCreate(
    _In_ WDFDMAENABLER DmaEnabler,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _Out_ WDFDMATRANSACTION* DmaTransaction
    )
{
    return ((PFN_WDFDMATRANSACTIONCREATE) WdfFunctions[WdfDmaTransactionCreateTableIndex])(WdfDriverGlobals, DmaEnabler, Attributes, DmaTransaction);
}

//
// WDF Function: WdfDmaTransactionInitialize
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFDMATRANSACTIONINITIALIZE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDMATRANSACTION DmaTransaction,
    _In_ PFN_WDF_PROGRAM_DMA EvtProgramDmaFunction,
    _In_ WDF_DMA_DIRECTION DmaDirection,
    _In_ PMDL Mdl,
    _In_ PVOID VirtualAddress,
    _In_ size_t Length
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfDmaTransactionInitialize(
    _In_ WDFDMATRANSACTION DmaTransaction,
    _In_ PFN_WDF_PROGRAM_DMA EvtProgramDmaFunction,
    _In_ WDF_DMA_DIRECTION DmaDirection,
    _In_ PMDL Mdl,
    _In_ PVOID VirtualAddress,
    _In_ size_t Length
    )
{
    return ((PFN_WDFDMATRANSACTIONINITIALIZE) WdfFunctions[WdfDmaTransactionInitializeTableIndex])(WdfDriverGlobals, DmaTransaction, EvtProgramDmaFunction, DmaDirection, Mdl, VirtualAddress, Length);
}

//
// WDF Function: WdfDmaTransactionInitializeUsingRequest
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFDMATRANSACTIONINITIALIZEUSINGREQUEST)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDMATRANSACTION DmaTransaction,
    _In_ WDFREQUEST Request,
    _In_ PFN_WDF_PROGRAM_DMA EvtProgramDmaFunction,
    _In_ WDF_DMA_DIRECTION DmaDirection
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfDmaTransactionInitializeUsingRequest(
    _In_ WDFDMATRANSACTION DmaTransaction,
    _In_ WDFREQUEST Request,
    _In_ PFN_WDF_PROGRAM_DMA EvtProgramDmaFunction,
    _In_ WDF_DMA_DIRECTION DmaDirection
    )
{
    return ((PFN_WDFDMATRANSACTIONINITIALIZEUSINGREQUEST) WdfFunctions[WdfDmaTransactionInitializeUsingRequestTableIndex])(WdfDriverGlobals, DmaTransaction, Request, EvtProgramDmaFunction, DmaDirection);
}

//
// WDF Function: WdfDmaTransactionExecute
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFDMATRANSACTIONEXECUTE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDMATRANSACTION DmaTransaction,
    _In_opt_ WDFCONTEXT Context
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfDmaTransactionExecute(
    _In_ WDFDMATRANSACTION DmaTransaction,
    _In_opt_ WDFCONTEXT Context
    )
{
    return ((PFN_WDFDMATRANSACTIONEXECUTE) WdfFunctions[WdfDmaTransactionExecuteTableIndex])(WdfDriverGlobals, DmaTransaction, Context);
}

//
// WDF Function: WdfDmaTransactionRelease
//
typedef
NTSTATUS
(NTAPI *PFN_WDFDMATRANSACTIONRELEASE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDMATRANSACTION DmaTransaction
    );

FORCEINLINE
NTSTATUS
WdfDmaTransactionRelease(
    _In_ WDFDMATRANSACTION DmaTransaction
    )
{
    return ((PFN_WDFDMATRANSACTIONRELEASE) WdfFunctions[WdfDmaTransactionReleaseTableIndex])(WdfDriverGlobals, DmaTransaction);
}

//
// WDF Function: WdfDmaTransactionDmaCompleted
//
typedef
BOOLEAN
(NTAPI *PFN_WDFDMATRANSACTIONDMACOMPLETED)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDMATRANSACTION DmaTransaction,
    _Out_ NTSTATUS* Status
    );

FORCEINLINE
BOOLEAN
WdfDmaTransactionDmaCompleted(
    _In_ WDFDMATRANSACTION DmaTransaction,
    _Out_ NTSTATUS* Status
    )
{
    return ((PFN_WDFDMATRANSACTIONDMACOMPLETED) WdfFunctions[WdfDmaTransactionDmaCompletedTableIndex])(WdfDriverGlobals, DmaTransaction, Status);
}

//
// WDF Function: WdfDmaTransactionDmaCompletedWithLength
//
typedef
BOOLEAN
(NTAPI *PFN_WDFDMATRANSACTIONDMACOMPLETEDWITHLENGTH)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDMATRANSACTION DmaTransaction,
    _In_ size_t TransferredLength,
    _Out_ NTSTATUS* Status
    );

FORCEINLINE
BOOLEAN
WdfDmaTransactionDmaCompletedWithLength(
    _In_ WDFDMATRANSACTION DmaTransaction,
    _In_ size_t TransferredLength,
    _Out_ NTSTATUS* Status
    )
{
    return ((PFN_WDFDMATRANSACTIONDMACOMPLETEDWITHLENGTH) WdfFunctions[WdfDmaTransactionDmaCompletedWithLengthTableIndex])(WdfDriverGlobals, DmaTransaction, TransferredLength, Status);
}

//
// WDF Function: WdfDmaTransactionDmaCompletedFinal
//
typedef
BOOLEAN
(NTAPI *PFN_WDFDMATRANSACTIONDMACOMPLETEDFINAL)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDMATRANSACTION DmaTransaction,
    _In_ size_t FinalTransferredLength,
    _Out_ NTSTATUS* Status
    );

FORCEINLINE
BOOLEAN
WdfDmaTransactionDmaCompletedFinal(
    _In_ WDFDMATRANSACTION DmaTransaction,
    _In_ size_t FinalTransferredLength,
    _Out_ NTSTATUS* Status
    )
{
    return ((PFN_WDFDMATRANSACTIONDMACOMPLETEDFINAL) WdfFunctions[WdfDmaTransactionDmaCompletedFinalTableIndex])(WdfDriverGlobals, DmaTransaction, FinalTransferredLength, Status);
}

//
// WDF Function: WdfDmaTransactionGetBytesTransferred
//
typedef
size_t
(NTAPI *PFN_WDFDMATRANSACTIONGETBYTESTRANSFERRED)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDMATRANSACTION DmaTransaction
    );

FORCEINLINE
size_t
WdfDmaTransactionGetBytesTransferred(
    _In_ WDFDMATRANSACTION DmaTransaction
    )
{
    return ((PFN_WDFDMATRANSACTIONGETBYTESTRANSFERRED) WdfFunctions[WdfDmaTransactionGetBytesTransferredTableIndex])(WdfDriverGlobals, DmaTransaction);
}

//
// WDF Function: WdfDmaTransactionSetMaximumLength
//
typedef
VOID
(NTAPI *PFN_WDFDMATRANSACTIONSETMAXIMUMLENGTH)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDMATRANSACTION DmaTransaction,
    _In_ size_t MaximumLength
    );

FORCEINLINE
VOID
WdfDmaTransactionSetMaximumLength(
    _In_ WDFDMATRANSACTION DmaTransaction,
    _In_ size_t MaximumLength
    )
{
    ((PFN_WDFDMATRANSACTIONSETMAXIMUMLENGTH) WdfFunctions[WdfDmaTransactionSetMaximumLengthTableIndex])(WdfDriverGlobals, DmaTransaction, MaximumLength);
}

//
// WDF Function: WdfDmaTransactionGetRequest
//
typedef
WDFREQUEST
(NTAPI *PFN_WDFDMATRANSACTIONGETREQUEST)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDMATRANSACTION DmaTransaction
    );

FORCEINLINE
WDFREQUEST
WdfDmaTransactionGetRequest(
    _In_ WDFDMATRANSACTION DmaTransaction
    )
{
    return ((PFN_WDFDMATRANSACTIONGETREQUEST) WdfFunctions[WdfDmaTransactionGetRequestTableIndex])(WdfDriverGlobals, DmaTransaction);
}

//
// WDF Function: WdfDmaTransactionGetCurrentDmaTransferLength
//
typedef
size_t
(NTAPI *PFN_WDFDMATRANSACTIONGETCURRENTDMATRANSFERLENGTH)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDMATRANSACTION DmaTransaction
    );

FORCEINLINE
size_t
WdfDmaTransactionGetCurrentDmaTransferLength(
    _In_ WDFDMATRANSACTION DmaTransaction
    )
{
    return ((PFN_WDFDMATRANSACTIONGETCURRENTDMATRANSFERLENGTH) WdfFunctions[WdfDmaTransactionGetCurrentDmaTransferLengthTableIndex])(WdfDriverGlobals, DmaTransaction);
}

//
// WDF Function: WdfDmaTransactionGetDevice
//
typedef
WDFDEVICE
(NTAPI *PFN_WDFDMATRANSACTIONGETDEVICE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDMATRANSACTION DmaTransaction
    );

FORCEINLINE
WDFDEVICE
WdfDmaTransactionGetDevice(
    _In_ WDFDMATRANSACTION DmaTransaction
    )
{
    return ((PFN_WDFDMATRANSACTIONGETDEVICE) WdfFunctions[WdfDmaTransactionGetDeviceTableIndex])(WdfDriverGlobals, DmaTransaction);
}

//
// WDF Function: WdfDmaTransactionInitializeUsingOffset
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFDMATRANSACTIONINITIALIZEUSINGOFFSET)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDMATRANSACTION DmaTransaction,
    _In_ PFN_WDF_PROGRAM_DMA EvtProgramDmaFunction,
    _In_ WDF_DMA_DIRECTION DmaDirection,
    _In_ PMDL Mdl,
    _In_ size_t Offset,
    _In_ size_t Length
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfDmaTransactionInitializeUsingOffset(
    _In_ WDFDMATRANSACTION DmaTransaction,
    _In_ PFN_WDF_PROGRAM_DMA EvtProgramDmaFunction,
    _In_ WDF_DMA_DIRECTION DmaDirection,
    _In_ PMDL Mdl,
    _In_ size_t Offset,
    _In_ size_t Length
    )
{
    return ((PFN_WDFDMATRANSACTIONINITIALIZEUSINGOFFSET) WdfFunctions[WdfDmaTransactionInitializeUsingOffsetTableIndex])(WdfDriverGlobals, DmaTransaction, EvtProgramDmaFunction, DmaDirection, Mdl, Offset, Length);
}

//
// WDF Function: WdfDmaTransactionGetTransferInfo
//
typedef
VOID
(NTAPI *PFN_WDFDMATRANSACTIONGETTRANSFERINFO)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDMATRANSACTION DmaTransaction,
    _Out_opt_ ULONG* MapRegisterCount,
    _Out_opt_ ULONG* ScatterGatherElementCount
    );

FORCEINLINE
VOID
WdfDmaTransactionGetTransferInfo(
    _In_ WDFDMATRANSACTION DmaTransaction,
    _Out_opt_ ULONG* MapRegisterCount,
    _Out_opt_ ULONG* ScatterGatherElementCount
    )
{
    ((PFN_WDFDMATRANSACTIONGETTRANSFERINFO) WdfFunctions[WdfDmaTransactionGetTransferInfoTableIndex])(WdfDriverGlobals, DmaTransaction, MapRegisterCount, ScatterGatherElementCount);
}

//
// WDF Function: WdfDmaTransactionSetChannelConfigurationCallback
//
typedef
VOID
(NTAPI *PFN_WDFDMATRANSACTIONSETCHANNELCONFIGURATIONCALLBACK)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDMATRANSACTION DmaTransaction,
    _In_opt_ PFN_WDF_DMA_TRANSACTION_CONFIGURE_DMA_CHANNEL ConfigureRoutine,
    _In_opt_ PVOID ConfigureContext
    );

FORCEINLINE
VOID
WdfDmaTransactionSetChannelConfigurationCallback(
    _In_ WDFDMATRANSACTION DmaTransaction,
    _In_opt_ PFN_WDF_DMA_TRANSACTION_CONFIGURE_DMA_CHANNEL ConfigureRoutine,
    _In_opt_ PVOID ConfigureContext
    )
{
    ((PFN_WDFDMATRANSACTIONSETCHANNELCONFIGURATIONCALLBACK) WdfFunctions[WdfDmaTransactionSetChannelConfigurationCallbackTableIndex])(WdfDriverGlobals, DmaTransaction, ConfigureRoutine, ConfigureContext);
}

//
// WDF Function: WdfDmaTransactionSetTransferCompleteCallback
//
typedef
VOID
(NTAPI *PFN_WDFDMATRANSACTIONSETTRANSFERCOMPLETECALLBACK)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDMATRANSACTION DmaTransaction,
    _In_opt_ PFN_WDF_DMA_TRANSACTION_DMA_TRANSFER_COMPLETE DmaCompletionRoutine,
    _In_opt_ PVOID DmaCompletionContext
    );

FORCEINLINE
VOID
WdfDmaTransactionSetTransferCompleteCallback(
    _In_ WDFDMATRANSACTION DmaTransaction,
    _In_opt_ PFN_WDF_DMA_TRANSACTION_DMA_TRANSFER_COMPLETE DmaCompletionRoutine,
    _In_opt_ PVOID DmaCompletionContext
    )
{
    ((PFN_WDFDMATRANSACTIONSETTRANSFERCOMPLETECALLBACK) WdfFunctions[WdfDmaTransactionSetTransferCompleteCallbackTableIndex])(WdfDriverGlobals, DmaTransaction, DmaCompletionRoutine, DmaCompletionContext);
}

//
// WDF Function: WdfDmaTransactionSetImmediateExecution
//
typedef
VOID
(NTAPI *PFN_WDFDMATRANSACTIONSETIMMEDIATEEXECUTION)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDMATRANSACTION DmaTransaction,
    _In_ BOOLEAN UseImmediateExecution
    );

FORCEINLINE
VOID
WdfDmaTransactionSetImmediateExecution(
    _In_ WDFDMATRANSACTION DmaTransaction,
    _In_ BOOLEAN UseImmediateExecution
    )
{
    ((PFN_WDFDMATRANSACTIONSETIMMEDIATEEXECUTION) WdfFunctions[WdfDmaTransactionSetImmediateExecutionTableIndex])(WdfDriverGlobals, DmaTransaction, UseImmediateExecution);
}

//
// WDF Function: WdfDmaTransactionAllocateResources
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFDMATRANSACTIONALLOCATERESOURCES)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDMATRANSACTION DmaTransaction,
    _In_ WDF_DMA_DIRECTION DmaDirection,
    _In_ ULONG RequiredMapRegisters,
    _In_ PFN_WDF_RESERVE_DMA EvtReserveDmaFunction,
    _In_ PVOID EvtReserveDmaContext
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfDmaTransactionAllocateResources(
    _In_ WDFDMATRANSACTION DmaTransaction,
    _In_ WDF_DMA_DIRECTION DmaDirection,
    _In_ ULONG RequiredMapRegisters,
    _In_ PFN_WDF_RESERVE_DMA EvtReserveDmaFunction,
    _In_ PVOID EvtReserveDmaContext
    )
{
    return ((PFN_WDFDMATRANSACTIONALLOCATERESOURCES) WdfFunctions[WdfDmaTransactionAllocateResourcesTableIndex])(WdfDriverGlobals, DmaTransaction, DmaDirection, RequiredMapRegisters, EvtReserveDmaFunction, EvtReserveDmaContext);
}

//
// WDF Function: WdfDmaTransactionSetDeviceAddressOffset
//
typedef
VOID
(NTAPI *PFN_WDFDMATRANSACTIONSETDEVICEADDRESSOFFSET)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDMATRANSACTION DmaTransaction,
    _In_ ULONG Offset
    );

FORCEINLINE
VOID
WdfDmaTransactionSetDeviceAddressOffset(
    _In_ WDFDMATRANSACTION DmaTransaction,
    _In_ ULONG Offset
    )
{
    ((PFN_WDFDMATRANSACTIONSETDEVICEADDRESSOFFSET) WdfFunctions[WdfDmaTransactionSetDeviceAddressOffsetTableIndex])(WdfDriverGlobals, DmaTransaction, Offset);
}

//
// WDF Function: WdfDmaTransactionFreeResources
//
typedef
VOID
(NTAPI *PFN_WDFDMATRANSACTIONFREERESOURCES)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDMATRANSACTION DmaTransaction
    );

FORCEINLINE
VOID
WdfDmaTransactionFreeResources(
    _In_ WDFDMATRANSACTION DmaTransaction
    )
{
    ((PFN_WDFDMATRANSACTIONFREERESOURCES) WdfFunctions[WdfDmaTransactionFreeResourcesTableIndex])(WdfDriverGlobals, DmaTransaction);
}

//
// WDF Function: WdfDmaTransactionCancel
//
typedef
BOOLEAN
(NTAPI *PFN_WDFDMATRANSACTIONCANCEL)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDMATRANSACTION DmaTransaction
    );

FORCEINLINE
BOOLEAN
WdfDmaTransactionCancel(
    _In_ WDFDMATRANSACTION DmaTransaction
    )
{
    return ((PFN_WDFDMATRANSACTIONCANCEL) WdfFunctions[WdfDmaTransactionCancelTableIndex])(WdfDriverGlobals, DmaTransaction);
}

//
// WDF Function: WdfDmaTransactionWdmGetTransferContext
//
typedef
PVOID
(NTAPI *PFN_WDFDMATRANSACTIONWDMGETTRANSFERCONTEXT)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDMATRANSACTION DmaTransaction
    );

FORCEINLINE
PVOID
WdfDmaTransactionWdmGetTransferContext(
    _In_ WDFDMATRANSACTION DmaTransaction
    )
{
    return ((PFN_WDFDMATRANSACTIONWDMGETTRANSFERCONTEXT) WdfFunctions[WdfDmaTransactionWdmGetTransferContextTableIndex])(WdfDriverGlobals, DmaTransaction);
}

//
// WDF Function: WdfDmaTransactionStopSystemTransfer
//
typedef
VOID
(NTAPI *PFN_WDFDMATRANSACTIONSTOPSYSTEMTRANSFER)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDMATRANSACTION DmaTransaction
    );

FORCEINLINE
VOID
WdfDmaTransactionStopSystemTransfer(
    _In_ WDFDMATRANSACTION DmaTransaction
    )
{
    ((PFN_WDFDMATRANSACTIONSTOPSYSTEMTRANSFER) WdfFunctions[WdfDmaTransactionStopSystemTransferTableIndex])(WdfDriverGlobals, DmaTransaction);
}

//
// WDF Function: WdfDmaTransactionSetSingleTransferRequirement
//
typedef
VOID
(NTAPI *PFN_WDFDMATRANSACTIONSETSINGLETRANSFERREQUIREMENT)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDMATRANSACTION DmaTransaction
    );

FORCEINLINE
VOID
WdfDmaTransactionSetSingleTransferRequirement(
    _In_ WDFDMATRANSACTION DmaTransaction
    )
{
    ((PFN_WDFDMATRANSACTIONSETSINGLETRANSFERREQUIREMENT) WdfFunctions[WdfDmaTransactionSetSingleTransferRequirementTableIndex])(WdfDriverGlobals, DmaTransaction);
}

WDF_EXTERN_C_END
