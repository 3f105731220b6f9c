// CM_Get_Device_Interface_List(_Size): the interface list comes from the host's PnP
// manager (UserIo::interfaceList) through an InterfaceList request.
#include <windows.h>
#include <cfgmgr32.h>

#include "client/host_connection.h"
#include "client/utf_conversion.h"

#include <cstdio>
#include <cstring>
#include <optional>

using namespace kmdf::client;

namespace {

char16_t foldCase(char16_t c) { return (c >= u'a' && c <= u'z') ? static_cast<char16_t>(c - u'a' + u'A') : c; }

// An interface path "\\?\ROOT#ECHO#0000#{guid}" belongs to device instance
// "ROOT\ECHO\0000" when the instance path, with '\' written as '#', follows the prefix.
bool belongsToDevice(const std::u16string& interfacePath, const std::u16string& deviceId) {
    static const std::u16string prefix = u"\\\\?\\";
    if (interfacePath.size() < prefix.size() + deviceId.size() + 1) return false;
    if (interfacePath.compare(0, prefix.size(), prefix) != 0) return false;
    for (size_t i = 0; i < deviceId.size(); ++i) {
        char16_t expected = deviceId[i] == u'\\' ? u'#' : foldCase(deviceId[i]);
        if (foldCase(interfacePath[prefix.size() + i]) != expected) return false;
    }
    return interfacePath[prefix.size() + deviceId.size()] == u'#';
}

// The list as UTF-16 strings, or a CONFIGRET error.
CONFIGRET queryInterfaces(const GUID* interfaceClass, const std::optional<std::u16string>& deviceId, ULONG flags,
                          std::vector<std::u16string>* out) {
    if (!interfaceClass) return CR_INVALID_POINTER;
    if (flags & ~CM_GET_DEVICE_INTERFACE_LIST_BITS) return CR_INVALID_FLAG;
    std::string error;
    auto connection = HostConnection::shared(&error);
    if (!connection) {
        std::fprintf(stderr, "libkmdfclient: %s\n", error.c_str());
        return CR_NO_CM_SERVICES;
    }
    kmdf::protocol::InterfaceListRequest request;
    static_assert(sizeof(request.interfaceClass) == sizeof(GUID));
    std::memcpy(&request.interfaceClass, interfaceClass, sizeof(GUID));
    request.flags = (flags & CM_GET_DEVICE_INTERFACE_LIST_ALL_DEVICES) ? kmdf::protocol::kInterfaceListAllDevices : 0;
    auto reply = connection->call(kmdf::protocol::Message{connection->newRequestId(), 0, request});
    if (reply.status < 0) return reply.status == kStatusPipeBroken ? CR_NO_CM_SERVICES : CR_FAILURE;
    out->clear();
    for (auto& path : kmdf::protocol::decodeMultiSz(reply.data)) {
        if (!deviceId || belongsToDevice(path, *deviceId)) out->push_back(std::move(path));
    }
    return CR_SUCCESS;
}

std::optional<std::u16string> wideDeviceId(DEVINSTID_W id) {
    if (!id) return std::nullopt;
    std::u16string text;
    for (const WCHAR* p = id; *p; ++p) text.push_back(static_cast<char16_t>(*p));
    return text;
}

std::optional<std::u16string> narrowDeviceId(DEVINSTID_A id) {
    if (!id) return std::nullopt;
    return kmdf::utf8ToUtf16(id);
}

size_t wideMultiSzLength(const std::vector<std::u16string>& list) {
    size_t length = 1;
    for (const auto& s : list) length += s.size() + 1;
    return length;
}

}  // namespace

extern "C" {

CONFIGRET WINAPI CM_Get_Device_Interface_List_SizeW(PULONG pulLen, LPGUID InterfaceClassGuid, DEVINSTID_W pDeviceID,
                                                    ULONG ulFlags) {
    if (!pulLen) return CR_INVALID_POINTER;
    *pulLen = 0;
    std::vector<std::u16string> list;
    CONFIGRET result = queryInterfaces(InterfaceClassGuid, wideDeviceId(pDeviceID), ulFlags, &list);
    if (result != CR_SUCCESS) return result;
    *pulLen = static_cast<ULONG>(wideMultiSzLength(list));
    return CR_SUCCESS;
}

CONFIGRET WINAPI CM_Get_Device_Interface_ListW(LPGUID InterfaceClassGuid, DEVINSTID_W pDeviceID, PZZWSTR Buffer,
                                               ULONG BufferLen, ULONG ulFlags) {
    if (!Buffer || BufferLen == 0) return CR_INVALID_POINTER;
    std::vector<std::u16string> list;
    CONFIGRET result = queryInterfaces(InterfaceClassGuid, wideDeviceId(pDeviceID), ulFlags, &list);
    if (result != CR_SUCCESS) return result;
    if (wideMultiSzLength(list) > BufferLen) {
        Buffer[0] = 0;
        return CR_BUFFER_SMALL;
    }
    WCHAR* out = Buffer;
    for (const auto& path : list) {
        for (char16_t unit : path) *out++ = static_cast<WCHAR>(unit);
        *out++ = 0;
    }
    *out = 0;
    return CR_SUCCESS;
}

CONFIGRET WINAPI CM_Get_Device_Interface_List_SizeA(PULONG pulLen, LPGUID InterfaceClassGuid, DEVINSTID_A pDeviceID,
                                                    ULONG ulFlags) {
    if (!pulLen) return CR_INVALID_POINTER;
    *pulLen = 0;
    std::vector<std::u16string> list;
    CONFIGRET result = queryInterfaces(InterfaceClassGuid, narrowDeviceId(pDeviceID), ulFlags, &list);
    if (result != CR_SUCCESS) return result;
    size_t length = 1;
    for (const auto& path : list) length += kmdf::utf16ToUtf8(path).size() + 1;
    *pulLen = static_cast<ULONG>(length);
    return CR_SUCCESS;
}

CONFIGRET WINAPI CM_Get_Device_Interface_ListA(LPGUID InterfaceClassGuid, DEVINSTID_A pDeviceID, PZZSTR Buffer,
                                               ULONG BufferLen, ULONG ulFlags) {
    if (!Buffer || BufferLen == 0) return CR_INVALID_POINTER;
    std::vector<std::u16string> list;
    CONFIGRET result = queryInterfaces(InterfaceClassGuid, narrowDeviceId(pDeviceID), ulFlags, &list);
    if (result != CR_SUCCESS) return result;
    std::string text;
    for (const auto& path : list) {
        text += kmdf::utf16ToUtf8(path);
        text.push_back('\0');
    }
    text.push_back('\0');
    if (text.size() > BufferLen) {
        Buffer[0] = 0;
        return CR_BUFFER_SMALL;
    }
    std::memcpy(Buffer, text.data(), text.size());
    return CR_SUCCESS;
}

DWORD WINAPI CM_MapCrToWin32Err(CONFIGRET CmReturnCode, DWORD DefaultErr) {
    switch (CmReturnCode) {
    case CR_SUCCESS: return ERROR_SUCCESS;
    case CR_OUT_OF_MEMORY: return ERROR_NOT_ENOUGH_MEMORY;
    case CR_INVALID_POINTER: return ERROR_INVALID_USER_BUFFER;
    case CR_INVALID_FLAG: return ERROR_INVALID_FLAGS;
    case CR_INVALID_DEVNODE:
    case CR_INVALID_DEVICE_ID: return ERROR_INVALID_DATA;
    case CR_NO_SUCH_DEVNODE:
    case CR_NO_SUCH_DEVICE_INTERFACE:
    case CR_NO_SUCH_VALUE: return ERROR_NOT_FOUND;
    case CR_BUFFER_SMALL: return ERROR_INSUFFICIENT_BUFFER;
    case CR_ACCESS_DENIED: return ERROR_ACCESS_DENIED;
    case CR_CALL_NOT_IMPLEMENTED: return ERROR_CALL_NOT_IMPLEMENTED;
    default: return DefaultErr;
    }
}

}  // extern "C"
