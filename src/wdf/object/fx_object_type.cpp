#include "wdf/object/fx_object_type.h"

namespace wdf {

const char* fxObjectTypeName(FxObjectType type) {
    switch (type) {
        case FxObjectType::Object: return "WDFOBJECT";
        case FxObjectType::Driver: return "WDFDRIVER";
        case FxObjectType::Device: return "WDFDEVICE";
        case FxObjectType::Queue: return "WDFQUEUE";
        case FxObjectType::Request: return "WDFREQUEST";
        case FxObjectType::Memory: return "WDFMEMORY";
        case FxObjectType::Lookaside: return "WDFLOOKASIDE";
        case FxObjectType::String: return "WDFSTRING";
        case FxObjectType::Collection: return "WDFCOLLECTION";
        case FxObjectType::SpinLock: return "WDFSPINLOCK";
        case FxObjectType::WaitLock: return "WDFWAITLOCK";
        case FxObjectType::Timer: return "WDFTIMER";
        case FxObjectType::FileObject: return "WDFFILEOBJECT";
        case FxObjectType::Dpc: return "WDFDPC";
        case FxObjectType::WorkItem: return "WDFWORKITEM";
        case FxObjectType::Interrupt: return "WDFINTERRUPT";
        case FxObjectType::Key: return "WDFKEY";
        case FxObjectType::IoTarget: return "WDFIOTARGET";
        case FxObjectType::UsbDevice: return "WDFUSBDEVICE";
        case FxObjectType::UsbInterface: return "WDFUSBINTERFACE";
        case FxObjectType::UsbPipe: return "WDFUSBPIPE";
        case FxObjectType::ChildList: return "WDFCHILDLIST";
        case FxObjectType::CmResList: return "WDFCMRESLIST";
        case FxObjectType::IoResList: return "WDFIORESLIST";
        case FxObjectType::IoResReqList: return "WDFIORESREQLIST";
        case FxObjectType::DmaEnabler: return "WDFDMAENABLER";
        case FxObjectType::DmaTransaction: return "WDFDMATRANSACTION";
        case FxObjectType::CommonBuffer: return "WDFCOMMONBUFFER";
        case FxObjectType::WmiProvider: return "WDFWMIPROVIDER";
        case FxObjectType::WmiInstance: return "WDFWMIINSTANCE";
        case FxObjectType::Count: break;
    }
    return "WDF(unknown)";
}

}  // namespace wdf
