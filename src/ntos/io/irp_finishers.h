// IRPs the I/O manager built itself (user I/O, IoBuild*Request, internal requests)
// need its post-processing once the last completion routine has run: copy buffered
// output, free the system buffer and MDLs, set the caller's IOSB/event, free the IRP.
// The builders register a finisher per IRP; IoCompleteRequest runs it.
#pragma once

#include <ntddk.h>

#include "ntos/platform/platform.h"

#include <functional>
#include <unordered_map>

namespace ntos {

class IrpFinishers {
public:
    using Finisher = std::function<void(PIRP)>;

    // Thread: any, IRQL <= DISPATCH_LEVEL.
    void add(PIRP irp, Finisher finisher);
    // Removes and runs the IRP's finisher; false when there is none.
    bool run(PIRP irp);
    // Whether the I/O manager will finish this IRP. Thread: any, IRQL <= DISPATCH_LEVEL.
    bool has(PIRP irp);
    // Forgets the IRP (freed without completion).
    void forget(PIRP irp);

private:
    platform::Mutex lock_;
    std::unordered_map<PIRP, Finisher> finishers_;
};

}  // namespace ntos
