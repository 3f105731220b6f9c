// "Buffer Descriptions for I/O Control Codes": for METHOD_IN_DIRECT the caller's output
// buffer carries data to the device, so the client sends its bytes to the host after the
// input buffer; the other methods send only the input buffer.
#include <gtest/gtest.h>

#include <variant>
#include <vector>

#include "client/protocol.h"

using namespace kmdf::protocol;

namespace {

constexpr uint32_t kInDirect = (0x8000u << 16) | (0x801u << 2) | 1u;
constexpr uint32_t kOutDirect = (0x8000u << 16) | (0x802u << 2) | 2u;

TEST(InDirectProtocol, TheOutputBufferOfAnInDirectIoctlTravelsAfterTheInput) {
    IoctlRequest request{kInDirect, 3, {1, 2}, {7, 8, 9}};
    std::vector<uint8_t> bytes = encodeMessage(Message{4, 6, request});
    ASSERT_FALSE(bytes.empty());
    EXPECT_EQ(bytes.size(), sizeof(MessageHeader) + sizeof(IoctlWire) + 5);
    Message decoded;
    ASSERT_TRUE(decodeMessage(bytes, &decoded).ok());
    const auto& ioctl = std::get<IoctlRequest>(decoded.payload);
    EXPECT_EQ(ioctl.outputLength, 3u);
    EXPECT_EQ(ioctl.input, (std::vector<uint8_t>{1, 2}));
    EXPECT_EQ(ioctl.outputData, (std::vector<uint8_t>{7, 8, 9}));
}

TEST(InDirectProtocol, OtherMethodsSendNoOutputBytes) {
    IoctlRequest request{kOutDirect, 3, {1, 2}, {}};
    std::vector<uint8_t> bytes = encodeMessage(Message{4, 6, request});
    ASSERT_FALSE(bytes.empty());
    Message decoded;
    ASSERT_TRUE(decodeMessage(bytes, &decoded).ok());
    const auto& ioctl = std::get<IoctlRequest>(decoded.payload);
    EXPECT_EQ(ioctl.input, (std::vector<uint8_t>{1, 2}));
    EXPECT_TRUE(ioctl.outputData.empty());
    // Output bytes for a method that does not send them are a caller error.
    EXPECT_TRUE(encodeMessage(Message{4, 6, IoctlRequest{kOutDirect, 3, {}, {1, 2, 3}}}).empty());
}

TEST(InDirectProtocol, AnInDirectIoctlMustCarryExactlyItsOutputBytes) {
    EXPECT_TRUE(encodeMessage(Message{4, 6, IoctlRequest{kInDirect, 3, {}, {1, 2}}}).empty());
    EXPECT_TRUE(
        encodeMessage(Message{4, 6, IoctlRequest{kInDirect, kMaxDataLength, std::vector<uint8_t>(1),
                                                 std::vector<uint8_t>(kMaxDataLength)}})
            .empty());
    // A message that claims more output bytes than it carries does not decode.
    std::vector<uint8_t> bytes = encodeMessage(Message{4, 6, IoctlRequest{kOutDirect, 64, {1, 2}, {}}});
    ASSERT_FALSE(bytes.empty());
    bytes[sizeof(MessageHeader)] = static_cast<uint8_t>((kOutDirect & ~3u) | 1u);  // now METHOD_IN_DIRECT
    Message decoded;
    DecodeResult result = decodeMessage(bytes, &decoded);
    EXPECT_EQ(result.status, DecodeStatus::BadPayload);
    EXPECT_NE(result.error.find("METHOD_IN_DIRECT"), std::string::npos) << result.error;
}

}  // namespace
