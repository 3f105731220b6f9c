// The buffers of an IRP the I/O manager built, per the target's buffering method
// (Methods for Accessing Data Buffers): a system buffer for buffered I/O, an MDL for
// direct I/O, the caller's buffer itself for neither. Shared by IoBuild*Request and
// the user I/O front end.
#pragma once

#include <ntddk.h>

namespace ntos {

// Read/write buffers by DO_BUFFERED_IO / DO_DIRECT_IO / neither. `isRead`: data flows
// to the caller. false when memory ran out. IRQL <= DISPATCH_LEVEL.
bool attachTransferBuffer(PIRP irp, PDEVICE_OBJECT target, void* buffer, ULONG length, bool isRead);

// IOCTL buffers by METHOD_FROM_CTL_CODE. IRQL <= DISPATCH_LEVEL.
bool attachIoctlBuffers(PIRP irp, ULONG ioControlCode, void* input, ULONG inputLength, void* output,
                        ULONG outputLength);

// Completion: copies min(Information, length) bytes of a buffered input operation to
// `destination` when the status is not an error.
void copyBufferedOutput(PIRP irp, void* destination, size_t length);

// Frees the system buffer (IRP_DEALLOCATE_BUFFER) and the MDL chain.
void releaseIrpBuffers(PIRP irp);

}  // namespace ntos
