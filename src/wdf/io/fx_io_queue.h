// FxIoQueue: WDFQUEUE. Holds the requests it owns until it presents them to the driver
// (sequential: one at a time; parallel: up to NumberOfPresentedRequests; manual: only
// through WdfIoQueueRetrieveNextRequest), cancels the ones cancelled while queued, and
// follows start/stop and the device's power state ("Managing I/O Queues", "Dispatching
// Methods for I/O Requests").
#pragma once

#include <ntddk.h>
#include <wdf.h>

#include <deque>

#include "object/fx_object.h"
#include "support/fx_spin_mutex.h"

namespace wdf {

class FxDevice;
class FxRequest;

class FxIoQueue : public FxObject {
public:
    static constexpr FxObjectType kObjectType = FxObjectType::Queue;

    FxIoQueue(FxDriverGlobals* globals, FxDevice* device, const WDF_IO_QUEUE_CONFIG& config);

    // Validates the configuration and registers with the device. From fxCreate.
    NTSTATUS initialize();

    FxDevice* device() const { return device_; }
    bool allowsZeroLengthRequests() const { return config_.AllowZeroLengthRequests != FALSE; }
    bool powerManaged() const { return powerManaged_; }

    // Takes a new request (the IRP is marked pending). It is presented at once if the
    // queue can, else kept; a queue that does not accept requests fails it.
    // IRQL <= DISPATCH_LEVEL, any thread.
    void enqueue(FxRequest* request);

    // A request of this queue was completed (`driverOwned`: it had been presented or
    // retrieved). Presents the next one. IRQL <= DISPATCH_LEVEL, any thread.
    void requestCompleted(bool driverOwned);

    // WdfIoQueueStart / Stop / StopSynchronously. Start and Stop: IRQL <= DISPATCH_LEVEL;
    // StopSynchronously: PASSIVE_LEVEL (it waits for the driver's requests to complete).
    void start();
    void stop(PFN_WDF_IO_QUEUE_STATE stopComplete, WDFCONTEXT context);
    void stopSynchronously();
    // WdfIoQueueRetrieveNextRequest (manual queues, and others while stopped... see docs).
    // IRQL <= DISPATCH_LEVEL.
    NTSTATUS retrieveNextRequest(FxRequest** request);
    // WdfIoQueueGetState. IRQL <= DISPATCH_LEVEL.
    WDF_IO_QUEUE_STATE state(ULONG* queueRequests, ULONG* driverRequests) const;

    // The device entered (true) or left (false) D0: power-managed queues hold their
    // requests while the device is not in D0. IRQL PASSIVE_LEVEL.
    void setDevicePowered(bool powered);
    // Device removal: stop accepting and cancel every queued request. IRQL PASSIVE_LEVEL.
    void purgeForRemoval();

protected:
    void onCleanup() override;

private:
    // Presents requests while the queue may; re-entrant calls on the same thread (a
    // driver completing inline) return and let the outer loop continue.
    void dispatchNext();
    bool canPresentLocked() const;
    FxRequest* takeNextLocked();
    void present(FxRequest* request);
    void checkIdleLocked(PFN_WDF_IO_QUEUE_STATE* callback, WDFCONTEXT* context);
    // DRIVER_CANCEL for requests waiting in the queue. IRQL DISPATCH_LEVEL.
    static void cancelQueuedRequest(PDEVICE_OBJECT deviceObject, PIRP irp);

    FxDevice* device_;
    WDF_IO_QUEUE_CONFIG config_;
    bool powerManaged_ = true;
    ULONG maxPresented_ = 1;

    mutable FxSpinMutex lock_;
    std::deque<FxRequest*> waiting_;
    ULONG driverOwned_ = 0;
    bool accepting_ = true;
    bool started_ = true;
    bool devicePowered_ = false;
    PFN_WDF_IO_QUEUE_STATE stopComplete_ = nullptr;
    WDFCONTEXT stopContext_ = nullptr;
    KEVENT idleEvent_;  // signalled while no request is driver-owned
};

}  // namespace wdf
