// File objects: one per open of a device (IRP_MJ_CREATE), cleaned up when the handle
// closes (IRP_MJ_CLEANUP) and closed (IRP_MJ_CLOSE) when the last reference goes,
// i.e. after every IRP that carries it has completed.
#pragma once

#include <ntddk.h>

#include "ntos/platform/platform.h"

#include <map>
#include <memory>
#include <string>

namespace ntos {

class IoManager;

struct OpenParameters {
    ACCESS_MASK desiredAccess = 0;
    ULONG shareAccess = 0;
    ULONG createDisposition = FILE_OPEN;
    ULONG createOptions = 0;
    ULONG fileAttributes = 0;
    KPROCESSOR_MODE requestorMode = KernelMode;
};

// GENERIC_READ/WRITE/EXECUTE/ALL mapped to the file-specific rights (the generic mapping
// of file objects). Any thread.
ACCESS_MASK mapFileGenericAccess(ACCESS_MASK access);

class FileObjects {
public:
    explicit FileObjects(IoManager& io);
    ~FileObjects();

    // Creates a file object for `device` (the device the name resolved to; it takes a
    // reference) and sends IRP_MJ_CREATE to the top of its stack. On failure nothing is
    // left behind. Thread: PASSIVE_LEVEL.
    NTSTATUS open(PDEVICE_OBJECT device, const std::u16string& fileName, const OpenParameters& params,
                  PFILE_OBJECT* fileObject);

    // Sends IRP_MJ_CLEANUP (the handle is closed). Thread: PASSIVE_LEVEL.
    NTSTATUS cleanup(PFILE_OBJECT fileObject);

    size_t count() const;
    // File objects opened on any device of the stack whose bottom is `pdo`.
    size_t countOnStack(PDEVICE_OBJECT pdo) const;

private:
    struct Record;
    // Runs when the last reference is gone: IRP_MJ_CLOSE at PASSIVE_LEVEL (on a worker
    // when the last reference was dropped at DISPATCH_LEVEL), then frees.
    void lastReferenceGone(PFILE_OBJECT fileObject);
    void sendCloseAndFree(PFILE_OBJECT fileObject);
    void destroy(PFILE_OBJECT fileObject);

    IoManager& io_;
    mutable platform::Mutex lock_;
    std::map<PFILE_OBJECT, std::unique_ptr<Record>> records_;
};

}  // namespace ntos
