#include "client/protocol.h"

#include <cstring>
#include <type_traits>

namespace kmdf::protocol {

namespace {

template <class T>
void append(std::vector<uint8_t>& out, const T& value) {
    static_assert(std::is_trivially_copyable_v<T>);
    const auto* bytes = reinterpret_cast<const uint8_t*>(&value);
    out.insert(out.end(), bytes, bytes + sizeof(T));
}

void appendBytes(std::vector<uint8_t>& out, const void* data, size_t size) {
    const auto* bytes = static_cast<const uint8_t*>(data);
    out.insert(out.end(), bytes, bytes + size);
}

template <class T>
T load(std::span<const uint8_t> bytes) {
    T value;
    std::memcpy(&value, bytes.data(), sizeof(T));
    return value;
}

struct TypeOfPayload {
    MessageType operator()(const HelloRequest&) const { return MessageType::Hello; }
    MessageType operator()(const CreateRequest&) const { return MessageType::Create; }
    MessageType operator()(const ReadRequest&) const { return MessageType::Read; }
    MessageType operator()(const WriteRequest&) const { return MessageType::Write; }
    MessageType operator()(const IoctlRequest&) const { return MessageType::Ioctl; }
    MessageType operator()(const CancelRequest&) const { return MessageType::Cancel; }
    MessageType operator()(const CloseRequest&) const { return MessageType::Close; }
    MessageType operator()(const InterfaceListRequest&) const { return MessageType::InterfaceList; }
    MessageType operator()(const ControlRequest&) const { return MessageType::Control; }
    MessageType operator()(const ShareArenaRequest&) const { return MessageType::ShareArena; }
    MessageType operator()(const SharedReadRequest&) const { return MessageType::SharedRead; }
    MessageType operator()(const SharedWriteRequest&) const { return MessageType::SharedWrite; }
    MessageType operator()(const SharedIoctlRequest&) const { return MessageType::SharedIoctl; }
    MessageType operator()(const Reply&) const { return MessageType::Reply; }
};

bool validArenaSize(uint64_t size) {
    return size != 0 && size <= kMaxArenaSize && size % kArenaPageSize == 0;
}

// The range must end inside the largest arena (so offset + length cannot overflow).
bool validRange(const SharedBuffer& buffer) {
    return buffer.offset <= kMaxArenaSize && buffer.length <= kMaxArenaSize - buffer.offset;
}

// Appends the payload; false if it breaks a protocol limit.
struct PayloadEncoder {
    std::vector<uint8_t>& out;

    bool operator()(const HelloRequest& m) const {
        append(out, HelloWire{m.clientVersion, m.processId});
        return true;
    }
    bool operator()(const CreateRequest& m) const {
        if (m.path.empty() || m.path.size() > kMaxPathUnits) return false;
        append(out, CreateWire{m.desiredAccess, m.shareAccess, m.createDisposition, m.createOptions, m.fileAttributes,
                               static_cast<uint32_t>(m.path.size())});
        appendBytes(out, m.path.data(), m.path.size() * sizeof(char16_t));
        return true;
    }
    bool operator()(const ReadRequest& m) const {
        if (m.length > kMaxDataLength) return false;
        append(out, ReadWire{m.length, 0, m.byteOffset});
        return true;
    }
    bool operator()(const WriteRequest& m) const {
        if (m.data.size() > kMaxDataLength) return false;
        append(out, WriteWire{m.byteOffset});
        appendBytes(out, m.data.data(), m.data.size());
        return true;
    }
    bool operator()(const IoctlRequest& m) const {
        if (m.input.size() > kMaxDataLength || m.outputLength > kMaxDataLength) return false;
        if (ioctlSendsOutputBuffer(m.ioControlCode)) {
            if (m.outputData.size() != m.outputLength) return false;
            if (m.input.size() + m.outputData.size() > kMaxDataLength) return false;
        } else if (!m.outputData.empty()) {
            return false;
        }
        append(out, IoctlWire{m.ioControlCode, m.outputLength});
        appendBytes(out, m.input.data(), m.input.size());
        appendBytes(out, m.outputData.data(), m.outputData.size());
        return true;
    }
    bool operator()(const CancelRequest& m) const {
        append(out, CancelWire{m.targetRequestId});
        return true;
    }
    bool operator()(const CloseRequest&) const { return true; }
    bool operator()(const InterfaceListRequest& m) const {
        append(out, InterfaceListWire{m.interfaceClass, m.flags, 0});
        return true;
    }
    bool operator()(const ControlRequest& m) const {
        size_t total = 0;
        auto word = [&](const std::string& text) {
            if (text.empty() || text.find('\0') != std::string::npos) return false;
            appendBytes(out, text.data(), text.size());
            out.push_back(0);
            total += text.size() + 1;
            return true;
        };
        if (!word(m.verb)) return false;
        for (const auto& argument : m.arguments) {
            if (!word(argument)) return false;
        }
        return total <= kMaxControlText;
    }
    bool operator()(const ShareArenaRequest& m) const {
        if (!validArenaSize(m.size)) return false;
        append(out, ShareArenaWire{m.size, 0, 0});
        return true;
    }
    bool operator()(const SharedReadRequest& m) const {
        if (!validRange(m.buffer)) return false;
        append(out, SharedTransferWire{{m.buffer.offset, m.buffer.length, 0}, m.byteOffset});
        return true;
    }
    bool operator()(const SharedWriteRequest& m) const {
        if (!validRange(m.buffer)) return false;
        append(out, SharedTransferWire{{m.buffer.offset, m.buffer.length, 0}, m.byteOffset});
        return true;
    }
    bool operator()(const SharedIoctlRequest& m) const {
        if (!validRange(m.output) || m.input.size() > kMaxDataLength) return false;
        append(out, SharedIoctlWire{m.ioControlCode, 0, {m.output.offset, m.output.length, 0}});
        appendBytes(out, m.input.data(), m.input.size());
        return true;
    }
    bool operator()(const Reply& m) const {
        if (m.data.size() > kMaxDataLength) return false;
        append(out, ReplyWire{m.status, 0, m.information});
        appendBytes(out, m.data.data(), m.data.size());
        return true;
    }
};

DecodeResult fail(DecodeStatus status, std::string error) { return DecodeResult{status, std::move(error)}; }

std::string number(uint64_t value) { return std::to_string(value); }

// Decodes the payload of a message whose header was validated.
class PayloadDecoder {
public:
    PayloadDecoder(MessageType type, std::span<const uint8_t> payload) : type_(type), payload_(payload) {}

    DecodeResult decode(Payload* out) {
        switch (type_) {
        case MessageType::Hello: return hello(out);
        case MessageType::Create: return create(out);
        case MessageType::Read: return read(out);
        case MessageType::Write: return write(out);
        case MessageType::Ioctl: return ioctl(out);
        case MessageType::Cancel: return cancel(out);
        case MessageType::Close: return close(out);
        case MessageType::InterfaceList: return interfaceList(out);
        case MessageType::Control: return control(out);
        case MessageType::ShareArena: return shareArena(out);
        case MessageType::SharedRead: return sharedTransfer(out);
        case MessageType::SharedWrite: return sharedTransfer(out);
        case MessageType::SharedIoctl: return sharedIoctl(out);
        case MessageType::Reply: return reply(out);
        }
        return fail(DecodeStatus::UnknownType, "unknown message type");
    }

private:
    // Checks that the payload holds at least the fixed part (exactly, when nothing may follow).
    bool fixedPart(size_t size, bool exact, DecodeResult* error) const {
        if (payload_.size() < size) {
            *error = fail(DecodeStatus::Truncated, std::string(messageTypeName(type_)) + " payload is " +
                                                      number(payload_.size()) + " bytes, needs " + number(size));
            return false;
        }
        if (exact && payload_.size() != size) {
            *error = fail(DecodeStatus::BadPayload, std::string(messageTypeName(type_)) + " payload is " +
                                                        number(payload_.size()) + " bytes, must be " + number(size));
            return false;
        }
        return true;
    }

    std::span<const uint8_t> rest(size_t fixed) const { return payload_.subspan(fixed); }

    DecodeResult hello(Payload* out) {
        DecodeResult error;
        if (!fixedPart(sizeof(HelloWire), true, &error)) return error;
        auto wire = load<HelloWire>(payload_);
        *out = HelloRequest{wire.clientVersion, wire.processId};
        return {};
    }

    DecodeResult create(Payload* out) {
        DecodeResult error;
        if (!fixedPart(sizeof(CreateWire), false, &error)) return error;
        auto wire = load<CreateWire>(payload_);
        if (wire.pathUnits == 0) return fail(DecodeStatus::BadPayload, "Create path is empty");
        if (wire.pathUnits > kMaxPathUnits)
            return fail(DecodeStatus::BadPayload, "Create path has " + number(wire.pathUnits) +
                                                      " UTF-16 units, the limit is " + number(kMaxPathUnits));
        auto path = rest(sizeof(CreateWire));
        if (path.size() != uint64_t{wire.pathUnits} * 2)
            return fail(DecodeStatus::BadPayload, "Create path declares " + number(wire.pathUnits) +
                                                      " UTF-16 units but " + number(path.size()) + " bytes follow");
        CreateRequest request{wire.desiredAccess, wire.shareAccess, wire.createDisposition, wire.createOptions,
                              wire.fileAttributes, std::u16string(wire.pathUnits, u'\0')};
        std::memcpy(request.path.data(), path.data(), path.size());
        if (request.path.find(u'\0') != std::u16string::npos)
            return fail(DecodeStatus::BadPayload, "Create path contains a NUL character");
        *out = std::move(request);
        return {};
    }

    DecodeResult read(Payload* out) {
        DecodeResult error;
        if (!fixedPart(sizeof(ReadWire), true, &error)) return error;
        auto wire = load<ReadWire>(payload_);
        if (wire.reserved != 0) return fail(DecodeStatus::BadPayload, "Read reserved field is not 0");
        if (wire.length > kMaxDataLength)
            return fail(DecodeStatus::BadPayload, "Read length " + number(wire.length) + " exceeds the limit " +
                                                      number(kMaxDataLength));
        *out = ReadRequest{wire.length, wire.byteOffset};
        return {};
    }

    DecodeResult write(Payload* out) {
        DecodeResult error;
        if (!fixedPart(sizeof(WriteWire), false, &error)) return error;
        auto wire = load<WriteWire>(payload_);
        auto data = rest(sizeof(WriteWire));
        if (data.size() > kMaxDataLength)
            return fail(DecodeStatus::BadPayload, "Write data of " + number(data.size()) + " bytes exceeds the limit " +
                                                      number(kMaxDataLength));
        *out = WriteRequest{wire.byteOffset, std::vector<uint8_t>(data.begin(), data.end())};
        return {};
    }

    DecodeResult ioctl(Payload* out) {
        DecodeResult error;
        if (!fixedPart(sizeof(IoctlWire), false, &error)) return error;
        auto wire = load<IoctlWire>(payload_);
        auto input = rest(sizeof(IoctlWire));
        if (wire.outputLength > kMaxDataLength)
            return fail(DecodeStatus::BadPayload, "Ioctl output length " + number(wire.outputLength) +
                                                      " exceeds the limit " + number(kMaxDataLength));
        if (input.size() > kMaxDataLength)
            return fail(DecodeStatus::BadPayload, "Ioctl input of " + number(input.size()) +
                                                      " bytes exceeds the limit " + number(kMaxDataLength));
        size_t inputLength = input.size();
        std::vector<uint8_t> outputData;
        if (ioctlSendsOutputBuffer(wire.ioControlCode)) {
            if (input.size() < wire.outputLength)
                return fail(DecodeStatus::BadPayload, "METHOD_IN_DIRECT Ioctl without its " +
                                                          number(wire.outputLength) + " output buffer bytes");
            inputLength = input.size() - wire.outputLength;
            outputData.assign(input.begin() + inputLength, input.end());
        }
        *out = IoctlRequest{wire.ioControlCode, wire.outputLength,
                            std::vector<uint8_t>(input.begin(), input.begin() + inputLength), std::move(outputData)};
        return {};
    }

    DecodeResult cancel(Payload* out) {
        DecodeResult error;
        if (!fixedPart(sizeof(CancelWire), true, &error)) return error;
        *out = CancelRequest{load<CancelWire>(payload_).targetRequestId};
        return {};
    }

    DecodeResult close(Payload* out) {
        DecodeResult error;
        if (!fixedPart(0, true, &error)) return error;
        *out = CloseRequest{};
        return {};
    }

    DecodeResult interfaceList(Payload* out) {
        DecodeResult error;
        if (!fixedPart(sizeof(InterfaceListWire), true, &error)) return error;
        auto wire = load<InterfaceListWire>(payload_);
        if (wire.reserved != 0) return fail(DecodeStatus::BadPayload, "InterfaceList reserved field is not 0");
        if ((wire.flags & ~kInterfaceListAllDevices) != 0)
            return fail(DecodeStatus::BadPayload, "InterfaceList has unknown flags " + number(wire.flags));
        *out = InterfaceListRequest{wire.interfaceClass, wire.flags};
        return {};
    }

    DecodeResult control(Payload* out) {
        if (payload_.empty()) return fail(DecodeStatus::Truncated, "Control request has no verb");
        if (payload_.size() > kMaxControlText)
            return fail(DecodeStatus::BadPayload, "Control text of " + number(payload_.size()) +
                                                      " bytes exceeds the limit " + number(kMaxControlText));
        if (payload_.back() != 0) return fail(DecodeStatus::BadPayload, "Control text does not end with a NUL");
        std::vector<std::string> words;
        size_t start = 0;
        for (size_t i = 0; i < payload_.size(); ++i) {
            if (payload_[i] != 0) continue;
            if (i == start) return fail(DecodeStatus::BadPayload, "Control text has an empty word");
            words.emplace_back(reinterpret_cast<const char*>(payload_.data() + start), i - start);
            start = i + 1;
        }
        ControlRequest request;
        request.verb = std::move(words.front());
        request.arguments.assign(std::make_move_iterator(words.begin() + 1), std::make_move_iterator(words.end()));
        *out = std::move(request);
        return {};
    }

    DecodeResult shareArena(Payload* out) {
        DecodeResult error;
        if (!fixedPart(sizeof(ShareArenaWire), true, &error)) return error;
        auto wire = load<ShareArenaWire>(payload_);
        if (wire.flags != 0) return fail(DecodeStatus::BadPayload, "ShareArena has unknown flags " + number(wire.flags));
        if (wire.reserved != 0) return fail(DecodeStatus::BadPayload, "ShareArena reserved field is not 0");
        if (!validArenaSize(wire.size))
            return fail(DecodeStatus::BadPayload, "ShareArena size " + number(wire.size) +
                                                      " is not a whole number of pages between 1 page and " +
                                                      number(kMaxArenaSize) + " bytes");
        *out = ShareArenaRequest{wire.size};
        return {};
    }

    bool sharedBuffer(const SharedBufferWire& wire, SharedBuffer* buffer, DecodeResult* error) const {
        const std::string what = std::string(messageTypeName(type_)) + " shared buffer";
        if (wire.reserved != 0) {
            *error = fail(DecodeStatus::BadPayload, what + " reserved field is not 0");
            return false;
        }
        *buffer = SharedBuffer{wire.offset, wire.length};
        if (!validRange(*buffer)) {
            *error = fail(DecodeStatus::BadPayload, what + " at offset " + number(wire.offset) + " length " +
                                                        number(wire.length) + " lies beyond the largest arena");
            return false;
        }
        return true;
    }

    DecodeResult sharedTransfer(Payload* out) {
        DecodeResult error;
        if (!fixedPart(sizeof(SharedTransferWire), true, &error)) return error;
        auto wire = load<SharedTransferWire>(payload_);
        SharedBuffer buffer;
        if (!sharedBuffer(wire.buffer, &buffer, &error)) return error;
        if (type_ == MessageType::SharedRead) *out = SharedReadRequest{buffer, wire.byteOffset};
        else *out = SharedWriteRequest{buffer, wire.byteOffset};
        return {};
    }

    DecodeResult sharedIoctl(Payload* out) {
        DecodeResult error;
        if (!fixedPart(sizeof(SharedIoctlWire), false, &error)) return error;
        auto wire = load<SharedIoctlWire>(payload_);
        if (wire.reserved != 0) return fail(DecodeStatus::BadPayload, "SharedIoctl reserved field is not 0");
        SharedBuffer output;
        if (!sharedBuffer(wire.output, &output, &error)) return error;
        auto input = rest(sizeof(SharedIoctlWire));
        if (input.size() > kMaxDataLength)
            return fail(DecodeStatus::BadPayload, "SharedIoctl input of " + number(input.size()) +
                                                      " bytes exceeds the limit " + number(kMaxDataLength));
        *out = SharedIoctlRequest{wire.ioControlCode, output, std::vector<uint8_t>(input.begin(), input.end())};
        return {};
    }

    DecodeResult reply(Payload* out) {
        DecodeResult error;
        if (!fixedPart(sizeof(ReplyWire), false, &error)) return error;
        auto wire = load<ReplyWire>(payload_);
        if (wire.reserved != 0) return fail(DecodeStatus::BadPayload, "Reply reserved field is not 0");
        auto data = rest(sizeof(ReplyWire));
        if (data.size() > kMaxDataLength)
            return fail(DecodeStatus::BadPayload, "Reply data of " + number(data.size()) + " bytes exceeds the limit " +
                                                      number(kMaxDataLength));
        *out = Reply{wire.status, wire.information, std::vector<uint8_t>(data.begin(), data.end())};
        return {};
    }

    MessageType type_;
    std::span<const uint8_t> payload_;
};

bool knownType(uint16_t type) {
    switch (static_cast<MessageType>(type)) {
    case MessageType::Hello:
    case MessageType::Create:
    case MessageType::Read:
    case MessageType::Write:
    case MessageType::Ioctl:
    case MessageType::Cancel:
    case MessageType::Close:
    case MessageType::InterfaceList:
    case MessageType::Control:
    case MessageType::ShareArena:
    case MessageType::SharedRead:
    case MessageType::SharedWrite:
    case MessageType::SharedIoctl:
    case MessageType::Reply: return true;
    }
    return false;
}

bool sharedBufferType(MessageType type) {
    return type == MessageType::ShareArena || type == MessageType::SharedRead || type == MessageType::SharedWrite ||
           type == MessageType::SharedIoctl;
}

}  // namespace

DecodeResult checkSharedBuffer(const SharedBuffer& buffer, uint64_t arenaSize) {
    if (arenaSize == 0) return fail(DecodeStatus::BadPayload, "shared buffer used before an arena was shared");
    if (buffer.offset > arenaSize || buffer.length > arenaSize - buffer.offset)
        return fail(DecodeStatus::BadPayload, "shared buffer at offset " + number(buffer.offset) + " length " +
                                                  number(buffer.length) + " lies outside the " + number(arenaSize) +
                                                  "-byte arena");
    return {};
}

const char* messageTypeName(MessageType type) {
    switch (type) {
    case MessageType::Hello: return "Hello";
    case MessageType::Create: return "Create";
    case MessageType::Read: return "Read";
    case MessageType::Write: return "Write";
    case MessageType::Ioctl: return "Ioctl";
    case MessageType::Cancel: return "Cancel";
    case MessageType::Close: return "Close";
    case MessageType::InterfaceList: return "InterfaceList";
    case MessageType::Control: return "Control";
    case MessageType::ShareArena: return "ShareArena";
    case MessageType::SharedRead: return "SharedRead";
    case MessageType::SharedWrite: return "SharedWrite";
    case MessageType::SharedIoctl: return "SharedIoctl";
    case MessageType::Reply: return "Reply";
    }
    return "unknown";
}

MessageType Message::type() const { return std::visit(TypeOfPayload{}, payload); }

std::vector<uint8_t> encodeMessage(const Message& message) {
    std::vector<uint8_t> out;
    out.reserve(sizeof(MessageHeader) + 64);
    MessageHeader header{kMagic, kVersion, static_cast<uint16_t>(message.type()), 0, 0, message.requestId,
                         message.handle};
    append(out, header);
    if (!std::visit(PayloadEncoder{out}, message.payload)) return {};
    if (out.size() > kMaxMessageSize) return {};
    header.length = static_cast<uint32_t>(out.size());
    std::memcpy(out.data(), &header, sizeof(header));
    return out;
}

bool peekHeader(std::span<const uint8_t> bytes, MessageHeader* header) {
    if (bytes.size() < sizeof(MessageHeader)) return false;
    *header = load<MessageHeader>(bytes);
    return true;
}

DecodeResult decodeMessage(std::span<const uint8_t> bytes, Message* message) {
    if (bytes.size() > kMaxMessageSize)
        return fail(DecodeStatus::TooLarge, "message of " + number(bytes.size()) + " bytes exceeds the limit " +
                                                number(kMaxMessageSize));
    MessageHeader header;
    if (!peekHeader(bytes, &header))
        return fail(DecodeStatus::Truncated, "message of " + number(bytes.size()) +
                                                 " bytes is shorter than the 32-byte header");
    if (header.magic != kMagic) return fail(DecodeStatus::BadMagic, "bad magic " + number(header.magic));
    if (header.version < kMinVersion || header.version > kVersion)
        return fail(DecodeStatus::BadVersion, "protocol version " + number(header.version) + " is not supported (" +
                                                  number(kMinVersion) + " to " + number(kVersion) + " are)");
    if (header.length > kMaxMessageSize)
        return fail(DecodeStatus::TooLarge, "header length " + number(header.length) + " exceeds the limit " +
                                                number(kMaxMessageSize));
    if (header.length != bytes.size())
        return fail(DecodeStatus::LengthMismatch, "header length " + number(header.length) + " but " +
                                                      number(bytes.size()) + " bytes received");
    if (header.reserved != 0) return fail(DecodeStatus::BadPayload, "header reserved field is not 0");
    if (!knownType(header.type)) return fail(DecodeStatus::UnknownType, "unknown message type " + number(header.type));
    auto type = static_cast<MessageType>(header.type);
    if (sharedBufferType(type) && header.version < kSharedBufferVersion)
        return fail(DecodeStatus::BadVersion, std::string(messageTypeName(type)) + " needs protocol version " +
                                                  number(kSharedBufferVersion) + ", the header says " +
                                                  number(header.version));
    Payload payload;
    auto result = PayloadDecoder(type, bytes.subspan(sizeof(MessageHeader))).decode(&payload);
    if (!result.ok()) return result;
    message->requestId = header.requestId;
    message->handle = header.handle;
    message->payload = std::move(payload);
    return {};
}

std::vector<uint8_t> encodeMultiSz(const std::vector<std::u16string>& strings) {
    std::vector<uint8_t> out;
    for (const auto& s : strings) {
        appendBytes(out, s.data(), s.size() * sizeof(char16_t));
        append(out, char16_t{0});
    }
    append(out, char16_t{0});
    return out;
}

std::vector<std::u16string> decodeMultiSz(std::span<const uint8_t> data) {
    std::vector<std::u16string> strings;
    std::u16string current;
    for (size_t i = 0; i + 1 < data.size(); i += 2) {
        char16_t unit = static_cast<char16_t>(data[i] | (data[i + 1] << 8));
        if (unit != 0) {
            current.push_back(unit);
        } else if (current.empty()) {
            break;
        } else {
            strings.push_back(std::move(current));
            current.clear();
        }
    }
    return strings;
}

}  // namespace kmdf::protocol
