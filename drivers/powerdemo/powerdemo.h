/*
 * powerdemo.h — the powerdemo sample: a function driver that registers every PnP and
 * power callback KMDF offers a function driver without hardware, logs each call
 * ("powerdemo: EvtDeviceD0Exit(WdfPowerDeviceD3)"), is its device's power policy owner
 * with an S0 idle timeout (armed for wake from S0, and from system sleep, when its bus says
 * the device can wake), and serves reads (power-managed queue: a read powers an
 * idle device up) and one IOCTL that changes the idle timeout.
 */
#ifndef POWERDEMO_H
#define POWERDEMO_H

#include <ntddk.h>
#include <wdf.h>

#include "public.h"

/* The idle timeout the device starts with (milliseconds). */
#define POWERDEMO_DEFAULT_IDLE_MS 3000

DRIVER_INITIALIZE DriverEntry;
EVT_WDF_DRIVER_DEVICE_ADD PowerDemoEvtDeviceAdd;
EVT_WDF_IO_QUEUE_IO_READ PowerDemoEvtIoRead;
EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL PowerDemoEvtIoDeviceControl;

/* WdfDeviceAssignS0IdleSettings(IdleCanWakeFromS0 if the bus allows, else
   IdleCannotWakeFromS0; D3; TimeoutMs; 0 = disabled). */
NTSTATUS PowerDemoSetIdle(WDFDEVICE Device, ULONG TimeoutMs);

#endif
