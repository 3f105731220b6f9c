#include "client/protocol.h"

#include <gtest/gtest.h>

#include <cstring>

using namespace kmdf::protocol;

namespace {

Message roundTrip(const Message& in) {
    auto bytes = encodeMessage(in);
    EXPECT_FALSE(bytes.empty());
    Message out;
    auto result = decodeMessage(bytes, &out);
    EXPECT_TRUE(result.ok()) << result.error;
    EXPECT_EQ(out.requestId, in.requestId);
    EXPECT_EQ(out.handle, in.handle);
    EXPECT_EQ(out.type(), in.type());
    return out;
}

std::vector<uint8_t> validRead() { return encodeMessage(Message{7, 9, ReadRequest{100, 0}}); }

void setHeaderLength(std::vector<uint8_t>& bytes) {
    uint32_t length = static_cast<uint32_t>(bytes.size());
    std::memcpy(bytes.data() + 8, &length, 4);
}

DecodeStatus decodeStatusOf(const std::vector<uint8_t>& bytes) {
    Message out;
    return decodeMessage(bytes, &out).status;
}

}  // namespace

TEST(Protocol, HeaderLayoutIsFixed) {
    auto bytes = encodeMessage(Message{0x1122334455667788, 0x99, CloseRequest{}});
    ASSERT_EQ(bytes.size(), 32u);
    uint32_t magic;
    std::memcpy(&magic, bytes.data(), 4);
    EXPECT_EQ(magic, kMagic);
    EXPECT_EQ(bytes[4], kVersion);
    EXPECT_EQ(bytes[6], static_cast<uint8_t>(MessageType::Close));
    EXPECT_EQ(bytes[8], 32);
    EXPECT_EQ(bytes[16], 0x88);
    EXPECT_EQ(bytes[24], 0x99);
}

TEST(Protocol, RoundTripsEveryType) {
    auto hello = roundTrip(Message{1, 0, HelloRequest{kVersion, 1234}});
    EXPECT_EQ(std::get<HelloRequest>(hello.payload).processId, 1234u);

    auto create = roundTrip(Message{2, 0, CreateRequest{0x80000000u, 3, 1, 0x20, 0x80, u"\\\\.\\Echo"}});
    const auto& c = std::get<CreateRequest>(create.payload);
    EXPECT_EQ(c.path, u"\\\\.\\Echo");
    EXPECT_EQ(c.desiredAccess, 0x80000000u);
    EXPECT_EQ(c.shareAccess, 3u);
    EXPECT_EQ(c.createDisposition, 1u);
    EXPECT_EQ(c.createOptions, 0x20u);
    EXPECT_EQ(c.fileAttributes, 0x80u);

    auto read = roundTrip(Message{3, 5, ReadRequest{4096, -1}});
    EXPECT_EQ(std::get<ReadRequest>(read.payload).length, 4096u);
    EXPECT_EQ(std::get<ReadRequest>(read.payload).byteOffset, -1);

    auto write = roundTrip(Message{4, 5, WriteRequest{16, {1, 2, 3}}});
    EXPECT_EQ(std::get<WriteRequest>(write.payload).data, (std::vector<uint8_t>{1, 2, 3}));
    EXPECT_EQ(std::get<WriteRequest>(write.payload).byteOffset, 16);

    auto ioctl = roundTrip(Message{5, 5, IoctlRequest{0x222003, 64, {9, 8}}});
    EXPECT_EQ(std::get<IoctlRequest>(ioctl.payload).ioControlCode, 0x222003u);
    EXPECT_EQ(std::get<IoctlRequest>(ioctl.payload).outputLength, 64u);
    EXPECT_EQ(std::get<IoctlRequest>(ioctl.payload).input, (std::vector<uint8_t>{9, 8}));

    auto cancel = roundTrip(Message{6, 5, CancelRequest{77}});
    EXPECT_EQ(std::get<CancelRequest>(cancel.payload).targetRequestId, 77u);

    roundTrip(Message{7, 5, CloseRequest{}});

    InterfaceListRequest list{{0xcdc35b6e, 0x0be4, 0x4936, {0xbf, 0x5f, 0x55, 0x37, 0x38, 0x0a, 0x7c, 0x1a}}, 1};
    auto listOut = roundTrip(Message{8, 0, list});
    EXPECT_EQ(std::memcmp(&std::get<InterfaceListRequest>(listOut.payload).interfaceClass, &list.interfaceClass, 16), 0);
    EXPECT_EQ(std::get<InterfaceListRequest>(listOut.payload).flags, 1u);

    auto control = roundTrip(Message{9, 0, ControlRequest{"status", {"ROOT\\ECHO\\0000", "x"}}});
    EXPECT_EQ(std::get<ControlRequest>(control.payload).verb, "status");
    EXPECT_EQ(std::get<ControlRequest>(control.payload).arguments,
              (std::vector<std::string>{"ROOT\\ECHO\\0000", "x"}));

    auto reply = roundTrip(Message{10, 3, Reply{static_cast<int32_t>(0x80000005), 512, {4, 5, 6}}});
    EXPECT_EQ(std::get<Reply>(reply.payload).status, static_cast<int32_t>(0x80000005));
    EXPECT_EQ(std::get<Reply>(reply.payload).information, 512u);
    EXPECT_EQ(std::get<Reply>(reply.payload).data, (std::vector<uint8_t>{4, 5, 6}));
    EXPECT_FALSE(reply.isRequest());
}

TEST(Protocol, MaximumDataRoundTrips) {
    std::vector<uint8_t> data(kMaxDataLength, 0xAB);
    auto out = roundTrip(Message{1, 2, WriteRequest{0, data}});
    EXPECT_EQ(std::get<WriteRequest>(out.payload).data.size(), kMaxDataLength);
}

TEST(Protocol, EncodeRefusesWhatBreaksALimit) {
    EXPECT_TRUE(encodeMessage(Message{1, 2, WriteRequest{0, std::vector<uint8_t>(kMaxDataLength + 1)}}).empty());
    EXPECT_TRUE(encodeMessage(Message{1, 2, ReadRequest{kMaxDataLength + 1, 0}}).empty());
    EXPECT_TRUE(encodeMessage(Message{1, 2, IoctlRequest{1, kMaxDataLength + 1, {}}}).empty());
    EXPECT_TRUE(encodeMessage(Message{1, 0, CreateRequest{0, 0, 1, 0, 0, u""}}).empty());
    EXPECT_TRUE(encodeMessage(Message{1, 0, CreateRequest{0, 0, 1, 0, 0, std::u16string(kMaxPathUnits + 1, u'a')}})
                    .empty());
    EXPECT_TRUE(encodeMessage(Message{1, 0, ControlRequest{"", {}}}).empty());
    EXPECT_TRUE(encodeMessage(Message{1, 0, ControlRequest{"tree", {""}}}).empty());
    EXPECT_TRUE(encodeMessage(Message{1, 0, ControlRequest{std::string(kMaxControlText, 'x'), {}}}).empty());
}

TEST(Protocol, RejectsTruncatedHeader) {
    auto bytes = validRead();
    for (size_t size : {0u, 1u, 31u}) {
        std::vector<uint8_t> cut(bytes.begin(), bytes.begin() + size);
        EXPECT_EQ(decodeStatusOf(cut), DecodeStatus::Truncated) << size;
    }
}

TEST(Protocol, RejectsBadMagicAndVersion) {
    auto bytes = validRead();
    bytes[0] ^= 0xFF;
    EXPECT_EQ(decodeStatusOf(bytes), DecodeStatus::BadMagic);
    bytes = validRead();
    bytes[4] = kVersion + 1;
    EXPECT_EQ(decodeStatusOf(bytes), DecodeStatus::BadVersion);
    bytes = validRead();
    bytes[4] = 0;
    EXPECT_EQ(decodeStatusOf(bytes), DecodeStatus::BadVersion);
}

TEST(Protocol, RejectsLengthMismatch) {
    auto bytes = validRead();
    bytes.push_back(0);  // one byte more than the header says
    EXPECT_EQ(decodeStatusOf(bytes), DecodeStatus::LengthMismatch);
    bytes = validRead();
    bytes[8] += 1;  // header claims one byte more than was received
    EXPECT_EQ(decodeStatusOf(bytes), DecodeStatus::LengthMismatch);
}

TEST(Protocol, RejectsHugeMessagesAndLengths) {
    std::vector<uint8_t> huge(kMaxMessageSize + 1, 0);
    auto header = validRead();
    std::memcpy(huge.data(), header.data(), 32);
    setHeaderLength(huge);
    Message out;
    auto result = decodeMessage(huge, &out);
    EXPECT_EQ(result.status, DecodeStatus::TooLarge);
    EXPECT_FALSE(result.error.empty());

    auto bytes = validRead();
    uint32_t claimed = 0xFFFFFFF0u;
    std::memcpy(bytes.data() + 8, &claimed, 4);
    EXPECT_EQ(decodeStatusOf(bytes), DecodeStatus::TooLarge);
}

TEST(Protocol, RejectsUnknownTypeAndReservedHeaderBits) {
    auto bytes = validRead();
    bytes[6] = 55;
    EXPECT_EQ(decodeStatusOf(bytes), DecodeStatus::UnknownType);
    bytes = validRead();
    bytes[12] = 1;
    EXPECT_EQ(decodeStatusOf(bytes), DecodeStatus::BadPayload);
}

TEST(Protocol, RejectsFixedPayloadsOfTheWrongSize) {
    // Read: 16 bytes exactly.
    auto bytes = validRead();
    bytes.resize(bytes.size() - 1);
    setHeaderLength(bytes);
    EXPECT_EQ(decodeStatusOf(bytes), DecodeStatus::Truncated);
    bytes = validRead();
    bytes.push_back(0);
    setHeaderLength(bytes);
    EXPECT_EQ(decodeStatusOf(bytes), DecodeStatus::BadPayload);
    // Close: no payload.
    bytes = encodeMessage(Message{1, 2, CloseRequest{}});
    bytes.push_back(0);
    setHeaderLength(bytes);
    EXPECT_EQ(decodeStatusOf(bytes), DecodeStatus::BadPayload);
    // Cancel, Hello, InterfaceList, Reply fixed parts truncated.
    for (auto message : {Message{1, 2, CancelRequest{3}}, Message{1, 0, HelloRequest{}},
                         Message{1, 0, InterfaceListRequest{}}, Message{1, 0, Reply{}},
                         Message{1, 0, WriteRequest{}}, Message{1, 0, IoctlRequest{}}}) {
        bytes = encodeMessage(message);
        bytes.resize(bytes.size() - 1);
        setHeaderLength(bytes);
        EXPECT_EQ(decodeStatusOf(bytes), DecodeStatus::Truncated) << messageTypeName(message.type());
    }
}

TEST(Protocol, RejectsBadCreatePaths) {
    auto good = encodeMessage(Message{1, 0, CreateRequest{0, 0, 1, 0, 0, u"\\\\.\\Echo"}});
    auto bytes = good;
    bytes.resize(bytes.size() - 2);  // one unit fewer than declared
    setHeaderLength(bytes);
    EXPECT_EQ(decodeStatusOf(bytes), DecodeStatus::BadPayload);
    bytes = good;
    bytes.push_back(0);  // odd trailing byte
    setHeaderLength(bytes);
    EXPECT_EQ(decodeStatusOf(bytes), DecodeStatus::BadPayload);
    bytes = good;
    uint32_t units = 0;
    std::memcpy(bytes.data() + 32 + 20, &units, 4);
    EXPECT_EQ(decodeStatusOf(bytes), DecodeStatus::BadPayload);
    units = 0xFFFFFFFFu;  // would overflow a naive size computation
    std::memcpy(bytes.data() + 32 + 20, &units, 4);
    EXPECT_EQ(decodeStatusOf(bytes), DecodeStatus::BadPayload);
    bytes = encodeMessage(Message{1, 0, CreateRequest{0, 0, 1, 0, 0, std::u16string(u"a\0b", 3)}});
    EXPECT_EQ(decodeStatusOf(bytes), DecodeStatus::BadPayload);
}

TEST(Protocol, RejectsOutOfRangeLengthsInsideTheLimit) {
    auto bytes = validRead();
    uint32_t length = kMaxDataLength + 1;
    std::memcpy(bytes.data() + 32, &length, 4);
    EXPECT_EQ(decodeStatusOf(bytes), DecodeStatus::BadPayload);

    bytes = encodeMessage(Message{1, 2, IoctlRequest{1, 0, {}}});
    std::memcpy(bytes.data() + 32 + 4, &length, 4);
    EXPECT_EQ(decodeStatusOf(bytes), DecodeStatus::BadPayload);

    bytes = encodeMessage(Message{1, 2, WriteRequest{0, std::vector<uint8_t>(kMaxDataLength)}});
    bytes.push_back(0);  // data one byte over the limit, message still under kMaxMessageSize
    setHeaderLength(bytes);
    EXPECT_EQ(decodeStatusOf(bytes), DecodeStatus::BadPayload);

    bytes = validRead();
    bytes[32 + 4] = 1;  // Read reserved
    EXPECT_EQ(decodeStatusOf(bytes), DecodeStatus::BadPayload);

    bytes = encodeMessage(Message{1, 0, InterfaceListRequest{{}, 2}});
    EXPECT_EQ(decodeStatusOf(bytes), DecodeStatus::BadPayload);

    bytes = encodeMessage(Message{1, 0, Reply{}});
    bytes[32 + 4] = 1;  // Reply reserved
    EXPECT_EQ(decodeStatusOf(bytes), DecodeStatus::BadPayload);
}

TEST(Protocol, RejectsMalformedControlText) {
    auto make = [](const std::string& text) {
        auto bytes = encodeMessage(Message{1, 0, ControlRequest{"x", {}}});
        bytes.resize(32);
        bytes.insert(bytes.end(), text.begin(), text.end());
        setHeaderLength(bytes);
        return bytes;
    };
    EXPECT_EQ(decodeStatusOf(make(std::string("tree\0", 5))), DecodeStatus::Ok);
    EXPECT_EQ(decodeStatusOf(make("")), DecodeStatus::Truncated);
    EXPECT_EQ(decodeStatusOf(make("tree")), DecodeStatus::BadPayload);                         // no NUL
    EXPECT_EQ(decodeStatusOf(make(std::string("\0", 1))), DecodeStatus::BadPayload);          // empty verb
    EXPECT_EQ(decodeStatusOf(make(std::string("a\0\0", 3))), DecodeStatus::BadPayload);       // empty argument
    EXPECT_EQ(decodeStatusOf(make(std::string(kMaxControlText + 1, 'a'))), DecodeStatus::BadPayload);
}

TEST(Protocol, DecodeReportsTheReason) {
    auto bytes = validRead();
    bytes[6] = 200;
    Message out;
    auto result = decodeMessage(bytes, &out);
    EXPECT_EQ(result.error, "unknown message type 200");
}

TEST(Protocol, MultiSzRoundTrip) {
    std::vector<std::u16string> list{u"\\\\?\\ROOT#ECHO#0000#{x}", u"b"};
    auto bytes = encodeMultiSz(list);
    EXPECT_EQ(bytes.size(), (list[0].size() + 1 + 1 + 1 + 1) * 2);
    EXPECT_EQ(decodeMultiSz(bytes), list);
    EXPECT_EQ(encodeMultiSz({}).size(), 2u);
    EXPECT_TRUE(decodeMultiSz(encodeMultiSz({})).empty());
}

// ---- Version 2: shared-buffer messages (direct I/O). ----

namespace {

void setU64(std::vector<uint8_t>& bytes, size_t at, uint64_t value) { std::memcpy(bytes.data() + at, &value, 8); }
void setU32(std::vector<uint8_t>& bytes, size_t at, uint32_t value) { std::memcpy(bytes.data() + at, &value, 4); }

DecodeResult decodeOf(const std::vector<uint8_t>& bytes) {
    Message out;
    return decodeMessage(bytes, &out);
}

constexpr size_t kPayload = sizeof(MessageHeader);

}  // namespace

TEST(ProtocolShared, WireLayoutsAreFixed) {
    auto arena = encodeMessage(Message{1, 0, ShareArenaRequest{8192}});
    ASSERT_EQ(arena.size(), kPayload + 16);
    EXPECT_EQ(arena[6], static_cast<uint8_t>(MessageType::ShareArena));
    EXPECT_EQ(arena[4], 2);  // header version
    uint64_t size;
    std::memcpy(&size, arena.data() + kPayload, 8);
    EXPECT_EQ(size, 8192u);

    auto read = encodeMessage(Message{1, 5, SharedReadRequest{{4096, 100}, -7}});
    ASSERT_EQ(read.size(), kPayload + 24);
    uint64_t offset;
    uint32_t length;
    int64_t byteOffset;
    std::memcpy(&offset, read.data() + kPayload, 8);
    std::memcpy(&length, read.data() + kPayload + 8, 4);
    std::memcpy(&byteOffset, read.data() + kPayload + 16, 8);
    EXPECT_EQ(offset, 4096u);
    EXPECT_EQ(length, 100u);
    EXPECT_EQ(byteOffset, -7);

    auto ioctl = encodeMessage(Message{1, 5, SharedIoctlRequest{0x222003, {8192, 64}, {1, 2, 3}}});
    ASSERT_EQ(ioctl.size(), kPayload + 24 + 3);
    uint32_t code;
    std::memcpy(&code, ioctl.data() + kPayload, 4);
    std::memcpy(&offset, ioctl.data() + kPayload + 8, 8);
    std::memcpy(&length, ioctl.data() + kPayload + 16, 4);
    EXPECT_EQ(code, 0x222003u);
    EXPECT_EQ(offset, 8192u);
    EXPECT_EQ(length, 64u);
    EXPECT_EQ(ioctl.back(), 3);
}

TEST(ProtocolShared, RoundTripsEverySharedType) {
    auto arena = roundTrip(Message{1, 0, ShareArenaRequest{kMaxArenaSize}});
    EXPECT_EQ(std::get<ShareArenaRequest>(arena.payload).size, kMaxArenaSize);

    auto read = roundTrip(Message{2, 3, SharedReadRequest{{1, 0xFFFFFFFF}, 99}});
    const auto& r = std::get<SharedReadRequest>(read.payload);
    EXPECT_EQ(r.buffer.offset, 1u);  // ends exactly at the largest arena
    EXPECT_EQ(r.buffer.length, 0xFFFFFFFFu);
    EXPECT_EQ(r.byteOffset, 99);

    auto write = roundTrip(Message{4, 5, SharedWriteRequest{{0, 1 << 20}, 4096}});
    const auto& w = std::get<SharedWriteRequest>(write.payload);
    EXPECT_EQ(w.buffer.offset, 0u);
    EXPECT_EQ(w.buffer.length, 1u << 20);
    EXPECT_EQ(w.byteOffset, 4096);

    std::vector<uint8_t> input(kMaxDataLength, 0x5A);
    auto ioctl = roundTrip(Message{6, 7, SharedIoctlRequest{0x80002006, {kMaxArenaSize - 10, 10}, input}});
    const auto& i = std::get<SharedIoctlRequest>(ioctl.payload);
    EXPECT_EQ(i.ioControlCode, 0x80002006u);
    EXPECT_EQ(i.output.offset, kMaxArenaSize - 10);
    EXPECT_EQ(i.output.length, 10u);
    EXPECT_EQ(i.input, input);

    auto empty = roundTrip(Message{8, 7, SharedIoctlRequest{1, {0, 0}, {}}});
    EXPECT_TRUE(std::get<SharedIoctlRequest>(empty.payload).input.empty());
}

TEST(ProtocolShared, VersionOneHeadersStillDecodeOldMessagesButNotSharedOnes) {
    auto read = validRead();
    read[4] = 1;
    EXPECT_TRUE(decodeOf(read).ok());
    for (auto message : {Message{1, 0, ShareArenaRequest{4096}}, Message{1, 2, SharedReadRequest{{0, 1}, 0}},
                         Message{1, 2, SharedWriteRequest{{0, 1}, 0}}, Message{1, 2, SharedIoctlRequest{}}}) {
        auto bytes = encodeMessage(message);
        ASSERT_FALSE(bytes.empty());
        bytes[4] = 1;
        auto result = decodeOf(bytes);
        EXPECT_EQ(result.status, DecodeStatus::BadVersion) << messageTypeName(message.type());
        EXPECT_NE(result.error.find("needs protocol version 2"), std::string::npos) << result.error;
    }
}

TEST(ProtocolShared, EncodeRefusesWhatBreaksALimit) {
    EXPECT_TRUE(encodeMessage(Message{1, 0, ShareArenaRequest{0}}).empty());
    EXPECT_TRUE(encodeMessage(Message{1, 0, ShareArenaRequest{4095}}).empty());
    EXPECT_TRUE(encodeMessage(Message{1, 0, ShareArenaRequest{kMaxArenaSize + 4096}}).empty());
    EXPECT_TRUE(encodeMessage(Message{1, 2, SharedReadRequest{{kMaxArenaSize, 1}, 0}}).empty());
    EXPECT_TRUE(encodeMessage(Message{1, 2, SharedWriteRequest{{UINT64_MAX, 1}, 0}}).empty());
    EXPECT_TRUE(encodeMessage(Message{1, 2, SharedIoctlRequest{1, {0, 1}, std::vector<uint8_t>(kMaxDataLength + 1)}})
                    .empty());
    EXPECT_FALSE(encodeMessage(Message{1, 2, SharedReadRequest{{kMaxArenaSize, 0}, 0}}).empty());
}

TEST(ProtocolShared, RejectsBadShareArenaFields) {
    auto good = encodeMessage(Message{1, 0, ShareArenaRequest{8192}});
    auto bytes = good;
    setU64(bytes, kPayload, 0);
    EXPECT_EQ(decodeStatusOf(bytes), DecodeStatus::BadPayload);
    bytes = good;
    setU64(bytes, kPayload, 8191);  // not whole pages
    EXPECT_EQ(decodeStatusOf(bytes), DecodeStatus::BadPayload);
    bytes = good;
    setU64(bytes, kPayload, kMaxArenaSize + 4096);
    EXPECT_EQ(decodeStatusOf(bytes), DecodeStatus::BadPayload);
    bytes = good;
    setU32(bytes, kPayload + 8, 1);  // flags
    EXPECT_EQ(decodeStatusOf(bytes), DecodeStatus::BadPayload);
    bytes = good;
    setU32(bytes, kPayload + 12, 1);  // reserved
    EXPECT_EQ(decodeStatusOf(bytes), DecodeStatus::BadPayload);
    bytes = good;
    bytes.push_back(0);
    setHeaderLength(bytes);
    EXPECT_EQ(decodeStatusOf(bytes), DecodeStatus::BadPayload);
    bytes = good;
    bytes.resize(bytes.size() - 1);
    setHeaderLength(bytes);
    EXPECT_EQ(decodeStatusOf(bytes), DecodeStatus::Truncated);
}

TEST(ProtocolShared, RejectsBadSharedTransferFields) {
    for (auto message : {Message{1, 2, SharedReadRequest{{4096, 16}, 0}}, Message{1, 2, SharedWriteRequest{{4096, 16}, 0}}}) {
        const char* name = messageTypeName(message.type());
        auto good = encodeMessage(message);
        auto bytes = good;
        setU32(bytes, kPayload + 12, 1);  // buffer reserved
        EXPECT_EQ(decodeStatusOf(bytes), DecodeStatus::BadPayload) << name;
        bytes = good;
        setU64(bytes, kPayload, UINT64_MAX - 4);  // offset + length overflows
        auto result = decodeOf(bytes);
        EXPECT_EQ(result.status, DecodeStatus::BadPayload) << name;
        EXPECT_NE(result.error.find("beyond the largest arena"), std::string::npos) << result.error;
        bytes = good;
        setU64(bytes, kPayload, kMaxArenaSize);  // starts at the end, length 16
        EXPECT_EQ(decodeStatusOf(bytes), DecodeStatus::BadPayload) << name;
        bytes = good;
        bytes.push_back(0);
        setHeaderLength(bytes);
        EXPECT_EQ(decodeStatusOf(bytes), DecodeStatus::BadPayload) << name;
        bytes = good;
        bytes.resize(bytes.size() - 1);
        setHeaderLength(bytes);
        EXPECT_EQ(decodeStatusOf(bytes), DecodeStatus::Truncated) << name;
    }
}

TEST(ProtocolShared, RejectsBadSharedIoctlFields) {
    auto good = encodeMessage(Message{1, 2, SharedIoctlRequest{7, {0, 16}, {1, 2}}});
    auto bytes = good;
    setU32(bytes, kPayload + 4, 1);  // reserved
    EXPECT_EQ(decodeStatusOf(bytes), DecodeStatus::BadPayload);
    bytes = good;
    setU32(bytes, kPayload + 20, 1);  // output buffer reserved
    EXPECT_EQ(decodeStatusOf(bytes), DecodeStatus::BadPayload);
    bytes = good;
    setU64(bytes, kPayload + 8, UINT64_MAX);  // output offset
    EXPECT_EQ(decodeStatusOf(bytes), DecodeStatus::BadPayload);
    bytes = encodeMessage(Message{1, 2, SharedIoctlRequest{7, {0, 16}, {}}});
    bytes.resize(bytes.size() - 1);
    setHeaderLength(bytes);
    EXPECT_EQ(decodeStatusOf(bytes), DecodeStatus::Truncated);
    // More input than a message may carry: the message itself exceeds the limit.
    bytes = encodeMessage(Message{1, 2, SharedIoctlRequest{7, {0, 16}, std::vector<uint8_t>(kMaxDataLength)}});
    ASSERT_FALSE(bytes.empty());
    bytes.resize(bytes.size() + 4096);
    setHeaderLength(bytes);
    EXPECT_EQ(decodeStatusOf(bytes), DecodeStatus::TooLarge);
    bytes.resize(bytes.size() - 4096 + 1);
    setHeaderLength(bytes);
    EXPECT_EQ(decodeStatusOf(bytes), DecodeStatus::BadPayload);
}

TEST(ProtocolShared, CheckSharedBufferAcceptsExactlyTheRangesInsideTheArena) {
    EXPECT_TRUE(checkSharedBuffer({0, 4096}, 4096).ok());
    EXPECT_TRUE(checkSharedBuffer({4095, 1}, 4096).ok());
    EXPECT_TRUE(checkSharedBuffer({4096, 0}, 4096).ok());
    EXPECT_EQ(checkSharedBuffer({4096, 1}, 4096).status, DecodeStatus::BadPayload);
    EXPECT_EQ(checkSharedBuffer({4097, 0}, 4096).status, DecodeStatus::BadPayload);
    EXPECT_EQ(checkSharedBuffer({1, 4096}, 4096).status, DecodeStatus::BadPayload);
    EXPECT_EQ(checkSharedBuffer({UINT64_MAX, 0xFFFFFFFF}, 4096).status, DecodeStatus::BadPayload);
    auto none = checkSharedBuffer({0, 1}, 0);
    EXPECT_EQ(none.status, DecodeStatus::BadPayload);
    EXPECT_NE(none.error.find("before an arena was shared"), std::string::npos) << none.error;
    auto outside = checkSharedBuffer({8, 4096}, 4096);
    EXPECT_NE(outside.error.find("outside the 4096-byte arena"), std::string::npos) << outside.error;
}
