/* pid_client: opens the kmdfprogress device, sends IOCTL_KMDFPROGRESS_PID and prints
 * "pid P driver-sees D"; exits 0 when D == P (the driver saw this process). */
#include <windows.h>
#include <cfgmgr32.h>
#include <winioctl.h>

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

/* {5b1f0a3e-2c47-4d8e-9a61-3e7c0d2b8f14}: GUID_DEVINTERFACE_KMDFPROGRESS */
static const GUID kInterface = {0x5b1f0a3e, 0x2c47, 0x4d8e, {0x9a, 0x61, 0x3e, 0x7c, 0x0d, 0x2b, 0x8f, 0x14}};
#define IOCTL_KMDFPROGRESS_PID CTL_CODE(FILE_DEVICE_UNKNOWN, 0x900, METHOD_BUFFERED, FILE_ANY_ACCESS)

int main(int argc, char** argv)
{
    (void)argv;
    if (argc > 1) {
        printf("usage: pid_client\n\nPrints this process's pid and the one the kmdfprogress driver sees.\n");
        return 0;
    }
    ULONG length = 0;
    if (CM_Get_Device_Interface_List_SizeW(&length, (LPGUID)&kInterface, NULL, CM_GET_DEVICE_INTERFACE_LIST_PRESENT) !=
            CR_SUCCESS ||
        length < 2) {
        fprintf(stderr, "pid_client: no kmdfprogress interface\n");
        return 1;
    }
    WCHAR* list = (WCHAR*)calloc(length, sizeof(WCHAR));
    if (list == NULL ||
        CM_Get_Device_Interface_ListW((LPGUID)&kInterface, NULL, list, length, CM_GET_DEVICE_INTERFACE_LIST_PRESENT) !=
            CR_SUCCESS) {
        fprintf(stderr, "pid_client: CM_Get_Device_Interface_ListW failed\n");
        return 1;
    }
    HANDLE device = CreateFileW(list, GENERIC_READ | GENERIC_WRITE, 0, NULL, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL);
    free(list);
    if (device == INVALID_HANDLE_VALUE) {
        fprintf(stderr, "pid_client: CreateFileW failed: error %lu\n", (unsigned long)GetLastError());
        return 1;
    }
    ULONG seen = 0;
    DWORD returned = 0;
    if (!DeviceIoControl(device, IOCTL_KMDFPROGRESS_PID, NULL, 0, &seen, sizeof(seen), &returned, NULL) ||
        returned != sizeof(seen)) {
        fprintf(stderr, "pid_client: DeviceIoControl failed: error %lu\n", (unsigned long)GetLastError());
        CloseHandle(device);
        return 1;
    }
    CloseHandle(device);
    printf("pid %lu driver-sees %lu\n", (unsigned long)getpid(), (unsigned long)seen);
    return seen == (ULONG)getpid() ? 0 : 1;
}
