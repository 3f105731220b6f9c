/*
 * The echo device's public interface: the device interface GUID clients find it by.
 * Written for OpenKMDF; behaves like the classic KMDF echo sample.
 */
#pragma once

#include <guiddef.h>

/* {cdc35b6e-0be4-4936-bf5f-5537380a7c1a} */
DEFINE_GUID(GUID_DEVINTERFACE_ECHO, 0xcdc35b6e, 0x0be4, 0x4936, 0xbf, 0x5f, 0x55, 0x37, 0x38,
            0x0a, 0x7c, 0x1a);
