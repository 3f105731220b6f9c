// Events, waits, Sleep, tick counts and the last-error value of the Win32 subset.
#include <windows.h>

#include "client/event_object.h"
#include "client/handle_table.h"
#include "client/last_error.h"

#include <algorithm>
#include <chrono>
#include <thread>
#include <vector>

using namespace kmdf::client;

namespace {

HANDLE toHandle(HandleTable::Value value) { return reinterpret_cast<HANDLE>(static_cast<uintptr_t>(value)); }

std::shared_ptr<Event> lookupEvent(HANDLE handle) {
    return processHandleTable().lookupAs<Event>(reinterpret_cast<uintptr_t>(handle));
}

HANDLE createEvent(BOOL manualReset, BOOL initialState, bool named) {
    if (named) {
        setLastError(ERROR_NOT_SUPPORTED);  // named (cross-process) events are not provided
        return nullptr;
    }
    auto value = processHandleTable().insert(std::make_shared<Event>(manualReset != FALSE, initialState != FALSE));
    setLastError(ERROR_SUCCESS);
    return toHandle(value);
}

DWORD waitFailed(DWORD error) {
    setLastError(error);
    return WAIT_FAILED;
}

}  // namespace

extern "C" {

DWORD WINAPI GetLastError(VOID) { return lastError(); }
VOID WINAPI SetLastError(DWORD dwErrCode) { setLastError(dwErrCode); }

HANDLE WINAPI CreateEventW(LPSECURITY_ATTRIBUTES lpEventAttributes, BOOL bManualReset, BOOL bInitialState,
                           LPCWSTR lpName) {
    (void)lpEventAttributes;
    return createEvent(bManualReset, bInitialState, lpName != nullptr);
}

HANDLE WINAPI CreateEventA(LPSECURITY_ATTRIBUTES lpEventAttributes, BOOL bManualReset, BOOL bInitialState,
                           LPCSTR lpName) {
    (void)lpEventAttributes;
    return createEvent(bManualReset, bInitialState, lpName != nullptr);
}

BOOL WINAPI SetEvent(HANDLE hEvent) {
    auto event = lookupEvent(hEvent);
    if (!event) {
        setLastError(ERROR_INVALID_HANDLE);
        return FALSE;
    }
    event->set();
    return TRUE;
}

BOOL WINAPI ResetEvent(HANDLE hEvent) {
    auto event = lookupEvent(hEvent);
    if (!event) {
        setLastError(ERROR_INVALID_HANDLE);
        return FALSE;
    }
    event->reset();
    return TRUE;
}

DWORD WINAPI WaitForSingleObject(HANDLE hHandle, DWORD dwMilliseconds) {
    return WaitForMultipleObjects(1, &hHandle, FALSE, dwMilliseconds);
}

DWORD WINAPI WaitForMultipleObjects(DWORD nCount, const HANDLE* lpHandles, BOOL bWaitAll, DWORD dwMilliseconds) {
    if (nCount == 0 || nCount > MAXIMUM_WAIT_OBJECTS || !lpHandles) return waitFailed(ERROR_INVALID_PARAMETER);
    // Holding the references keeps the events alive even if another thread closes them.
    std::vector<std::shared_ptr<Event>> owned;
    std::vector<Event*> events;
    for (DWORD i = 0; i < nCount; ++i) {
        auto event = lookupEvent(lpHandles[i]);
        if (!event) return waitFailed(ERROR_INVALID_HANDLE);
        if (bWaitAll && std::find(events.begin(), events.end(), event.get()) != events.end())
            return waitFailed(ERROR_INVALID_PARAMETER);  // a handle twice in a wait-all
        events.push_back(event.get());
        owned.push_back(std::move(event));
    }
    size_t index = 0;
    if (waitForEvents(events, bWaitAll != FALSE, dwMilliseconds, &index) == WaitOutcome::TimedOut) return WAIT_TIMEOUT;
    return WAIT_OBJECT_0 + (bWaitAll ? 0 : static_cast<DWORD>(index));
}

VOID WINAPI Sleep(DWORD dwMilliseconds) {
    if (dwMilliseconds == INFINITE) {
        for (;;) std::this_thread::sleep_for(std::chrono::hours(24));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(dwMilliseconds));
}

ULONGLONG WINAPI GetTickCount64(VOID) {
    return static_cast<ULONGLONG>(
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
            .count());
}

DWORD WINAPI GetTickCount(VOID) { return static_cast<DWORD>(GetTickCount64()); }

}  // extern "C"
