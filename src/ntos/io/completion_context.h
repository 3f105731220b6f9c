// Marks the calling thread as running the I/O manager's completion post-processing,
// during which work that re-enters a driver (IRP_MJ_CLOSE) is deferred to a worker:
// the completing driver may hold its own locks.
#pragma once

namespace ntos {

class CompletionContext {
public:
    CompletionContext() { ++depth(); }
    ~CompletionContext() { --depth(); }
    CompletionContext(const CompletionContext&) = delete;
    CompletionContext& operator=(const CompletionContext&) = delete;

    static bool active() { return depth() > 0; }

private:
    static int& depth() {
        thread_local int value = 0;
        return value;
    }
};

}  // namespace ntos
