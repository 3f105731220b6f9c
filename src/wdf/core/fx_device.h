// FxDevice: the WDFDEVICE object and the WDM device object behind it. It routes the IRPs
// of its device object to the PnP machine and the I/O queues, owns its device
// interfaces and symbolic links, and, at removal, detaches and deletes the device object.
#pragma once

#include <ntddk.h>
#include <wdf.h>

#include <array>
#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "object/fx_object.h"
#include "support/fx_spin_mutex.h"
#include "wdf/core/fx_device_init.h"

namespace wdf {

class FxFileObject;
class FxIdlePolicy;
class FxIoQueue;
class FxPnpMachine;

// What the framework keeps in DEVICE_OBJECT.DeviceExtension. It lives as long as the
// device object (which every IRP sent to it keeps referenced), so the dispatch count and
// the gone flag stay valid while the WDFDEVICE itself is deleted.
struct FxDeviceExtension {
    static constexpr uint64_t kMagic = 0x5645444b46584446ull;  // "FDXFKDEV"
    uint64_t magic;
    std::atomic<class FxDevice*> device;  // null once the WDFDEVICE is gone
    std::atomic<int> dispatchers;         // fxDispatchIrp calls running for the device
    std::atomic<bool> gone;               // removal began: new IRPs find no device

    // The extension of one of our device objects, or nullptr. Any thread, any IRQL.
    static FxDeviceExtension* of(PDEVICE_OBJECT deviceObject);
};

class FxDevice : public FxObject {
public:
    static constexpr FxObjectType kObjectType = FxObjectType::Device;

    FxDevice(FxDriverGlobals* globals, FxDeviceInit& init);
    ~FxDevice() override;

    // Creates the WDM device object and attaches it to the PDO's stack (a control device:
    // names it and registers its shutdown notification instead). From fxCreate.
    NTSTATUS initialize();

    // The FxDevice of one of our device objects, or nullptr. Any thread, any IRQL.
    static FxDevice* fromDeviceObject(PDEVICE_OBJECT deviceObject);

    PDEVICE_OBJECT deviceObject() const { return deviceObject_; }
    PDEVICE_OBJECT attachedDevice() const { return attachedDevice_; }  // next lower
    PDEVICE_OBJECT physicalDevice() const { return physicalDevice_; }
    FxDeviceInit::Role role() const { return role_; }
    const WDF_PNPPOWER_EVENT_CALLBACKS& pnpPowerCallbacks() const { return pnpPowerCallbacks_; }
    const WDF_POWER_POLICY_EVENT_CALLBACKS& powerPolicyCallbacks() const { return powerPolicyCallbacks_; }
    const FxStateNotifications& stateNotifications() const { return stateNotifications_; }
    const WDF_FDO_EVENT_CALLBACKS& fdoCallbacks() const { return fdoCallbacks_; }
    FxPnpMachine& pnp() { return *pnp_; }

    // After EvtDriverDeviceAdd succeeded, or WdfControlFinishInitializing: clears
    // DO_DEVICE_INITIALIZING. IRQL <= DISPATCH_LEVEL.
    void finishInitializing();
    // A control device before WdfControlFinishInitializing: no I/O reaches it (the I/O
    // manager clears DO_DEVICE_INITIALIZING of devices created in DriverEntry by itself).
    bool initializing() const { return !initialized_; }
    // Before the WDFDEVICE is deleted: IRPs that arrive from now on find no device, and
    // the dispatch routines already running for it (other than `ownDispatches` on this
    // thread) are waited for. IRQL PASSIVE_LEVEL.
    void retire(int ownDispatches);
    // After EvtDriverDeviceAdd failed: detaches and deletes the device. IRQL PASSIVE_LEVEL.
    void abandonAfterFailedAdd();
    // IRP_MN_REMOVE_DEVICE, after the lower driver has it: detach, delete the WDFDEVICE
    // (its children first) and then the device object. IRQL PASSIVE_LEVEL.
    void removeAfterLowerDriver();

    // A PnP WDFDEVICE is deleted by the framework at removal, never by the driver.
    bool driverMayDelete() const override { return role_ == FxDeviceInit::Role::Control; }

    // --- bus drivers: static children and PDOs (fx_device_children.cpp) -------------------
    // The bus FDO of a PDO (nullptr for other roles).
    FxDevice* parentDevice() const { return parent_; }
    const FxPdoIdentity& pdoIdentity() const { return pdoIdentity_; }
    // WdfFdoAddStaticChild: reported in the next BusRelations, and at once (the PnP
    // manager is asked to enumerate again) when the FDO has started. IRQL PASSIVE_LEVEL.
    NTSTATUS addStaticChild(FxDevice* child);
    // IRP_MN_QUERY_DEVICE_RELATIONS(BusRelations) through this FDO: the static children
    // join what the IRP already carries. IRQL PASSIVE_LEVEL.
    NTSTATUS addStaticChildrenToRelations(PIRP irp);
    // The parent FDO's removal takes its static children (their PDOs) with it.
    // IRQL PASSIVE_LEVEL.
    void deleteStaticChildren();

    // --- I/O ------------------------------------------------------------------------------
    // Registration of the device's queues. IRQL <= DISPATCH_LEVEL.
    NTSTATUS setDefaultQueue(FxIoQueue* queue);
    FxIoQueue* defaultQueue() const { return defaultQueue_; }
    // Read, write, device controls and (not the default queue) creates.
    NTSTATUS configureDispatching(WDF_REQUEST_TYPE type, FxIoQueue* queue);
    // The queue of a read/write/device-control type, else the default queue.
    FxIoQueue* queueFor(WDF_REQUEST_TYPE type) const;
    // The queue configured for WdfRequestTypeCreate (never the default queue), or null.
    FxIoQueue* createQueue() const;
    void addQueue(FxIoQueue* queue);
    void removeQueue(FxIoQueue* queue);
    std::vector<FxIoQueue*> queues() const;
    // Power-managed queues deliver only while the device is in D0. IRQL PASSIVE_LEVEL.
    void powerUpQueues();
    void powerDownQueues();
    // No request in, or delivered from, any power-managed queue. IRQL <= DISPATCH_LEVEL.
    bool powerManagedQueuesIdle() const;
    // S0 idle (WdfDeviceAssignS0IdleSettings, WdfDeviceStopIdle): created on first use.
    // idlePolicy(): null until then. IRQL <= DISPATCH_LEVEL.
    FxIdlePolicy* idlePolicy() const { return idle_.load(std::memory_order_acquire); }
    FxIdlePolicy& ensureIdlePolicy();
    // --- device state reported to the PnP manager (fx_device_state.cpp) ------------------
    // WdfDeviceSetFailed: the next IRP_MN_QUERY_PNP_DEVICE_STATE reports the device
    // failed (IoInvalidateDeviceState asks for one). IRQL <= DISPATCH_LEVEL.
    void setFailed(WDF_DEVICE_FAILED_ACTION action);
    // WdfDeviceSetDeviceState / WdfDeviceGetDeviceState. IRQL <= DISPATCH_LEVEL.
    void setDeviceState(const WDF_DEVICE_STATE& state);
    void deviceState(WDF_DEVICE_STATE* state) const;
    // The PNP_DEVICE_STATE bits this device adds to IRP_MN_QUERY_PNP_DEVICE_STATE.
    ULONG pnpDeviceStateBits() const;
    // WdfDeviceSetStaticStopRemove: each FALSE is matched by a TRUE; while any FALSE is
    // outstanding the framework fails IRP_MN_QUERY_STOP_DEVICE and IRP_MN_QUERY_REMOVE_DEVICE
    // (surprise removal still happens). IRQL <= DISPATCH_LEVEL.
    void setStaticStopRemove(bool stoppable);
    // Stop and removal are refused: a WdfDeviceSetStaticStopRemove(FALSE) outstanding, or
    // a special file on the device ("Supporting Special Files"). IRQL <= DISPATCH_LEVEL.
    bool stopRemoveVetoed() const { return notStoppable_.load() > 0 || specialFilesInUse_.load() > 0; }
    // --- capabilities (fx_device_capabilities.cpp) -----------------------------------------
    // WdfDeviceSetPnpCapabilities / WdfDeviceSetPowerCapabilities: kept, merged with what
    // was set before (WdfUseDefault, PowerDeviceMaximum, PowerSystemMaximum and -1 leave a
    // member as it was). IRQL <= DISPATCH_LEVEL.
    void setPnpCapabilities(const WDF_DEVICE_PNP_CAPABILITIES& caps);
    void setPowerCapabilities(const WDF_DEVICE_POWER_CAPABILITIES& caps);
    // Writes the members the driver set over the DEVICE_CAPABILITIES the lower drivers
    // (or, for a PDO, the framework) filled in. IRQL <= DISPATCH_LEVEL.
    void applyCapabilities(DEVICE_CAPABILITIES& caps) const;
    // --- special files (fx_special_files.cpp) ---------------------------------------------
    // WdfDeviceSetSpecialFileSupport. IRQL <= DISPATCH_LEVEL.
    void setSpecialFileSupport(WDF_SPECIAL_FILE_TYPE type, bool supported);
    // IRP_MN_DEVICE_USAGE_NOTIFICATION (Parameters.UsageNotification) for this device:
    // refused with STATUS_NOT_SUPPORTED unless the driver enabled that special file;
    // EvtDeviceUsageNotificationEx may veto; `forwardDown` (an FDO's lower drivers, null
    // for a PDO) runs before the count and DO_POWER_PAGABLE change and
    // EvtDeviceUsageNotification. IRQL PASSIVE_LEVEL, the device's power lock held.
    NTSTATUS usageNotification(PIO_STACK_LOCATION stack, const std::function<NTSTATUS()>& forwardDown);

    // What `kmdfctl status` shows for this device: role, PnP state, power policy, the
    // last transitions of its PnP machine. PnP manager's thread, PASSIVE_LEVEL.
    std::string describeForStatus() const;
    // Purges the power-managed queues or the others (removal): queued requests are
    // cancelled, new ones refused. IRQL PASSIVE_LEVEL.
    enum class QueuePurge { PowerManaged, NotPowerManaged };
    void purgeQueuesForRemoval(QueuePurge which);
    // A PDO restarted after a removal: its queues accept requests again. PASSIVE_LEVEL.
    void reopenQueuesAfterRemoval();

    PWDF_OBJECT_ATTRIBUTES requestAttributes() {
        return hasRequestAttributes_ ? &requestAttributes_ : nullptr;
    }
    WDF_DEVICE_IO_TYPE ioType() const { return ioType_; }
    PFN_WDF_IO_IN_CALLER_CONTEXT ioInCallerContext() const { return ioInCallerContext_; }
    // WdfDeviceInitAllowSelfIoTarget was called: WdfDeviceGetSelfIoTarget has a target.
    bool allowsSelfIoTarget() const { return allowsSelfIoTarget_; }
    // The power policy owner of its stack: WdfDeviceInitSetPowerPolicyOwnership, else the
    // function driver, and a raw PDO's bus driver ("Power Policy Ownership").
    bool powerPolicyOwner() const { return powerPolicyOwner_; }

    // --- file objects (WdfDeviceInitSetFileObjectConfig) ------------------------------------
    const WDF_FILEOBJECT_CONFIG& fileObjectConfig() const { return fileObjectConfig_; }
    PWDF_OBJECT_ATTRIBUTES fileObjectAttributes() {
        return hasFileObjectAttributes_ ? &fileObjectAttributes_ : nullptr;
    }
    // FileObjectClass without the WdfFileObjectCanBeOptional bit.
    WDF_FILEOBJECT_CLASS fileObjectClass() const;
    bool fileObjectsOptional() const;
    // AutoForwardCleanupClose resolved: WdfUseDefault is true for filters only.
    bool autoForwardCleanupClose() const;
    // Makes a new WDFFILEOBJECT findable from its FILE_OBJECT (FsContext, FsContext2 or
    // the device's map, as the class allows) / forgets it. IRQL <= DISPATCH_LEVEL.
    void registerFileObject(FxFileObject* fileObject);
    void unregisterFileObject(FxFileObject* fileObject);
    FxFileObject* findFileObject(PFILE_OBJECT fileObject) const;
    bool acceptingIo() const { return acceptingIo_; }
    void setAcceptingIo(bool accepting) { acceptingIo_ = accepting; }

    // --- control devices and the WDM escape ----------------------------------------------
    const std::u16string& sddl() const { return sddl_; }
    // The name from WdfDeviceInitAssignName (empty: none assigned).
    const std::u16string& deviceName() const { return deviceName_; }
    // IRP_MJ_SHUTDOWN of a control device that asked for it: EvtDeviceShutdownNotification.
    // IRQL PASSIVE_LEVEL.
    NTSTATUS dispatchShutdown(PIRP irp);
    // EvtDeviceWdmIrpPreprocess registered for this IRP's major/minor function, or null.
    // Any IRQL.
    PFN_WDFDEVICE_WDM_IRP_PREPROCESS preprocessCallbackFor(PIO_STACK_LOCATION stack) const;
    bool hasPreprocessCallbacks() const;
    // WdfDeviceConfigureWdmIrpDispatchCallback (read, write, device controls only).
    // IRQL PASSIVE_LEVEL, before I/O arrives.
    void setWdmIrpDispatch(UCHAR majorFunction, FxIrpDispatch dispatch) { irpDispatch_[majorFunction] = dispatch; }
    const FxIrpDispatch& wdmIrpDispatch(UCHAR majorFunction) const { return irpDispatch_[majorFunction]; }

    // --- names ----------------------------------------------------------------------------
    // WdfDeviceCreateDeviceInterface. IRQL PASSIVE_LEVEL.
    NTSTATUS createDeviceInterface(const GUID& interfaceClass, PCUNICODE_STRING referenceString);
    // WdfDeviceSetDeviceInterfaceState for one interface. IRQL PASSIVE_LEVEL.
    NTSTATUS setDeviceInterfaceState(const GUID& interfaceClass, PCUNICODE_STRING referenceString,
                                     bool enable);
    // Enables (start) or disables (removal) every interface the driver did not turn off.
    // IRQL PASSIVE_LEVEL.
    void setAllInterfacesState(bool enable);
    // WdfDeviceCreateSymbolicLink. IRQL PASSIVE_LEVEL.
    NTSTATUS createSymbolicLink(PCUNICODE_STRING linkName);
    // Deletes the links WdfDeviceCreateSymbolicLink made (surprise removal, cleanup), so
    // that the name no longer opens the device. IRQL PASSIVE_LEVEL.
    void deleteSymbolicLinks();

protected:
    void onCleanup() override;

private:
    struct DeviceInterface {
        GUID interfaceClass;
        std::u16string referenceString;
        std::u16string symbolicLinkName;  // from IoRegisterDeviceInterface
        bool driverDisabled = false;       // WdfDeviceSetDeviceInterfaceState(FALSE)
        bool enabled = false;
    };

    // IoRegisterDeviceInterface for one entry (fills its symbolic link name). PASSIVE_LEVEL.
    NTSTATUS registerInterface(DeviceInterface& entry);
    void deleteDeviceObject();

    FxDeviceInit::Role role_;
    FxDeviceInit* init_;  // valid during initialize() only
    PDEVICE_OBJECT deviceObject_ = nullptr;
    PDEVICE_OBJECT attachedDevice_ = nullptr;
    PDEVICE_OBJECT physicalDevice_ = nullptr;
    WDF_PNPPOWER_EVENT_CALLBACKS pnpPowerCallbacks_{};
    WDF_POWER_POLICY_EVENT_CALLBACKS powerPolicyCallbacks_{};
    FxStateNotifications stateNotifications_;
    WDF_FDO_EVENT_CALLBACKS fdoCallbacks_{};
    WDF_OBJECT_ATTRIBUTES requestAttributes_{};
    bool hasRequestAttributes_ = false;
    WDF_DEVICE_IO_TYPE ioType_ = WdfDeviceIoBuffered;
    bool allowsSelfIoTarget_ = false;
    FxDevice* parent_ = nullptr;
    FxPdoIdentity pdoIdentity_;
    bool powerPolicyOwner_ = false;
    std::atomic<bool> retired_{false};  // retire() ran: the device is being deleted
    mutable FxSpinMutex stateLock_;      // guards the two below
    WDF_DEVICE_STATE deviceState_{sizeof(WDF_DEVICE_STATE), WdfUseDefault, WdfUseDefault, WdfUseDefault,
                                  WdfUseDefault,            WdfUseDefault, WdfUseDefault};
    WDF_DEVICE_FAILED_ACTION failedAction_ = WdfDeviceFailedUndefined;  // set by WdfDeviceSetFailed
    std::vector<FxDevice*> staticChildren_;  // PASSIVE_LEVEL PnP paths only
    PFN_WDF_IO_IN_CALLER_CONTEXT ioInCallerContext_ = nullptr;
    WDF_FILEOBJECT_CONFIG fileObjectConfig_{};
    WDF_OBJECT_ATTRIBUTES fileObjectAttributes_{};
    bool hasFileObjectAttributes_ = false;
    std::unique_ptr<FxPnpMachine> pnp_;
    std::atomic<LONG> notStoppable_{0};
    WDF_DEVICE_PNP_CAPABILITIES pnpCaps_{};      // WdfUseDefault etc. until set (stateLock_)
    WDF_DEVICE_POWER_CAPABILITIES powerCaps_{};  // likewise
    bool capabilitiesInitialized_ = false;       // pnpCaps_/powerCaps_ hold their _INIT values
    std::array<bool, WdfSpecialFileMax> specialFileSupported_{};   // WdfDeviceSetSpecialFileSupport
    std::array<LONG, WdfSpecialFileMax> specialFileCount_{};       // in the path, per type (power lock)
    std::atomic<LONG> specialFilesInUse_{0};                         // sum of specialFileCount_
    bool wasPowerPagable_ = false;  // DO_POWER_PAGABLE before a paging file cleared it  // WdfDeviceSetStaticStopRemove(FALSE) calls not yet undone
    std::atomic<FxIdlePolicy*> idle_{nullptr};  // owned; deleted with the device
    bool acceptingIo_ = true;

    mutable FxSpinMutex lock_;  // guards the queue registrations
    FxIoQueue* defaultQueue_ = nullptr;
    std::array<FxIoQueue*, 32> dispatchQueues_{};
    std::vector<FxIoQueue*> queues_;
    std::map<PFILE_OBJECT, FxFileObject*> fileObjects_;  // classes that cannot use FsContexts

    std::vector<DeviceInterface> interfaces_;
    std::vector<std::u16string> symbolicLinks_;
    std::u16string deviceName_;
    std::u16string sddl_;
    PFN_WDF_DEVICE_SHUTDOWN_NOTIFICATION shutdownNotification_ = nullptr;
    UCHAR shutdownFlags_ = 0;
    int shutdownRegistrations_ = 0;
    std::atomic<bool> initialized_{false};
    FxIrpPreprocessTable irpPreprocess_{};
    std::array<FxIrpDispatch, IRP_MJ_MAXIMUM_FUNCTION + 1> irpDispatch_{};
};

}  // namespace wdf
