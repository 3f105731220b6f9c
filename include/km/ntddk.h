/* ntddk.h - wdm.h plus the ntddk-only declarations drivers commonly use. */
#ifndef OPENKMDF_NTDDK_H
#define OPENKMDF_NTDDK_H

#include <wdm.h>

EXTERN_C_START

NTKERNELAPI NTSTATUS NTAPI IoReportDetectedDevice(PDRIVER_OBJECT DriverObject, INTERFACE_TYPE LegacyBusType,
                                                  ULONG BusNumber, ULONG SlotNumber,
                                                  PCM_RESOURCE_LIST ResourceList,
                                                  PIO_RESOURCE_REQUIREMENTS_LIST ResourceRequirements,
                                                  BOOLEAN ResourceAssigned,
                                                  PDEVICE_OBJECT *DeviceObject);
NTKERNELAPI PDEVICE_OBJECT NTAPI IoGetDeviceToVerify(PETHREAD Thread);
NTKERNELAPI VOID NTAPI IoSetHardErrorOrVerifyDevice(PIRP Irp, PDEVICE_OBJECT DeviceObject);
NTKERNELAPI NTSTATUS NTAPI ZwQuerySystemInformation(ULONG SystemInformationClass, PVOID SystemInformation,
                                                    ULONG SystemInformationLength, PULONG ReturnLength);

EXTERN_C_END

#endif /* OPENKMDF_NTDDK_H */
