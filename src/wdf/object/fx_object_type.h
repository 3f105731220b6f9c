// The kinds of framework objects a handle can name. A handle's type is checked against
// the DDI's expected type (resolve<T>) before any method runs.
#pragma once

#include <cstdint>

namespace wdf {

enum class FxObjectType : uint16_t {
    Object,        // WDFOBJECT from WdfObjectCreate
    Driver,        // WDFDRIVER
    Device,        // WDFDEVICE
    Queue,         // WDFQUEUE
    Request,       // WDFREQUEST
    Memory,        // WDFMEMORY
    Lookaside,     // WDFLOOKASIDE
    String,        // WDFSTRING
    Collection,    // WDFCOLLECTION
    SpinLock,      // WDFSPINLOCK
    WaitLock,      // WDFWAITLOCK
    Timer,         // WDFTIMER
    FileObject,    // WDFFILEOBJECT
    Dpc,           // WDFDPC
    WorkItem,      // WDFWORKITEM
    Interrupt,     // WDFINTERRUPT
    Key,           // WDFKEY
    IoTarget,      // WDFIOTARGET
    UsbDevice,     // WDFUSBDEVICE
    UsbInterface,  // WDFUSBINTERFACE
    UsbPipe,       // WDFUSBPIPE
    ChildList,     // WDFCHILDLIST
    CmResList,     // WDFCMRESLIST
    IoResList,     // WDFIORESLIST
    IoResReqList,  // WDFIORESREQLIST
    DmaEnabler,    // WDFDMAENABLER
    DmaTransaction,// WDFDMATRANSACTION
    CommonBuffer,  // WDFCOMMONBUFFER
    WmiProvider,   // WDFWMIPROVIDER
    WmiInstance,   // WDFWMIINSTANCE
    Count
};

// The handle type name a driver developer knows ("WDFMEMORY"), for bug-check texts and
// the leak report. Any thread, any IRQL.
const char* fxObjectTypeName(FxObjectType type);

}  // namespace wdf
