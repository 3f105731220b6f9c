// The kmdfhost wire protocol, shared by libkmdfclient, kmdfhost and kmdfctl.
//
// Transport: a Unix socket of type SOCK_SEQPACKET; one message per packet. Every message
// is a MessageHeader followed by a payload whose layout depends on the type. All integers
// are little-endian (both ends run on the same machine); strings are counted, never
// NUL-terminated on the wire except the NUL-separated words of a Control request.
//
// A client chooses a requestId (nonzero, unique among its outstanding requests) for each
// request; the host answers each request with exactly one Reply carrying that requestId.
// I/O requests (Read, Write, Ioctl) may be answered long after later requests.
//
// decodeMessage() is a pure function that validates every length and field; both ends
// call it on every packet they receive.
//
// Versions: 1 is the original protocol; 2 adds direct I/O over a shared memory arena
// (ShareArena, SharedRead, SharedWrite, SharedIoctl). A peer accepts headers of any
// version from kMinVersion to kVersion; the shared-buffer messages need version 2.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <variant>
#include <vector>

namespace kmdf::protocol {

inline constexpr uint32_t kMagic = 0x46444D4B;  // "KMDF" in memory order
inline constexpr uint16_t kVersion = 2;
inline constexpr uint16_t kMinVersion = 1;
// The first version with the shared-buffer messages.
inline constexpr uint16_t kSharedBufferVersion = 2;

// The largest data a Read, Write or Ioctl moves in one message. Bounded by what a
// SOCK_SEQPACKET Unix socket accepts in one packet with the default send buffer.
inline constexpr uint32_t kMaxDataLength = 128 * 1024;
// The largest message: header, fixed part and data.
inline constexpr uint32_t kMaxMessageSize = kMaxDataLength + 4096;
// The longest path in a Create request, in UTF-16 units (the Win32 long-path limit).
inline constexpr uint32_t kMaxPathUnits = 32767;
// Control requests: text limits.
inline constexpr uint32_t kMaxControlText = 4096;
// Shared memory arena: its size is a whole number of pages, at most kMaxArenaSize.
inline constexpr uint64_t kArenaPageSize = 4096;
inline constexpr uint64_t kMaxArenaSize = uint64_t{1} << 32;

enum class MessageType : uint16_t {
    Hello = 1,
    Create = 2,
    Read = 3,
    Write = 4,
    Ioctl = 5,
    Cancel = 6,
    Close = 7,
    InterfaceList = 8,
    Control = 9,
    // Version 2: direct I/O through the client's shared memory arena.
    ShareArena = 10,   // carries the arena's memfd (SCM_RIGHTS); once per connection
    SharedRead = 11,
    SharedWrite = 12,
    SharedIoctl = 13,
    Reply = 100,
};

const char* messageTypeName(MessageType type);

// 32 bytes, at the start of every message.
struct MessageHeader {
    uint32_t magic;
    uint16_t version;
    uint16_t type;       // MessageType
    uint32_t length;     // whole message, header included
    uint32_t reserved;   // 0
    uint64_t requestId;  // chosen by the client; echoed in the reply
    uint64_t handle;     // host file handle the request is about (0 if none)
};
static_assert(sizeof(MessageHeader) == 32);

// ---- Fixed payload parts (wire layout). ----

struct HelloWire {
    uint32_t clientVersion;
    uint32_t processId;
};
static_assert(sizeof(HelloWire) == 8);

// Followed by pathUnits UTF-16 code units.
struct CreateWire {
    uint32_t desiredAccess;      // ACCESS_MASK (GENERIC_* allowed)
    uint32_t shareAccess;        // FILE_SHARE_*
    uint32_t createDisposition;  // NT: FILE_OPEN, FILE_CREATE, ...
    uint32_t createOptions;      // NT: FILE_SYNCHRONOUS_IO_NONALERT, ...
    uint32_t fileAttributes;
    uint32_t pathUnits;
};
static_assert(sizeof(CreateWire) == 24);

struct ReadWire {
    uint32_t length;
    uint32_t reserved;
    int64_t byteOffset;
};
static_assert(sizeof(ReadWire) == 16);

// Followed by the data (the rest of the message).
struct WriteWire {
    int64_t byteOffset;
};
static_assert(sizeof(WriteWire) == 8);

// Followed by the input buffer (the rest of the message). For a METHOD_IN_DIRECT code the
// caller's output buffer carries data to the device ("Buffer Descriptions for I/O Control
// Codes"): its outputLength bytes then end the message, after the input buffer.
struct IoctlWire {
    uint32_t ioControlCode;
    uint32_t outputLength;
};
static_assert(sizeof(IoctlWire) == 8);

struct CancelWire {
    uint64_t targetRequestId;  // 0: all outstanding I/O of the handle
};
static_assert(sizeof(CancelWire) == 8);

struct GuidWire {
    uint32_t data1;
    uint16_t data2;
    uint16_t data3;
    uint8_t data4[8];
};
static_assert(sizeof(GuidWire) == 16);

struct InterfaceListWire {
    GuidWire interfaceClass;
    uint32_t flags;  // bit 0: all devices, not only present/enabled interfaces
    uint32_t reserved;
};
static_assert(sizeof(InterfaceListWire) == 24);
inline constexpr uint32_t kInterfaceListAllDevices = 1;

// A buffer inside the client's shared arena: bytes [offset, offset + length).
struct SharedBufferWire {
    uint64_t offset;
    uint32_t length;
    uint32_t reserved;  // 0
};
static_assert(sizeof(SharedBufferWire) == 16);

// Sent with exactly one file descriptor (SCM_RIGHTS): a memfd of at least `size` bytes.
struct ShareArenaWire {
    uint64_t size;      // a multiple of kArenaPageSize, 1..kMaxArenaSize
    uint32_t flags;     // 0
    uint32_t reserved;  // 0
};
static_assert(sizeof(ShareArenaWire) == 16);

// SharedRead and SharedWrite: the transfer buffer is in the arena; nothing follows.
struct SharedTransferWire {
    SharedBufferWire buffer;
    int64_t byteOffset;
};
static_assert(sizeof(SharedTransferWire) == 24);

// Followed by the input buffer (the rest of the message); the output buffer (which a
// METHOD_IN_DIRECT device reads and the others write) is in the arena.
struct SharedIoctlWire {
    uint32_t ioControlCode;
    uint32_t reserved;  // 0
    SharedBufferWire output;
};
static_assert(sizeof(SharedIoctlWire) == 24);

// Followed by the data: read bytes, IOCTL output, a UTF-16 multi-sz interface list,
// or UTF-8 text for Control and Hello.
struct ReplyWire {
    int32_t status;  // NTSTATUS
    uint32_t reserved;
    uint64_t information;  // IO_STATUS_BLOCK.Information
};
static_assert(sizeof(ReplyWire) == 16);

// ---- Decoded messages. ----

struct HelloRequest {
    uint32_t clientVersion = kVersion;
    uint32_t processId = 0;
};
struct CreateRequest {
    uint32_t desiredAccess = 0;
    uint32_t shareAccess = 0;
    uint32_t createDisposition = 0;
    uint32_t createOptions = 0;
    uint32_t fileAttributes = 0;
    std::u16string path;
};
struct ReadRequest {
    uint32_t length = 0;
    int64_t byteOffset = 0;
};
struct WriteRequest {
    int64_t byteOffset = 0;
    std::vector<uint8_t> data;
};
struct IoctlRequest {
    uint32_t ioControlCode = 0;
    uint32_t outputLength = 0;
    std::vector<uint8_t> input;
    // METHOD_IN_DIRECT only: the output buffer's contents (outputLength bytes); else empty.
    std::vector<uint8_t> outputData;
};

// Whether an IOCTL's output buffer carries data to the device (METHOD_IN_DIRECT).
inline bool ioctlSendsOutputBuffer(uint32_t ioControlCode) { return (ioControlCode & 3) == 1; }
struct CancelRequest {
    uint64_t targetRequestId = 0;
};
struct SharedBuffer {
    uint64_t offset = 0;
    uint32_t length = 0;
};
// The arena's file descriptor travels beside the message, not in it.
struct ShareArenaRequest {
    uint64_t size = 0;
};
struct SharedReadRequest {
    SharedBuffer buffer;
    int64_t byteOffset = 0;
};
struct SharedWriteRequest {
    SharedBuffer buffer;
    int64_t byteOffset = 0;
};
struct SharedIoctlRequest {
    uint32_t ioControlCode = 0;
    SharedBuffer output;
    std::vector<uint8_t> input;
};
struct CloseRequest {};
struct InterfaceListRequest {
    GuidWire interfaceClass{};
    uint32_t flags = 0;
};
// A kmdfctl verb and its arguments; on the wire: UTF-8 words, each followed by a NUL.
struct ControlRequest {
    std::string verb;
    std::vector<std::string> arguments;
};
struct Reply {
    int32_t status = 0;
    uint64_t information = 0;
    std::vector<uint8_t> data;
};

using Payload = std::variant<HelloRequest, CreateRequest, ReadRequest, WriteRequest, IoctlRequest, CancelRequest,
                             CloseRequest, InterfaceListRequest, ControlRequest, ShareArenaRequest,
                             SharedReadRequest, SharedWriteRequest, SharedIoctlRequest, Reply>;

struct Message {
    uint64_t requestId = 0;
    uint64_t handle = 0;
    Payload payload;

    MessageType type() const;
    bool isRequest() const { return type() != MessageType::Reply; }
};

// Serializes a message. Returns an empty vector if it would break a protocol limit
// (too much data, too long a path, an empty or oversized control verb).
std::vector<uint8_t> encodeMessage(const Message& message);

enum class DecodeStatus {
    Ok,
    Truncated,        // shorter than the header or than its fixed payload part
    BadMagic,
    BadVersion,
    LengthMismatch,   // header.length differs from the bytes received
    TooLarge,         // more than kMaxMessageSize
    UnknownType,
    BadPayload,       // a payload field is out of range or inconsistent
};

struct DecodeResult {
    DecodeStatus status = DecodeStatus::Ok;
    std::string error;  // what was wrong, for the log; empty when Ok
    bool ok() const { return status == DecodeStatus::Ok; }
};

// Validates and decodes one received packet. Pure: no state, no I/O.
DecodeResult decodeMessage(std::span<const uint8_t> bytes, Message* message);

// Checks a decoded shared buffer against the arena the connection mapped (arenaSize 0:
// none was shared). BadPayload with the reason when it does not lie inside.
DecodeResult checkSharedBuffer(const SharedBuffer& buffer, uint64_t arenaSize);

// Reads just the header (for replying to a message that failed to decode).
bool peekHeader(std::span<const uint8_t> bytes, MessageHeader* header);

// Multi-sz helpers for the InterfaceList reply data (UTF-16 code units, little-endian).
std::vector<uint8_t> encodeMultiSz(const std::vector<std::u16string>& strings);
std::vector<std::u16string> decodeMultiSz(std::span<const uint8_t> data);

}  // namespace kmdf::protocol
