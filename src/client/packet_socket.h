// SOCK_SEQPACKET Unix socket primitives used by both ends of the protocol.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace kmdf {

// Connects to a listening socket; returns the fd, or -1 with errno set.
int connectPacketSocket(const std::string& path);

// Sends one packet (MSG_NOSIGNAL, retries on EINTR). False with errno set on failure.
bool sendPacket(int fd, std::span<const uint8_t> packet);

// Receives one packet into buffer (resized to hold at most one byte more than the
// largest valid message). Returns the packet's real length (it may exceed what fits:
// the caller then sees more bytes than the protocol allows), 0 at end of stream, or -1
// with errno set.
int64_t receivePacket(int fd, std::vector<uint8_t>& buffer);

// Sends one packet with one file descriptor attached (SCM_RIGHTS).
bool sendPacketWithFd(int fd, std::span<const uint8_t> packet, int passedFd);

// Like receivePacket, and collects the file descriptors attached to the packet (received
// close-on-exec; the caller owns them). *controlTruncated: more were attached than fit.
int64_t receivePacketWithFds(int fd, std::vector<uint8_t>& buffer, std::vector<int>* fds, bool* controlTruncated);

}  // namespace kmdf
