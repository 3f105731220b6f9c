// TEST-ONLY hook: makes the framework's allocation of request objects fail, so that the
// low-memory paths ("Guaranteeing Forward Progress of I/O Operations") can be tested.
// It is deliberately tiny and not a fault-injection framework: issue 8's fault
// injection replaces it. Nothing in the framework turns it on by itself.
#pragma once

#include <ntddk.h>

namespace wdf::testhooks {

// The next `count` framework request allocations fail as if memory were exhausted: the
// request objects the framework creates for incoming IRPs and the reserved ones
// WdfIoQueueAssignForwardProgressPolicy creates. 0 turns the hook off. Process-wide.
// Any thread.
void failNextRequestAllocations(ULONG count);
// Allocations still to fail. Any thread.
ULONG pendingRequestAllocationFailures();

}  // namespace wdf::testhooks

namespace wdf {

// True when this request allocation must fail (consumes one armed failure). Any thread,
// any IRQL.
bool fxRequestAllocationShouldFail();

}  // namespace wdf
