/*
 * powerdemoapp — a client of the powerdemo sample driver.
 *
 *   powerdemoapp read        reads from the device (a read brings an idle device back to
 *                            D0 first) and checks the answer
 *   powerdemoapp idle MS     sets the device's S0 idle timeout (0: idle power-down off)
 *
 * Exit status 0 on success, 1 on failure, 2 on a usage error.
 */
#include <windows.h>
#include <cfgmgr32.h>
#include <winioctl.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../drivers/powerdemo/public.h"

static const GUID PowerDemoInterface = POWERDEMO_INTERFACE_GUID_INIT;

static int usage(void)
{
    fprintf(stderr, "usage: powerdemoapp read | idle MILLISECONDS\n");
    return 2;
}

static HANDLE OpenPowerDemo(void)
{
    ULONG length = 0;
    WCHAR* list;
    HANDLE device;
    if (CM_Get_Device_Interface_List_SizeW(&length, (LPGUID)&PowerDemoInterface, NULL,
                                           CM_GET_DEVICE_INTERFACE_LIST_PRESENT) != CR_SUCCESS) {
        fprintf(stderr, "powerdemoapp: cannot list the powerdemo interfaces\n");
        return INVALID_HANDLE_VALUE;
    }
    list = (WCHAR*)calloc(length, sizeof(WCHAR));
    if (list == NULL) return INVALID_HANDLE_VALUE;
    if (CM_Get_Device_Interface_ListW((LPGUID)&PowerDemoInterface, NULL, list, length,
                                      CM_GET_DEVICE_INTERFACE_LIST_PRESENT) != CR_SUCCESS ||
        list[0] == 0) {
        fprintf(stderr, "powerdemoapp: no powerdemo device interface is present\n");
        free(list);
        return INVALID_HANDLE_VALUE;
    }
    device = CreateFileW(list, GENERIC_READ | GENERIC_WRITE, 0, NULL, OPEN_EXISTING, 0, NULL);
    free(list);
    if (device == INVALID_HANDLE_VALUE) {
        fprintf(stderr, "powerdemoapp: CreateFile failed: error %lu\n", (unsigned long)GetLastError());
    }
    return device;
}

int main(int argc, char** argv)
{
    HANDLE device;
    int result = 0;
    if (argc < 2 || (strcmp(argv[1], "read") != 0 && strcmp(argv[1], "idle") != 0)) return usage();
    if (strcmp(argv[1], "idle") == 0 && argc != 3) return usage();
    device = OpenPowerDemo();
    if (device == INVALID_HANDLE_VALUE) return 1;
    if (strcmp(argv[1], "read") == 0) {
        char buffer[32] = {0};
        DWORD read = 0;
        if (!ReadFile(device, buffer, sizeof(buffer), &read, NULL)) {
            fprintf(stderr, "powerdemoapp: ReadFile failed: error %lu\n", (unsigned long)GetLastError());
            result = 1;
        } else if (read != sizeof("powerdemo") || strcmp(buffer, "powerdemo") != 0) {
            fprintf(stderr, "powerdemoapp: unexpected answer (%lu bytes)\n", (unsigned long)read);
            result = 1;
        } else {
            printf("read: %s\n", buffer);
        }
    } else {
        char* end = NULL;
        unsigned long timeout = strtoul(argv[2], &end, 10);
        DWORD returned = 0;
        ULONG value = (ULONG)timeout;
        if (end == argv[2] || *end != 0) {
            CloseHandle(device);
            return usage();
        }
        if (!DeviceIoControl(device, IOCTL_POWERDEMO_SET_IDLE, &value, sizeof(value), NULL, 0, &returned, NULL)) {
            fprintf(stderr, "powerdemoapp: DeviceIoControl failed: error %lu\n", (unsigned long)GetLastError());
            result = 1;
        } else {
            printf("idle timeout: %lu ms\n", timeout);
        }
    }
    CloseHandle(device);
    return result;
}
