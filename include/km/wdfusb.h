/* KMDF 1.33: USB targets (devices, interfaces, pipes). Drivers include this after wdf.h
 * (and usb.h/usbdlib.h where they exist). */
#pragma once

#include "wdf.h"

#if defined(__has_include)
#if __has_include(<usb.h>)
#include <usb.h>
#define WDFUSB_HAVE_USB_H 1
#endif
#endif

#ifndef WDFUSB_HAVE_USB_H
/* The USB stack headers are not part of this tree yet: the handle and status types are
 * the documented scalars, the descriptors and URB are opaque (drivers use them through
 * pointers). */
typedef PVOID USBD_PIPE_HANDLE;
typedef PVOID USBD_CONFIGURATION_HANDLE;
typedef LONG USBD_STATUS;
typedef struct _USBD_VERSION_INFORMATION {
    ULONG USBDI_Version;
    ULONG Supported_USB_Version;
} USBD_VERSION_INFORMATION, *PUSBD_VERSION_INFORMATION;
typedef struct _USB_DEVICE_DESCRIPTOR USB_DEVICE_DESCRIPTOR, *PUSB_DEVICE_DESCRIPTOR;
typedef struct _USB_CONFIGURATION_DESCRIPTOR USB_CONFIGURATION_DESCRIPTOR, *PUSB_CONFIGURATION_DESCRIPTOR;
typedef struct _USB_INTERFACE_DESCRIPTOR USB_INTERFACE_DESCRIPTOR, *PUSB_INTERFACE_DESCRIPTOR;
typedef struct _URB URB, *PURB;
#endif

WDF_EXTERN_C_START

typedef enum _WDF_USB_REQUEST_TYPE {
    WdfUsbRequestTypeInvalid = 0,
    WdfUsbRequestTypeNoFormat,
    WdfUsbRequestTypeDeviceString,
    WdfUsbRequestTypeDeviceControlTransfer,
    WdfUsbRequestTypeDeviceUrb,
    WdfUsbRequestTypePipeWrite,
    WdfUsbRequestTypePipeRead,
    WdfUsbRequestTypePipeAbort,
    WdfUsbRequestTypePipeReset,
    WdfUsbRequestTypePipeUrb,
} WDF_USB_REQUEST_TYPE, *PWDF_USB_REQUEST_TYPE;

typedef enum _WDF_USB_BMREQUEST_DIRECTION {
    BmRequestHostToDevice = 0,
    BmRequestDeviceToHost = 1,
} WDF_USB_BMREQUEST_DIRECTION;

typedef enum _WDF_USB_BMREQUEST_TYPE {
    BmRequestStandard = 0,
    BmRequestClass = 1,
    BmRequestVendor = 2,
} WDF_USB_BMREQUEST_TYPE;

typedef enum _WDF_USB_BMREQUEST_RECIPIENT {
    BmRequestToDevice = 0,
    BmRequestToInterface = 1,
    BmRequestToEndpoint = 2,
    BmRequestToOther = 3,
} WDF_USB_BMREQUEST_RECIPIENT;

typedef enum _WDF_USB_PIPE_TYPE {
    WdfUsbPipeTypeInvalid = 0,
    WdfUsbPipeTypeControl,
    WdfUsbPipeTypeIsochronous,
    WdfUsbPipeTypeBulk,
    WdfUsbPipeTypeInterrupt,
} WDF_USB_PIPE_TYPE;

typedef enum _WDF_USB_DEVICE_TRAITS {
    WDF_USB_DEVICE_TRAIT_SELF_POWERED = 0x00000001,
    WDF_USB_DEVICE_TRAIT_REMOTE_WAKE_CAPABLE = 0x00000002,
    WDF_USB_DEVICE_TRAIT_AT_HIGH_SPEED = 0x00000004,
} WDF_USB_DEVICE_TRAITS;

typedef enum _WdfUsbTargetDeviceSelectConfigType {
    WdfUsbTargetDeviceSelectConfigTypeInvalid = 0,
    WdfUsbTargetDeviceSelectConfigTypeDeconfig = 1,
    WdfUsbTargetDeviceSelectConfigTypeSingleInterface = 2,
    WdfUsbTargetDeviceSelectConfigTypeMultiInterface = 3,
    WdfUsbTargetDeviceSelectConfigTypeInterfacesPairs = 4,
    WdfUsbTargetDeviceSelectConfigTypeInterfacesDescriptor = 5,
    WdfUsbTargetDeviceSelectConfigTypeUrb = 6,
} WdfUsbTargetDeviceSelectConfigType;

typedef enum _WdfUsbTargetDeviceSelectSettingType {
    WdfUsbInterfaceSelectSettingTypeDescriptor = 0x10,
    WdfUsbInterfaceSelectSettingTypeSetting = 0x11,
    WdfUsbInterfaceSelectSettingTypeUrb = 0x12,
} WdfUsbTargetDeviceSelectSettingType;

typedef union _WDF_USB_CONTROL_SETUP_PACKET {
    struct {
        union {
            struct {
                UCHAR Recipient : 2;
                UCHAR Reserved : 3;
                UCHAR Type : 2;
                UCHAR Dir : 1;
            } Request;
            UCHAR Byte;
        } bm;
        UCHAR bRequest;
        union {
            struct {
                UCHAR LowByte;
                UCHAR HiByte;
            } Bytes;
            USHORT Value;
        } wValue;
        union {
            struct {
                UCHAR LowByte;
                UCHAR HiByte;
            } Bytes;
            USHORT Value;
        } wIndex;
        USHORT wLength;
    } Packet;
    struct {
        UCHAR Bytes[8];
    } Generic;
} WDF_USB_CONTROL_SETUP_PACKET, *PWDF_USB_CONTROL_SETUP_PACKET;

FORCEINLINE VOID WDF_USB_CONTROL_SETUP_PACKET_INIT(_Out_ PWDF_USB_CONTROL_SETUP_PACKET Packet,
                                                   _In_ WDF_USB_BMREQUEST_DIRECTION Direction,
                                                   _In_ WDF_USB_BMREQUEST_RECIPIENT Recipient,
                                                   _In_ UCHAR Request, _In_ USHORT Value, _In_ USHORT Index)
{
    RtlZeroMemory(Packet, sizeof(WDF_USB_CONTROL_SETUP_PACKET));
    Packet->Packet.bm.Request.Dir = (UCHAR) Direction;
    Packet->Packet.bm.Request.Type = (UCHAR) BmRequestStandard;
    Packet->Packet.bm.Request.Recipient = (UCHAR) Recipient;
    Packet->Packet.bRequest = Request;
    Packet->Packet.wValue.Value = Value;
    Packet->Packet.wIndex.Value = Index;
}

FORCEINLINE VOID WDF_USB_CONTROL_SETUP_PACKET_INIT_CLASS(_Out_ PWDF_USB_CONTROL_SETUP_PACKET Packet,
                                                         _In_ WDF_USB_BMREQUEST_DIRECTION Direction,
                                                         _In_ WDF_USB_BMREQUEST_RECIPIENT Recipient,
                                                         _In_ UCHAR Request, _In_ USHORT Value, _In_ USHORT Index)
{
    RtlZeroMemory(Packet, sizeof(WDF_USB_CONTROL_SETUP_PACKET));
    Packet->Packet.bm.Request.Dir = (UCHAR) Direction;
    Packet->Packet.bm.Request.Type = (UCHAR) BmRequestClass;
    Packet->Packet.bm.Request.Recipient = (UCHAR) Recipient;
    Packet->Packet.bRequest = Request;
    Packet->Packet.wValue.Value = Value;
    Packet->Packet.wIndex.Value = Index;
}

FORCEINLINE VOID WDF_USB_CONTROL_SETUP_PACKET_INIT_VENDOR(_Out_ PWDF_USB_CONTROL_SETUP_PACKET Packet,
                                                          _In_ WDF_USB_BMREQUEST_DIRECTION Direction,
                                                          _In_ WDF_USB_BMREQUEST_RECIPIENT Recipient,
                                                          _In_ UCHAR Request, _In_ USHORT Value, _In_ USHORT Index)
{
    RtlZeroMemory(Packet, sizeof(WDF_USB_CONTROL_SETUP_PACKET));
    Packet->Packet.bm.Request.Dir = (UCHAR) Direction;
    Packet->Packet.bm.Request.Type = (UCHAR) BmRequestVendor;
    Packet->Packet.bm.Request.Recipient = (UCHAR) Recipient;
    Packet->Packet.bRequest = Request;
    Packet->Packet.wValue.Value = Value;
    Packet->Packet.wIndex.Value = Index;
}

typedef struct _WDF_USB_REQUEST_COMPLETION_PARAMS {
    USBD_STATUS UsbdStatus;
    WDF_USB_REQUEST_TYPE Type;
    union {
        struct {
            WDFMEMORY Buffer;
            USHORT LangID;
            UCHAR StringIndex;
            /* Bytes needed when the buffer was too small. */
            UCHAR RequiredSize;
        } DeviceString;
        struct {
            WDFMEMORY Buffer;
            WDF_USB_CONTROL_SETUP_PACKET SetupPacket;
            ULONG Length;
        } DeviceControlTransfer;
        struct {
            WDFMEMORY Buffer;
        } DeviceUrb;
        struct {
            WDFMEMORY Buffer;
            size_t Length;
            size_t Offset;
        } PipeWrite;
        struct {
            WDFMEMORY Buffer;
            size_t Length;
            size_t Offset;
        } PipeRead;
        struct {
            WDFMEMORY Buffer;
        } PipeUrb;
    } Parameters;
} WDF_USB_REQUEST_COMPLETION_PARAMS, *PWDF_USB_REQUEST_COMPLETION_PARAMS;

typedef _Function_class_(EVT_WDF_USB_READER_COMPLETION_ROUTINE)
VOID EVT_WDF_USB_READER_COMPLETION_ROUTINE(_In_ WDFUSBPIPE Pipe, _In_ WDFMEMORY Buffer,
                                           _In_ size_t NumBytesTransferred, _In_ WDFCONTEXT Context);
typedef EVT_WDF_USB_READER_COMPLETION_ROUTINE *PFN_WDF_USB_READER_COMPLETION_ROUTINE;

typedef _Function_class_(EVT_WDF_USB_READERS_FAILED)
BOOLEAN EVT_WDF_USB_READERS_FAILED(_In_ WDFUSBPIPE Pipe, _In_ NTSTATUS Status, _In_ USBD_STATUS UsbdStatus);
typedef EVT_WDF_USB_READERS_FAILED *PFN_WDF_USB_READERS_FAILED;

typedef struct _WDF_USB_CONTINUOUS_READER_CONFIG {
    ULONG Size;
    size_t TransferLength;
    size_t HeaderLength;
    size_t TrailerLength;
    UCHAR NumPendingReads;
    PWDF_OBJECT_ATTRIBUTES BufferAttributes;
    PFN_WDF_USB_READER_COMPLETION_ROUTINE EvtUsbTargetPipeReadComplete;
    WDFCONTEXT EvtUsbTargetPipeReadCompleteContext;
    PFN_WDF_USB_READERS_FAILED EvtUsbTargetPipeReadersFailed;
} WDF_USB_CONTINUOUS_READER_CONFIG, *PWDF_USB_CONTINUOUS_READER_CONFIG;

FORCEINLINE VOID WDF_USB_CONTINUOUS_READER_CONFIG_INIT(
    _Out_ PWDF_USB_CONTINUOUS_READER_CONFIG Config,
    _In_ PFN_WDF_USB_READER_COMPLETION_ROUTINE EvtUsbTargetPipeReadComplete,
    _In_ WDFCONTEXT EvtUsbTargetPipeReadCompleteContext, _In_ size_t TransferLength)
{
    RtlZeroMemory(Config, sizeof(WDF_USB_CONTINUOUS_READER_CONFIG));
    Config->Size = sizeof(WDF_USB_CONTINUOUS_READER_CONFIG);
    Config->TransferLength = TransferLength;
    Config->EvtUsbTargetPipeReadComplete = EvtUsbTargetPipeReadComplete;
    Config->EvtUsbTargetPipeReadCompleteContext = EvtUsbTargetPipeReadCompleteContext;
}

typedef struct _WDF_USB_DEVICE_INFORMATION {
    ULONG Size;
    USBD_VERSION_INFORMATION UsbdVersionInformation;
    ULONG HcdPortCapabilities;
    /* WDF_USB_DEVICE_TRAITS values. */
    ULONG Traits;
} WDF_USB_DEVICE_INFORMATION, *PWDF_USB_DEVICE_INFORMATION;

FORCEINLINE VOID WDF_USB_DEVICE_INFORMATION_INIT(_Out_ PWDF_USB_DEVICE_INFORMATION Udi)
{
    RtlZeroMemory(Udi, sizeof(WDF_USB_DEVICE_INFORMATION));
    Udi->Size = sizeof(WDF_USB_DEVICE_INFORMATION);
}

typedef struct _WDF_USB_INTERFACE_SETTING_PAIR {
    WDFUSBINTERFACE UsbInterface;
    UCHAR SettingIndex;
} WDF_USB_INTERFACE_SETTING_PAIR, *PWDF_USB_INTERFACE_SETTING_PAIR;

typedef struct _WDF_USB_DEVICE_SELECT_CONFIG_PARAMS {
    ULONG Size;
    WdfUsbTargetDeviceSelectConfigType Type;
    union {
        struct {
            PUSB_CONFIGURATION_DESCRIPTOR ConfigurationDescriptor;
            PUSB_INTERFACE_DESCRIPTOR *InterfaceDescriptors;
            ULONG NumInterfaceDescriptors;
        } Descriptor;
        struct {
            PURB Urb;
        } Urb;
        struct {
            UCHAR NumberConfiguredPipes;
            WDFUSBINTERFACE ConfiguredUsbInterface;
        } SingleInterface;
        struct {
            UCHAR NumberInterfaces;
            PWDF_USB_INTERFACE_SETTING_PAIR Pairs;
            UCHAR NumberOfConfiguredInterfaces;
        } MultiInterface;
    } Types;
} WDF_USB_DEVICE_SELECT_CONFIG_PARAMS, *PWDF_USB_DEVICE_SELECT_CONFIG_PARAMS;

FORCEINLINE VOID WDF_USB_DEVICE_SELECT_CONFIG_PARAMS_INIT_SINGLE_INTERFACE(
    _Out_ PWDF_USB_DEVICE_SELECT_CONFIG_PARAMS Params)
{
    RtlZeroMemory(Params, sizeof(WDF_USB_DEVICE_SELECT_CONFIG_PARAMS));
    Params->Size = sizeof(WDF_USB_DEVICE_SELECT_CONFIG_PARAMS);
    Params->Type = WdfUsbTargetDeviceSelectConfigTypeSingleInterface;
}

FORCEINLINE VOID WDF_USB_DEVICE_SELECT_CONFIG_PARAMS_INIT_MULTIPLE_INTERFACES(
    _Out_ PWDF_USB_DEVICE_SELECT_CONFIG_PARAMS Params, _In_opt_ UCHAR NumberInterfaces,
    _In_opt_ PWDF_USB_INTERFACE_SETTING_PAIR SettingPairs)
{
    RtlZeroMemory(Params, sizeof(WDF_USB_DEVICE_SELECT_CONFIG_PARAMS));
    Params->Size = sizeof(WDF_USB_DEVICE_SELECT_CONFIG_PARAMS);
    if (SettingPairs != NULL && NumberInterfaces != 0) {
        Params->Type = WdfUsbTargetDeviceSelectConfigTypeInterfacesPairs;
        Params->Types.MultiInterface.NumberInterfaces = NumberInterfaces;
        Params->Types.MultiInterface.Pairs = SettingPairs;
    } else {
        Params->Type = WdfUsbTargetDeviceSelectConfigTypeMultiInterface;
    }
}

FORCEINLINE VOID WDF_USB_DEVICE_SELECT_CONFIG_PARAMS_INIT_INTERFACES_DESCRIPTORS(
    _Out_ PWDF_USB_DEVICE_SELECT_CONFIG_PARAMS Params, _In_ PUSB_CONFIGURATION_DESCRIPTOR ConfigDescriptor,
    _In_ PUSB_INTERFACE_DESCRIPTOR *InterfaceDescriptors, _In_ ULONG NumInterfaceDescriptors)
{
    RtlZeroMemory(Params, sizeof(WDF_USB_DEVICE_SELECT_CONFIG_PARAMS));
    Params->Size = sizeof(WDF_USB_DEVICE_SELECT_CONFIG_PARAMS);
    Params->Type = WdfUsbTargetDeviceSelectConfigTypeInterfacesDescriptor;
    Params->Types.Descriptor.ConfigurationDescriptor = ConfigDescriptor;
    Params->Types.Descriptor.InterfaceDescriptors = InterfaceDescriptors;
    Params->Types.Descriptor.NumInterfaceDescriptors = NumInterfaceDescriptors;
}

FORCEINLINE VOID WDF_USB_DEVICE_SELECT_CONFIG_PARAMS_INIT_URB(_Out_ PWDF_USB_DEVICE_SELECT_CONFIG_PARAMS Params,
                                                              _In_ PURB Urb)
{
    RtlZeroMemory(Params, sizeof(WDF_USB_DEVICE_SELECT_CONFIG_PARAMS));
    Params->Size = sizeof(WDF_USB_DEVICE_SELECT_CONFIG_PARAMS);
    Params->Type = WdfUsbTargetDeviceSelectConfigTypeUrb;
    Params->Types.Urb.Urb = Urb;
}

FORCEINLINE VOID WDF_USB_DEVICE_SELECT_CONFIG_PARAMS_INIT_DECONFIG(_Out_ PWDF_USB_DEVICE_SELECT_CONFIG_PARAMS Params)
{
    RtlZeroMemory(Params, sizeof(WDF_USB_DEVICE_SELECT_CONFIG_PARAMS));
    Params->Size = sizeof(WDF_USB_DEVICE_SELECT_CONFIG_PARAMS);
    Params->Type = WdfUsbTargetDeviceSelectConfigTypeDeconfig;
}

typedef struct _WDF_USB_INTERFACE_SELECT_SETTING_PARAMS {
    ULONG Size;
    WdfUsbTargetDeviceSelectSettingType Type;
    union {
        struct {
            PUSB_INTERFACE_DESCRIPTOR InterfaceDescriptor;
        } Descriptor;
        struct {
            UCHAR SettingIndex;
        } Interface;
        struct {
            PURB Urb;
        } Urb;
    } Types;
} WDF_USB_INTERFACE_SELECT_SETTING_PARAMS, *PWDF_USB_INTERFACE_SELECT_SETTING_PARAMS;

FORCEINLINE VOID WDF_USB_INTERFACE_SELECT_SETTING_PARAMS_INIT_DESCRIPTOR(
    _Out_ PWDF_USB_INTERFACE_SELECT_SETTING_PARAMS Params, _In_ PUSB_INTERFACE_DESCRIPTOR Interface)
{
    RtlZeroMemory(Params, sizeof(WDF_USB_INTERFACE_SELECT_SETTING_PARAMS));
    Params->Size = sizeof(WDF_USB_INTERFACE_SELECT_SETTING_PARAMS);
    Params->Type = WdfUsbInterfaceSelectSettingTypeDescriptor;
    Params->Types.Descriptor.InterfaceDescriptor = Interface;
}

FORCEINLINE VOID WDF_USB_INTERFACE_SELECT_SETTING_PARAMS_INIT_URB(
    _Out_ PWDF_USB_INTERFACE_SELECT_SETTING_PARAMS Params, _In_ PURB Urb)
{
    RtlZeroMemory(Params, sizeof(WDF_USB_INTERFACE_SELECT_SETTING_PARAMS));
    Params->Size = sizeof(WDF_USB_INTERFACE_SELECT_SETTING_PARAMS);
    Params->Type = WdfUsbInterfaceSelectSettingTypeUrb;
    Params->Types.Urb.Urb = Urb;
}

FORCEINLINE VOID WDF_USB_INTERFACE_SELECT_SETTING_PARAMS_INIT_SETTING(
    _Out_ PWDF_USB_INTERFACE_SELECT_SETTING_PARAMS Params, _In_ UCHAR SettingIndex)
{
    RtlZeroMemory(Params, sizeof(WDF_USB_INTERFACE_SELECT_SETTING_PARAMS));
    Params->Size = sizeof(WDF_USB_INTERFACE_SELECT_SETTING_PARAMS);
    Params->Type = WdfUsbInterfaceSelectSettingTypeSetting;
    Params->Types.Interface.SettingIndex = SettingIndex;
}

typedef struct _WDF_USB_PIPE_INFORMATION {
    ULONG Size;
    ULONG MaximumPacketSize;
    UCHAR EndpointAddress;
    UCHAR Interval;
    UCHAR SettingIndex;
    WDF_USB_PIPE_TYPE PipeType;
    ULONG MaximumTransferSize;
} WDF_USB_PIPE_INFORMATION, *PWDF_USB_PIPE_INFORMATION;

FORCEINLINE VOID WDF_USB_PIPE_INFORMATION_INIT(_Out_ PWDF_USB_PIPE_INFORMATION Info)
{
    RtlZeroMemory(Info, sizeof(WDF_USB_PIPE_INFORMATION));
    Info->Size = sizeof(WDF_USB_PIPE_INFORMATION);
}

typedef struct _WDF_USB_DEVICE_CREATE_CONFIG {
    ULONG Size;
    ULONG USBDClientContractVersion;
} WDF_USB_DEVICE_CREATE_CONFIG, *PWDF_USB_DEVICE_CREATE_CONFIG;

FORCEINLINE VOID WDF_USB_DEVICE_CREATE_CONFIG_INIT(_Out_ PWDF_USB_DEVICE_CREATE_CONFIG Config,
                                                   _In_ ULONG USBDClientContractVersion)
{
    RtlZeroMemory(Config, sizeof(WDF_USB_DEVICE_CREATE_CONFIG));
    Config->Size = sizeof(WDF_USB_DEVICE_CREATE_CONFIG);
    Config->USBDClientContractVersion = USBDClientContractVersion;
}

//
// WDF Function: WdfUsbTargetDeviceCreate
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFUSBTARGETDEVICECREATE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDEVICE Device,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _Out_ WDFUSBDEVICE* UsbDevice
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfUsbTargetDeviceCreate(
    _In_ WDFDEVICE Device,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _Out_ WDFUSBDEVICE* UsbDevice
    )
{
    return ((PFN_WDFUSBTARGETDEVICECREATE) WdfFunctions[WdfUsbTargetDeviceCreateTableIndex])(WdfDriverGlobals, Device, Attributes, UsbDevice);
}

//
// WDF Function: WdfUsbTargetDeviceRetrieveInformation
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFUSBTARGETDEVICERETRIEVEINFORMATION)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFUSBDEVICE UsbDevice,
    _Out_ PWDF_USB_DEVICE_INFORMATION Information
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfUsbTargetDeviceRetrieveInformation(
    _In_ WDFUSBDEVICE UsbDevice,
    _Out_ PWDF_USB_DEVICE_INFORMATION Information
    )
{
    return ((PFN_WDFUSBTARGETDEVICERETRIEVEINFORMATION) WdfFunctions[WdfUsbTargetDeviceRetrieveInformationTableIndex])(WdfDriverGlobals, UsbDevice, Information);
}

//
// WDF Function: WdfUsbTargetDeviceGetDeviceDescriptor
//
typedef
VOID
(NTAPI *PFN_WDFUSBTARGETDEVICEGETDEVICEDESCRIPTOR)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFUSBDEVICE UsbDevice,
    _Out_ PUSB_DEVICE_DESCRIPTOR UsbDeviceDescriptor
    );

FORCEINLINE
VOID
WdfUsbTargetDeviceGetDeviceDescriptor(
    _In_ WDFUSBDEVICE UsbDevice,
    _Out_ PUSB_DEVICE_DESCRIPTOR UsbDeviceDescriptor
    )
{
    ((PFN_WDFUSBTARGETDEVICEGETDEVICEDESCRIPTOR) WdfFunctions[WdfUsbTargetDeviceGetDeviceDescriptorTableIndex])(WdfDriverGlobals, UsbDevice, UsbDeviceDescriptor);
}

//
// WDF Function: WdfUsbTargetDeviceRetrieveConfigDescriptor
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFUSBTARGETDEVICERETRIEVECONFIGDESCRIPTOR)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFUSBDEVICE UsbDevice,
    _Out_writes_bytes_to_opt_(*ConfigDescriptorLength, *ConfigDescriptorLength) PVOID ConfigDescriptor,
    _Inout_ PUSHORT ConfigDescriptorLength
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfUsbTargetDeviceRetrieveConfigDescriptor(
    _In_ WDFUSBDEVICE UsbDevice,
    _Out_writes_bytes_to_opt_(*ConfigDescriptorLength, *ConfigDescriptorLength) PVOID ConfigDescriptor,
    _Inout_ PUSHORT ConfigDescriptorLength
    )
{
    return ((PFN_WDFUSBTARGETDEVICERETRIEVECONFIGDESCRIPTOR) WdfFunctions[WdfUsbTargetDeviceRetrieveConfigDescriptorTableIndex])(WdfDriverGlobals, UsbDevice, ConfigDescriptor, ConfigDescriptorLength);
}

//
// WDF Function: WdfUsbTargetDeviceQueryString
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFUSBTARGETDEVICEQUERYSTRING)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFUSBDEVICE UsbDevice,
    _In_opt_ WDFREQUEST Request,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions,
    _Out_ PUSHORT String,
    _Inout_ PUSHORT NumCharacters,
    _In_ UCHAR StringIndex,
    _In_opt_ USHORT LangID
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfUsbTargetDeviceQueryString(
    _In_ WDFUSBDEVICE UsbDevice,
    _In_opt_ WDFREQUEST Request,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions,
    _Out_ PUSHORT String,
    _Inout_ PUSHORT NumCharacters,
    _In_ UCHAR StringIndex,
    _In_opt_ USHORT LangID
    )
{
    return ((PFN_WDFUSBTARGETDEVICEQUERYSTRING) WdfFunctions[WdfUsbTargetDeviceQueryStringTableIndex])(WdfDriverGlobals, UsbDevice, Request, RequestOptions, String, NumCharacters, StringIndex, LangID);
}

//
// WDF Function: WdfUsbTargetDeviceAllocAndQueryString
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFUSBTARGETDEVICEALLOCANDQUERYSTRING)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFUSBDEVICE UsbDevice,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES StringMemoryAttributes,
    _Out_ WDFMEMORY* StringMemory,
    _Out_opt_ PUSHORT NumCharacters,
    _In_ UCHAR StringIndex,
    _In_opt_ USHORT LangID
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfUsbTargetDeviceAllocAndQueryString(
    _In_ WDFUSBDEVICE UsbDevice,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES StringMemoryAttributes,
    _Out_ WDFMEMORY* StringMemory,
    _Out_opt_ PUSHORT NumCharacters,
    _In_ UCHAR StringIndex,
    _In_opt_ USHORT LangID
    )
{
    return ((PFN_WDFUSBTARGETDEVICEALLOCANDQUERYSTRING) WdfFunctions[WdfUsbTargetDeviceAllocAndQueryStringTableIndex])(WdfDriverGlobals, UsbDevice, StringMemoryAttributes, StringMemory, NumCharacters, StringIndex, LangID);
}

//
// WDF Function: WdfUsbTargetDeviceFormatRequestForString
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFUSBTARGETDEVICEFORMATREQUESTFORSTRING)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFUSBDEVICE UsbDevice,
    _In_ WDFREQUEST Request,
    _In_ WDFMEMORY Memory,
    _In_opt_ PWDFMEMORY_OFFSET Offset,
    _In_ UCHAR StringIndex,
    _In_opt_ USHORT LangID
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfUsbTargetDeviceFormatRequestForString(
    _In_ WDFUSBDEVICE UsbDevice,
    _In_ WDFREQUEST Request,
    _In_ WDFMEMORY Memory,
    _In_opt_ PWDFMEMORY_OFFSET Offset,
    _In_ UCHAR StringIndex,
    _In_opt_ USHORT LangID
    )
{
    return ((PFN_WDFUSBTARGETDEVICEFORMATREQUESTFORSTRING) WdfFunctions[WdfUsbTargetDeviceFormatRequestForStringTableIndex])(WdfDriverGlobals, UsbDevice, Request, Memory, Offset, StringIndex, LangID);
}

//
// WDF Function: WdfUsbTargetDeviceGetNumInterfaces
//
typedef
UCHAR
(NTAPI *PFN_WDFUSBTARGETDEVICEGETNUMINTERFACES)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFUSBDEVICE UsbDevice
    );

FORCEINLINE
UCHAR
WdfUsbTargetDeviceGetNumInterfaces(
    _In_ WDFUSBDEVICE UsbDevice
    )
{
    return ((PFN_WDFUSBTARGETDEVICEGETNUMINTERFACES) WdfFunctions[WdfUsbTargetDeviceGetNumInterfacesTableIndex])(WdfDriverGlobals, UsbDevice);
}

//
// WDF Function: WdfUsbTargetDeviceSelectConfig
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFUSBTARGETDEVICESELECTCONFIG)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFUSBDEVICE UsbDevice,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES PipeAttributes,
    _Inout_ PWDF_USB_DEVICE_SELECT_CONFIG_PARAMS Params
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfUsbTargetDeviceSelectConfig(
    _In_ WDFUSBDEVICE UsbDevice,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES PipeAttributes,
    _Inout_ PWDF_USB_DEVICE_SELECT_CONFIG_PARAMS Params
    )
{
    return ((PFN_WDFUSBTARGETDEVICESELECTCONFIG) WdfFunctions[WdfUsbTargetDeviceSelectConfigTableIndex])(WdfDriverGlobals, UsbDevice, PipeAttributes, Params);
}

//
// WDF Function: WdfUsbTargetDeviceWdmGetConfigurationHandle
//
typedef
USBD_CONFIGURATION_HANDLE
(NTAPI *PFN_WDFUSBTARGETDEVICEWDMGETCONFIGURATIONHANDLE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFUSBDEVICE UsbDevice
    );

FORCEINLINE
USBD_CONFIGURATION_HANDLE
WdfUsbTargetDeviceWdmGetConfigurationHandle(
    _In_ WDFUSBDEVICE UsbDevice
    )
{
    return ((PFN_WDFUSBTARGETDEVICEWDMGETCONFIGURATIONHANDLE) WdfFunctions[WdfUsbTargetDeviceWdmGetConfigurationHandleTableIndex])(WdfDriverGlobals, UsbDevice);
}

//
// WDF Function: WdfUsbTargetDeviceRetrieveCurrentFrameNumber
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFUSBTARGETDEVICERETRIEVECURRENTFRAMENUMBER)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFUSBDEVICE UsbDevice,
    _Out_ PULONG CurrentFrameNumber
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfUsbTargetDeviceRetrieveCurrentFrameNumber(
    _In_ WDFUSBDEVICE UsbDevice,
    _Out_ PULONG CurrentFrameNumber
    )
{
    return ((PFN_WDFUSBTARGETDEVICERETRIEVECURRENTFRAMENUMBER) WdfFunctions[WdfUsbTargetDeviceRetrieveCurrentFrameNumberTableIndex])(WdfDriverGlobals, UsbDevice, CurrentFrameNumber);
}

//
// WDF Function: WdfUsbTargetDeviceSendControlTransferSynchronously
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFUSBTARGETDEVICESENDCONTROLTRANSFERSYNCHRONOUSLY)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFUSBDEVICE UsbDevice,
    _In_opt_ WDFREQUEST Request,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions,
    _In_ PWDF_USB_CONTROL_SETUP_PACKET SetupPacket,
    _In_opt_ PWDF_MEMORY_DESCRIPTOR MemoryDescriptor,
    _Out_opt_ PULONG BytesTransferred
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfUsbTargetDeviceSendControlTransferSynchronously(
    _In_ WDFUSBDEVICE UsbDevice,
    _In_opt_ WDFREQUEST Request,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions,
    _In_ PWDF_USB_CONTROL_SETUP_PACKET SetupPacket,
    _In_opt_ PWDF_MEMORY_DESCRIPTOR MemoryDescriptor,
    _Out_opt_ PULONG BytesTransferred
    )
{
    return ((PFN_WDFUSBTARGETDEVICESENDCONTROLTRANSFERSYNCHRONOUSLY) WdfFunctions[WdfUsbTargetDeviceSendControlTransferSynchronouslyTableIndex])(WdfDriverGlobals, UsbDevice, Request, RequestOptions, SetupPacket, MemoryDescriptor, BytesTransferred);
}

//
// WDF Function: WdfUsbTargetDeviceFormatRequestForControlTransfer
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFUSBTARGETDEVICEFORMATREQUESTFORCONTROLTRANSFER)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFUSBDEVICE UsbDevice,
    _In_ WDFREQUEST Request,
    _In_ PWDF_USB_CONTROL_SETUP_PACKET SetupPacket,
    _In_opt_ WDFMEMORY TransferMemory,
    _In_opt_ PWDFMEMORY_OFFSET TransferOffset
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfUsbTargetDeviceFormatRequestForControlTransfer(
    _In_ WDFUSBDEVICE UsbDevice,
    _In_ WDFREQUEST Request,
    _In_ PWDF_USB_CONTROL_SETUP_PACKET SetupPacket,
    _In_opt_ WDFMEMORY TransferMemory,
    _In_opt_ PWDFMEMORY_OFFSET TransferOffset
    )
{
    return ((PFN_WDFUSBTARGETDEVICEFORMATREQUESTFORCONTROLTRANSFER) WdfFunctions[WdfUsbTargetDeviceFormatRequestForControlTransferTableIndex])(WdfDriverGlobals, UsbDevice, Request, SetupPacket, TransferMemory, TransferOffset);
}

//
// WDF Function: WdfUsbTargetDeviceIsConnectedSynchronous
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFUSBTARGETDEVICEISCONNECTEDSYNCHRONOUS)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFUSBDEVICE UsbDevice
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfUsbTargetDeviceIsConnectedSynchronous(
    _In_ WDFUSBDEVICE UsbDevice
    )
{
    return ((PFN_WDFUSBTARGETDEVICEISCONNECTEDSYNCHRONOUS) WdfFunctions[WdfUsbTargetDeviceIsConnectedSynchronousTableIndex])(WdfDriverGlobals, UsbDevice);
}

//
// WDF Function: WdfUsbTargetDeviceResetPortSynchronously
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFUSBTARGETDEVICERESETPORTSYNCHRONOUSLY)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFUSBDEVICE UsbDevice
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfUsbTargetDeviceResetPortSynchronously(
    _In_ WDFUSBDEVICE UsbDevice
    )
{
    return ((PFN_WDFUSBTARGETDEVICERESETPORTSYNCHRONOUSLY) WdfFunctions[WdfUsbTargetDeviceResetPortSynchronouslyTableIndex])(WdfDriverGlobals, UsbDevice);
}

//
// WDF Function: WdfUsbTargetDeviceCyclePortSynchronously
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFUSBTARGETDEVICECYCLEPORTSYNCHRONOUSLY)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFUSBDEVICE UsbDevice
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfUsbTargetDeviceCyclePortSynchronously(
    _In_ WDFUSBDEVICE UsbDevice
    )
{
    return ((PFN_WDFUSBTARGETDEVICECYCLEPORTSYNCHRONOUSLY) WdfFunctions[WdfUsbTargetDeviceCyclePortSynchronouslyTableIndex])(WdfDriverGlobals, UsbDevice);
}

//
// WDF Function: WdfUsbTargetDeviceFormatRequestForCyclePort
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFUSBTARGETDEVICEFORMATREQUESTFORCYCLEPORT)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFUSBDEVICE UsbDevice,
    _In_ WDFREQUEST Request
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfUsbTargetDeviceFormatRequestForCyclePort(
    _In_ WDFUSBDEVICE UsbDevice,
    _In_ WDFREQUEST Request
    )
{
    return ((PFN_WDFUSBTARGETDEVICEFORMATREQUESTFORCYCLEPORT) WdfFunctions[WdfUsbTargetDeviceFormatRequestForCyclePortTableIndex])(WdfDriverGlobals, UsbDevice, Request);
}

//
// WDF Function: WdfUsbTargetDeviceSendUrbSynchronously
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFUSBTARGETDEVICESENDURBSYNCHRONOUSLY)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFUSBDEVICE UsbDevice,
    _In_opt_ WDFREQUEST Request,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions,
    _In_ PURB Urb
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfUsbTargetDeviceSendUrbSynchronously(
    _In_ WDFUSBDEVICE UsbDevice,
    _In_opt_ WDFREQUEST Request,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions,
    _In_ PURB Urb
    )
{
    return ((PFN_WDFUSBTARGETDEVICESENDURBSYNCHRONOUSLY) WdfFunctions[WdfUsbTargetDeviceSendUrbSynchronouslyTableIndex])(WdfDriverGlobals, UsbDevice, Request, RequestOptions, Urb);
}

//
// WDF Function: WdfUsbTargetDeviceFormatRequestForUrb
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFUSBTARGETDEVICEFORMATREQUESTFORURB)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFUSBDEVICE UsbDevice,
    _In_ WDFREQUEST Request,
    _In_ WDFMEMORY UrbMemory,
    _In_opt_ PWDFMEMORY_OFFSET UrbMemoryOffset
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfUsbTargetDeviceFormatRequestForUrb(
    _In_ WDFUSBDEVICE UsbDevice,
    _In_ WDFREQUEST Request,
    _In_ WDFMEMORY UrbMemory,
    _In_opt_ PWDFMEMORY_OFFSET UrbMemoryOffset
    )
{
    return ((PFN_WDFUSBTARGETDEVICEFORMATREQUESTFORURB) WdfFunctions[WdfUsbTargetDeviceFormatRequestForUrbTableIndex])(WdfDriverGlobals, UsbDevice, Request, UrbMemory, UrbMemoryOffset);
}

//
// WDF Function: WdfUsbTargetPipeGetInformation
//
typedef
VOID
(NTAPI *PFN_WDFUSBTARGETPIPEGETINFORMATION)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFUSBPIPE Pipe,
    _Out_ PWDF_USB_PIPE_INFORMATION PipeInformation
    );

FORCEINLINE
VOID
WdfUsbTargetPipeGetInformation(
    _In_ WDFUSBPIPE Pipe,
    _Out_ PWDF_USB_PIPE_INFORMATION PipeInformation
    )
{
    ((PFN_WDFUSBTARGETPIPEGETINFORMATION) WdfFunctions[WdfUsbTargetPipeGetInformationTableIndex])(WdfDriverGlobals, Pipe, PipeInformation);
}

//
// WDF Function: WdfUsbTargetPipeIsInEndpoint
//
typedef
BOOLEAN
(NTAPI *PFN_WDFUSBTARGETPIPEISINENDPOINT)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFUSBPIPE Pipe
    );

FORCEINLINE
BOOLEAN
WdfUsbTargetPipeIsInEndpoint(
    _In_ WDFUSBPIPE Pipe
    )
{
    return ((PFN_WDFUSBTARGETPIPEISINENDPOINT) WdfFunctions[WdfUsbTargetPipeIsInEndpointTableIndex])(WdfDriverGlobals, Pipe);
}

//
// WDF Function: WdfUsbTargetPipeIsOutEndpoint
//
typedef
BOOLEAN
(NTAPI *PFN_WDFUSBTARGETPIPEISOUTENDPOINT)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFUSBPIPE Pipe
    );

FORCEINLINE
BOOLEAN
WdfUsbTargetPipeIsOutEndpoint(
    _In_ WDFUSBPIPE Pipe
    )
{
    return ((PFN_WDFUSBTARGETPIPEISOUTENDPOINT) WdfFunctions[WdfUsbTargetPipeIsOutEndpointTableIndex])(WdfDriverGlobals, Pipe);
}

//
// WDF Function: WdfUsbTargetPipeGetType
//
typedef
WDF_USB_PIPE_TYPE
(NTAPI *PFN_WDFUSBTARGETPIPEGETTYPE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFUSBPIPE Pipe
    );

FORCEINLINE
WDF_USB_PIPE_TYPE
WdfUsbTargetPipeGetType(
    _In_ WDFUSBPIPE Pipe
    )
{
    return ((PFN_WDFUSBTARGETPIPEGETTYPE) WdfFunctions[WdfUsbTargetPipeGetTypeTableIndex])(WdfDriverGlobals, Pipe);
}

//
// WDF Function: WdfUsbTargetPipeSetNoMaximumPacketSizeCheck
//
typedef
VOID
(NTAPI *PFN_WDFUSBTARGETPIPESETNOMAXIMUMPACKETSIZECHECK)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFUSBPIPE Pipe
    );

FORCEINLINE
VOID
WdfUsbTargetPipeSetNoMaximumPacketSizeCheck(
    _In_ WDFUSBPIPE Pipe
    )
{
    ((PFN_WDFUSBTARGETPIPESETNOMAXIMUMPACKETSIZECHECK) WdfFunctions[WdfUsbTargetPipeSetNoMaximumPacketSizeCheckTableIndex])(WdfDriverGlobals, Pipe);
}

//
// WDF Function: WdfUsbTargetPipeWriteSynchronously
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFUSBTARGETPIPEWRITESYNCHRONOUSLY)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFUSBPIPE Pipe,
    _In_opt_ WDFREQUEST Request,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions,
    _In_opt_ PWDF_MEMORY_DESCRIPTOR MemoryDescriptor,
    _Out_opt_ PULONG BytesWritten
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfUsbTargetPipeWriteSynchronously(
    _In_ WDFUSBPIPE Pipe,
    _In_opt_ WDFREQUEST Request,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions,
    _In_opt_ PWDF_MEMORY_DESCRIPTOR MemoryDescriptor,
    _Out_opt_ PULONG BytesWritten
    )
{
    return ((PFN_WDFUSBTARGETPIPEWRITESYNCHRONOUSLY) WdfFunctions[WdfUsbTargetPipeWriteSynchronouslyTableIndex])(WdfDriverGlobals, Pipe, Request, RequestOptions, MemoryDescriptor, BytesWritten);
}

//
// WDF Function: WdfUsbTargetPipeFormatRequestForWrite
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFUSBTARGETPIPEFORMATREQUESTFORWRITE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFUSBPIPE Pipe,
    _In_ WDFREQUEST Request,
    _In_opt_ WDFMEMORY WriteMemory,
    _In_opt_ PWDFMEMORY_OFFSET WriteOffset
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfUsbTargetPipeFormatRequestForWrite(
    _In_ WDFUSBPIPE Pipe,
    _In_ WDFREQUEST Request,
    _In_opt_ WDFMEMORY WriteMemory,
    _In_opt_ PWDFMEMORY_OFFSET WriteOffset
    )
{
    return ((PFN_WDFUSBTARGETPIPEFORMATREQUESTFORWRITE) WdfFunctions[WdfUsbTargetPipeFormatRequestForWriteTableIndex])(WdfDriverGlobals, Pipe, Request, WriteMemory, WriteOffset);
}

//
// WDF Function: WdfUsbTargetPipeReadSynchronously
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFUSBTARGETPIPEREADSYNCHRONOUSLY)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFUSBPIPE Pipe,
    _In_opt_ WDFREQUEST Request,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions,
    _In_opt_ PWDF_MEMORY_DESCRIPTOR MemoryDescriptor,
    _Out_opt_ PULONG BytesRead
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfUsbTargetPipeReadSynchronously(
    _In_ WDFUSBPIPE Pipe,
    _In_opt_ WDFREQUEST Request,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions,
    _In_opt_ PWDF_MEMORY_DESCRIPTOR MemoryDescriptor,
    _Out_opt_ PULONG BytesRead
    )
{
    return ((PFN_WDFUSBTARGETPIPEREADSYNCHRONOUSLY) WdfFunctions[WdfUsbTargetPipeReadSynchronouslyTableIndex])(WdfDriverGlobals, Pipe, Request, RequestOptions, MemoryDescriptor, BytesRead);
}

//
// WDF Function: WdfUsbTargetPipeFormatRequestForRead
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFUSBTARGETPIPEFORMATREQUESTFORREAD)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFUSBPIPE Pipe,
    _In_ WDFREQUEST Request,
    _In_opt_ WDFMEMORY ReadMemory,
    _In_opt_ PWDFMEMORY_OFFSET ReadOffset
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfUsbTargetPipeFormatRequestForRead(
    _In_ WDFUSBPIPE Pipe,
    _In_ WDFREQUEST Request,
    _In_opt_ WDFMEMORY ReadMemory,
    _In_opt_ PWDFMEMORY_OFFSET ReadOffset
    )
{
    return ((PFN_WDFUSBTARGETPIPEFORMATREQUESTFORREAD) WdfFunctions[WdfUsbTargetPipeFormatRequestForReadTableIndex])(WdfDriverGlobals, Pipe, Request, ReadMemory, ReadOffset);
}

//
// WDF Function: WdfUsbTargetPipeConfigContinuousReader
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFUSBTARGETPIPECONFIGCONTINUOUSREADER)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFUSBPIPE Pipe,
    _In_ PWDF_USB_CONTINUOUS_READER_CONFIG Config
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfUsbTargetPipeConfigContinuousReader(
    _In_ WDFUSBPIPE Pipe,
    _In_ PWDF_USB_CONTINUOUS_READER_CONFIG Config
    )
{
    return ((PFN_WDFUSBTARGETPIPECONFIGCONTINUOUSREADER) WdfFunctions[WdfUsbTargetPipeConfigContinuousReaderTableIndex])(WdfDriverGlobals, Pipe, Config);
}

//
// WDF Function: WdfUsbTargetPipeAbortSynchronously
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFUSBTARGETPIPEABORTSYNCHRONOUSLY)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFUSBPIPE Pipe,
    _In_opt_ WDFREQUEST Request,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfUsbTargetPipeAbortSynchronously(
    _In_ WDFUSBPIPE Pipe,
    _In_opt_ WDFREQUEST Request,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions
    )
{
    return ((PFN_WDFUSBTARGETPIPEABORTSYNCHRONOUSLY) WdfFunctions[WdfUsbTargetPipeAbortSynchronouslyTableIndex])(WdfDriverGlobals, Pipe, Request, RequestOptions);
}

//
// WDF Function: WdfUsbTargetPipeFormatRequestForAbort
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFUSBTARGETPIPEFORMATREQUESTFORABORT)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFUSBPIPE Pipe,
    _In_ WDFREQUEST Request
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfUsbTargetPipeFormatRequestForAbort(
    _In_ WDFUSBPIPE Pipe,
    _In_ WDFREQUEST Request
    )
{
    return ((PFN_WDFUSBTARGETPIPEFORMATREQUESTFORABORT) WdfFunctions[WdfUsbTargetPipeFormatRequestForAbortTableIndex])(WdfDriverGlobals, Pipe, Request);
}

//
// WDF Function: WdfUsbTargetPipeResetSynchronously
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFUSBTARGETPIPERESETSYNCHRONOUSLY)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFUSBPIPE Pipe,
    _In_opt_ WDFREQUEST Request,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfUsbTargetPipeResetSynchronously(
    _In_ WDFUSBPIPE Pipe,
    _In_opt_ WDFREQUEST Request,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions
    )
{
    return ((PFN_WDFUSBTARGETPIPERESETSYNCHRONOUSLY) WdfFunctions[WdfUsbTargetPipeResetSynchronouslyTableIndex])(WdfDriverGlobals, Pipe, Request, RequestOptions);
}

//
// WDF Function: WdfUsbTargetPipeFormatRequestForReset
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFUSBTARGETPIPEFORMATREQUESTFORRESET)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFUSBPIPE Pipe,
    _In_ WDFREQUEST Request
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfUsbTargetPipeFormatRequestForReset(
    _In_ WDFUSBPIPE Pipe,
    _In_ WDFREQUEST Request
    )
{
    return ((PFN_WDFUSBTARGETPIPEFORMATREQUESTFORRESET) WdfFunctions[WdfUsbTargetPipeFormatRequestForResetTableIndex])(WdfDriverGlobals, Pipe, Request);
}

//
// WDF Function: WdfUsbTargetPipeSendUrbSynchronously
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFUSBTARGETPIPESENDURBSYNCHRONOUSLY)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFUSBPIPE Pipe,
    _In_opt_ WDFREQUEST Request,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions,
    _In_ PURB Urb
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfUsbTargetPipeSendUrbSynchronously(
    _In_ WDFUSBPIPE Pipe,
    _In_opt_ WDFREQUEST Request,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions,
    _In_ PURB Urb
    )
{
    return ((PFN_WDFUSBTARGETPIPESENDURBSYNCHRONOUSLY) WdfFunctions[WdfUsbTargetPipeSendUrbSynchronouslyTableIndex])(WdfDriverGlobals, Pipe, Request, RequestOptions, Urb);
}

//
// WDF Function: WdfUsbTargetPipeFormatRequestForUrb
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFUSBTARGETPIPEFORMATREQUESTFORURB)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFUSBPIPE PIPE,
    _In_ WDFREQUEST Request,
    _In_ WDFMEMORY UrbMemory,
    _In_opt_ PWDFMEMORY_OFFSET UrbMemoryOffset
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfUsbTargetPipeFormatRequestForUrb(
    _In_ WDFUSBPIPE PIPE,
    _In_ WDFREQUEST Request,
    _In_ WDFMEMORY UrbMemory,
    _In_opt_ PWDFMEMORY_OFFSET UrbMemoryOffset
    )
{
    return ((PFN_WDFUSBTARGETPIPEFORMATREQUESTFORURB) WdfFunctions[WdfUsbTargetPipeFormatRequestForUrbTableIndex])(WdfDriverGlobals, PIPE, Request, UrbMemory, UrbMemoryOffset);
}

//
// WDF Function: WdfUsbInterfaceGetInterfaceNumber
//
typedef
UCHAR
(NTAPI *PFN_WDFUSBINTERFACEGETINTERFACENUMBER)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFUSBINTERFACE UsbInterface
    );

FORCEINLINE
UCHAR
WdfUsbInterfaceGetInterfaceNumber(
    _In_ WDFUSBINTERFACE UsbInterface
    )
{
    return ((PFN_WDFUSBINTERFACEGETINTERFACENUMBER) WdfFunctions[WdfUsbInterfaceGetInterfaceNumberTableIndex])(WdfDriverGlobals, UsbInterface);
}

//
// WDF Function: WdfUsbInterfaceGetNumEndpoints
//
typedef
UCHAR
(NTAPI *PFN_WDFUSBINTERFACEGETNUMENDPOINTS)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFUSBINTERFACE UsbInterface,
    _In_ UCHAR SettingIndex
    );

FORCEINLINE
UCHAR
WdfUsbInterfaceGetNumEndpoints(
    _In_ WDFUSBINTERFACE UsbInterface,
    _In_ UCHAR SettingIndex
    )
{
    return ((PFN_WDFUSBINTERFACEGETNUMENDPOINTS) WdfFunctions[WdfUsbInterfaceGetNumEndpointsTableIndex])(WdfDriverGlobals, UsbInterface, SettingIndex);
}

//
// WDF Function: WdfUsbInterfaceGetDescriptor
//
typedef
VOID
(NTAPI *PFN_WDFUSBINTERFACEGETDESCRIPTOR)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFUSBINTERFACE UsbInterface,
    _In_ UCHAR SettingIndex,
    _Out_ PUSB_INTERFACE_DESCRIPTOR InterfaceDescriptor
    );

FORCEINLINE
VOID
WdfUsbInterfaceGetDescriptor(
    _In_ WDFUSBINTERFACE UsbInterface,
    _In_ UCHAR SettingIndex,
    _Out_ PUSB_INTERFACE_DESCRIPTOR InterfaceDescriptor
    )
{
    ((PFN_WDFUSBINTERFACEGETDESCRIPTOR) WdfFunctions[WdfUsbInterfaceGetDescriptorTableIndex])(WdfDriverGlobals, UsbInterface, SettingIndex, InterfaceDescriptor);
}

//
// WDF Function: WdfUsbInterfaceGetNumSettings
//
typedef
UCHAR
(NTAPI *PFN_WDFUSBINTERFACEGETNUMSETTINGS)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFUSBINTERFACE UsbInterface
    );

FORCEINLINE
UCHAR
WdfUsbInterfaceGetNumSettings(
    _In_ WDFUSBINTERFACE UsbInterface
    )
{
    return ((PFN_WDFUSBINTERFACEGETNUMSETTINGS) WdfFunctions[WdfUsbInterfaceGetNumSettingsTableIndex])(WdfDriverGlobals, UsbInterface);
}

//
// WDF Function: WdfUsbInterfaceSelectSetting
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFUSBINTERFACESELECTSETTING)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFUSBINTERFACE UsbInterface,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES PipesAttributes,
    _In_ PWDF_USB_INTERFACE_SELECT_SETTING_PARAMS Params
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfUsbInterfaceSelectSetting(
    _In_ WDFUSBINTERFACE UsbInterface,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES PipesAttributes,
    _In_ PWDF_USB_INTERFACE_SELECT_SETTING_PARAMS Params
    )
{
    return ((PFN_WDFUSBINTERFACESELECTSETTING) WdfFunctions[WdfUsbInterfaceSelectSettingTableIndex])(WdfDriverGlobals, UsbInterface, PipesAttributes, Params);
}

//
// WDF Function: WdfUsbInterfaceGetEndpointInformation
//
typedef
VOID
(NTAPI *PFN_WDFUSBINTERFACEGETENDPOINTINFORMATION)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFUSBINTERFACE UsbInterface,
    _In_ UCHAR SettingIndex,
    _In_ UCHAR EndpointIndex,
    _Out_ PWDF_USB_PIPE_INFORMATION EndpointInfo
    );

FORCEINLINE
VOID
WdfUsbInterfaceGetEndpointInformation(
    _In_ WDFUSBINTERFACE UsbInterface,
    _In_ UCHAR SettingIndex,
    _In_ UCHAR EndpointIndex,
    _Out_ PWDF_USB_PIPE_INFORMATION EndpointInfo
    )
{
    ((PFN_WDFUSBINTERFACEGETENDPOINTINFORMATION) WdfFunctions[WdfUsbInterfaceGetEndpointInformationTableIndex])(WdfDriverGlobals, UsbInterface, SettingIndex, EndpointIndex, EndpointInfo);
}

//
// WDF Function: WdfUsbTargetDeviceGetInterface
//
typedef
WDFUSBINTERFACE
(NTAPI *PFN_WDFUSBTARGETDEVICEGETINTERFACE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFUSBDEVICE UsbDevice,
    _In_ UCHAR InterfaceIndex
    );

FORCEINLINE
WDFUSBINTERFACE
WdfUsbTargetDeviceGetInterface(
    _In_ WDFUSBDEVICE UsbDevice,
    _In_ UCHAR InterfaceIndex
    )
{
    return ((PFN_WDFUSBTARGETDEVICEGETINTERFACE) WdfFunctions[WdfUsbTargetDeviceGetInterfaceTableIndex])(WdfDriverGlobals, UsbDevice, InterfaceIndex);
}

//
// WDF Function: WdfUsbInterfaceGetConfiguredSettingIndex
//
typedef
UCHAR
(NTAPI *PFN_WDFUSBINTERFACEGETCONFIGUREDSETTINGINDEX)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFUSBINTERFACE Interface
    );

FORCEINLINE
UCHAR
WdfUsbInterfaceGetConfiguredSettingIndex(
    _In_ WDFUSBINTERFACE Interface
    )
{
    return ((PFN_WDFUSBINTERFACEGETCONFIGUREDSETTINGINDEX) WdfFunctions[WdfUsbInterfaceGetConfiguredSettingIndexTableIndex])(WdfDriverGlobals, Interface);
}

//
// WDF Function: WdfUsbInterfaceGetNumConfiguredPipes
//
typedef
UCHAR
(NTAPI *PFN_WDFUSBINTERFACEGETNUMCONFIGUREDPIPES)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFUSBINTERFACE UsbInterface
    );

FORCEINLINE
UCHAR
WdfUsbInterfaceGetNumConfiguredPipes(
    _In_ WDFUSBINTERFACE UsbInterface
    )
{
    return ((PFN_WDFUSBINTERFACEGETNUMCONFIGUREDPIPES) WdfFunctions[WdfUsbInterfaceGetNumConfiguredPipesTableIndex])(WdfDriverGlobals, UsbInterface);
}

//
// WDF Function: WdfUsbInterfaceGetConfiguredPipe
//
typedef
WDFUSBPIPE
(NTAPI *PFN_WDFUSBINTERFACEGETCONFIGUREDPIPE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFUSBINTERFACE UsbInterface,
    _In_ UCHAR PipeIndex,
    _Out_opt_ PWDF_USB_PIPE_INFORMATION PipeInfo
    );

FORCEINLINE
WDFUSBPIPE
WdfUsbInterfaceGetConfiguredPipe(
    _In_ WDFUSBINTERFACE UsbInterface,
    _In_ UCHAR PipeIndex,
    _Out_opt_ PWDF_USB_PIPE_INFORMATION PipeInfo
    )
{
    return ((PFN_WDFUSBINTERFACEGETCONFIGUREDPIPE) WdfFunctions[WdfUsbInterfaceGetConfiguredPipeTableIndex])(WdfDriverGlobals, UsbInterface, PipeIndex, PipeInfo);
}

//
// WDF Function: WdfUsbTargetPipeWdmGetPipeHandle
//
typedef
USBD_PIPE_HANDLE
(NTAPI *PFN_WDFUSBTARGETPIPEWDMGETPIPEHANDLE)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFUSBPIPE UsbPipe
    );

FORCEINLINE
USBD_PIPE_HANDLE
WdfUsbTargetPipeWdmGetPipeHandle(
    _In_ WDFUSBPIPE UsbPipe
    )
{
    return ((PFN_WDFUSBTARGETPIPEWDMGETPIPEHANDLE) WdfFunctions[WdfUsbTargetPipeWdmGetPipeHandleTableIndex])(WdfDriverGlobals, UsbPipe);
}

//
// WDF Function: WdfUsbTargetDeviceCreateWithParameters
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFUSBTARGETDEVICECREATEWITHPARAMETERS)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFDEVICE Device,
    _In_ PWDF_USB_DEVICE_CREATE_CONFIG Config,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _Out_ WDFUSBDEVICE* UsbDevice
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfUsbTargetDeviceCreateWithParameters(
    _In_ WDFDEVICE Device,
    _In_ PWDF_USB_DEVICE_CREATE_CONFIG Config,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _Out_ WDFUSBDEVICE* UsbDevice
    )
{
    return ((PFN_WDFUSBTARGETDEVICECREATEWITHPARAMETERS) WdfFunctions[WdfUsbTargetDeviceCreateWithParametersTableIndex])(WdfDriverGlobals, Device, Config, Attributes, UsbDevice);
}

//
// WDF Function: WdfUsbTargetDeviceQueryUsbCapability
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFUSBTARGETDEVICEQUERYUSBCAPABILITY)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFUSBDEVICE UsbDevice,
    _In_ const GUID* CapabilityType,
    _In_ ULONG CapabilityBufferLength,
    _Out_writes_bytes_to_opt_(CapabilityBufferLength, *ResultLength) PVOID CapabilityBuffer,
    _Out_opt_ PULONG ResultLength
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfUsbTargetDeviceQueryUsbCapability(
    _In_ WDFUSBDEVICE UsbDevice,
    _In_ const GUID* CapabilityType,
    _In_ ULONG CapabilityBufferLength,
    _Out_writes_bytes_to_opt_(CapabilityBufferLength, *ResultLength) PVOID CapabilityBuffer,
    _Out_opt_ PULONG ResultLength
    )
{
    return ((PFN_WDFUSBTARGETDEVICEQUERYUSBCAPABILITY) WdfFunctions[WdfUsbTargetDeviceQueryUsbCapabilityTableIndex])(WdfDriverGlobals, UsbDevice, CapabilityType, CapabilityBufferLength, CapabilityBuffer, ResultLength);
}

//
// WDF Function: WdfUsbTargetDeviceCreateUrb
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFUSBTARGETDEVICECREATEURB)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFUSBDEVICE UsbDevice,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _Out_ WDFMEMORY* UrbMemory,
    _Outptr_opt_ PURB* Urb
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfUsbTargetDeviceCreateUrb(
    _In_ WDFUSBDEVICE UsbDevice,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _Out_ WDFMEMORY* UrbMemory,
    _Outptr_opt_ PURB* Urb
    )
{
    return ((PFN_WDFUSBTARGETDEVICECREATEURB) WdfFunctions[WdfUsbTargetDeviceCreateUrbTableIndex])(WdfDriverGlobals, UsbDevice, Attributes, UrbMemory, Urb);
}

//
// WDF Function: WdfUsbTargetDeviceCreateIsochUrb
//
typedef
_Must_inspect_result_
NTSTATUS
(NTAPI *PFN_WDFUSBTARGETDEVICECREATEISOCHURB)(
    _In_ PWDF_DRIVER_GLOBALS DriverGlobals,
    _In_ WDFUSBDEVICE UsbDevice,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _In_ ULONG NumberOfIsochPackets,
    _Out_ WDFMEMORY* UrbMemory,
    _Outptr_opt_ PURB* Urb
    );

_Must_inspect_result_
FORCEINLINE
NTSTATUS
WdfUsbTargetDeviceCreateIsochUrb(
    _In_ WDFUSBDEVICE UsbDevice,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _In_ ULONG NumberOfIsochPackets,
    _Out_ WDFMEMORY* UrbMemory,
    _Outptr_opt_ PURB* Urb
    )
{
    return ((PFN_WDFUSBTARGETDEVICECREATEISOCHURB) WdfFunctions[WdfUsbTargetDeviceCreateIsochUrbTableIndex])(WdfDriverGlobals, UsbDevice, Attributes, NumberOfIsochPackets, UrbMemory, Urb);
}

WDF_EXTERN_C_END
