/*
 * The OKIOCTL control device's public interface, shared by the ioctl driver and ioctlapp:
 * its names and one I/O control code per buffer method ("Defining I/O Control Codes",
 * "Buffer Descriptions for I/O Control Codes"). Written for OpenKMDF.
 */
#pragma once

#define OKIOCTL_NT_DEVICE_NAME L"\\Device\\OKIOCTL"
#define OKIOCTL_DOS_DEVICE_NAME L"\\DosDevices\\OKIOCTL"
#define OKIOCTL_WIN32_PATH "\\\\.\\OKIOCTL"

/* Device types 0x8000 and above are for vendors. */
#define FILE_DEVICE_OKIOCTL 0x8A5AU

/* Output[i] = Input[i] ^ OKIOCTL_XOR_KEY; needs OutputLength >= InputLength. */
#define IOCTL_OKIOCTL_METHOD_BUFFERED \
    CTL_CODE(FILE_DEVICE_OKIOCTL, 0x900, METHOD_BUFFERED, FILE_ANY_ACCESS)
/* The "output" buffer carries data to the device: it must hold Input[i % InputLength] ^
 * OKIOCTL_XOR_KEY for every i; the device checks each byte and completes with the length
 * it checked (STATUS_DATA_ERROR at the first mismatch). */
#define IOCTL_OKIOCTL_METHOD_IN_DIRECT \
    CTL_CODE(FILE_DEVICE_OKIOCTL, 0x901, METHOD_IN_DIRECT, FILE_ANY_ACCESS)
/* Output[i] = Input[InputLength - 1 - i] (the input reversed); needs OutputLength >= InputLength. */
#define IOCTL_OKIOCTL_METHOD_OUT_DIRECT \
    CTL_CODE(FILE_DEVICE_OKIOCTL, 0x902, METHOD_OUT_DIRECT, FILE_ANY_ACCESS)
/* Output[i] = ~Input[i]; the driver reaches the caller's buffers in EvtIoInCallerContext. */
#define IOCTL_OKIOCTL_METHOD_NEITHER \
    CTL_CODE(FILE_DEVICE_OKIOCTL, 0x903, METHOD_NEITHER, FILE_ANY_ACCESS)
/* Returns an OKIOCTL_STATISTICS. */
#define IOCTL_OKIOCTL_GET_STATISTICS \
    CTL_CODE(FILE_DEVICE_OKIOCTL, 0x904, METHOD_BUFFERED, FILE_ANY_ACCESS)

#define OKIOCTL_XOR_KEY 0x5A

/* What the driver counted since it loaded (every IOCTL, this one included). */
typedef struct _OKIOCTL_STATISTICS {
    unsigned int Preprocessed;            /* IRP_MJ_DEVICE_CONTROL seen by EvtDeviceWdmIrpPreprocess */
    unsigned int QueueRequests;           /* requests seen by EvtIoDeviceControl */
    unsigned int PreprocessedBeforeQueue; /* of those, the ones whose IRP the preprocess callback saw first */
    unsigned int Postprocessed;           /* IRPs that reached the preprocess callback's completion routine */
} OKIOCTL_STATISTICS;
