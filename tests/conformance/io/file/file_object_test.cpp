// Create, cleanup and close ("Framework File Objects", WDF_FILEOBJECT_CONFIG,
// EvtDeviceFileCreate, EvtFileCleanup, EvtFileClose, WDFFILEOBJECT), create queues,
// EvtIoInCallerContext with WdfDeviceEnqueueRequest, and a filter's default forwarding.
#include <initguid.h>

#include "file_fixture.h"

namespace kmdffile {
namespace {

using Lines = std::vector<std::string>;

Lines fileLines(const Module& module) {
    return module.lines({"EvtDeviceFileCreate", "EvtFileCleanup", "EvtFileClose", "EvtFileObjectCleanup",
                         "EvtIoDefault"});
}

TEST_F(FileObjectTest, CreateCallsEvtDeviceFileCreateWithTheFileNameAfterTheDevicePath) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    open(u"\\foo");
    open();
    EXPECT_EQ(function_->lines({"EvtDeviceFileCreate"}),
              (Lines{"EvtDeviceFileCreate name=\\foo serial=1 type=0 device=1 wdm=1 fsctx=0 fsctx2=0",
                     "EvtDeviceFileCreate name=(empty) serial=2 type=0 device=1 wdm=1 fsctx=0 fsctx2=0"}));
}

TEST_F(FileObjectTest, WdfFileObjectGetFlagsReportsTheWdmFileObjectFlags) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    NTSTATUS status = STATUS_UNSUCCESSFUL;
    open(u"", &status, FILE_SYNCHRONOUS_IO_NONALERT);
    EXPECT_EQ(status, STATUS_SUCCESS);
    open(u"", &status, 0);
    EXPECT_EQ(status, STATUS_SUCCESS);
    EXPECT_EQ(function_->lines({"FileFlags"}), (Lines{"FileFlags 0x2", "FileFlags 0x0"}));  // FO_SYNCHRONOUS_IO
}

TEST_F(FileObjectTest, HandleCloseRunsCleanupThenCloseOnTheSameFileObjectThenDeletesIt) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    ntos::UserFileId file = open(u"\\a");
    close(file);
    ASSERT_TRUE(waitForLine(*function_, "EvtFileObjectCleanup"));
    EXPECT_EQ(fileLines(*function_), (Lines{"EvtDeviceFileCreate name=\\a serial=1 type=0 device=1 wdm=1 fsctx=0 fsctx2=0",
                                            "EvtFileCleanup serial=1 self=1 irql=0",
                                            "EvtFileClose serial=1 self=1 irql=0",
                                            "EvtFileObjectCleanup serial=1"}));
}

TEST_F(FileObjectTest, EachOpenHasItsOwnFileObjectAndContext) {
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    ntos::UserFileId first = open(u"\\one");
    ntos::UserFileId second = open(u"\\two");
    close(second);
    ASSERT_TRUE(waitForLine(*function_, "EvtFileObjectCleanup"));
    close(first);
    ASSERT_TRUE(waitForLine(*function_, "EvtFileObjectCleanup serial=1"));
    EXPECT_EQ(function_->lines({"EvtFileCleanup", "EvtFileClose"}),
              (Lines{"EvtFileCleanup serial=2 self=1 irql=0", "EvtFileClose serial=2 self=1 irql=0",
                     "EvtFileCleanup serial=1 self=1 irql=0", "EvtFileClose serial=1 self=1 irql=0"}));
}

TEST_F(FileObjectTest, CreateFailedByEvtDeviceFileCreateReachesTheOpenerWithoutCleanupOrClose) {
    config.CreateStatus = STATUS_ACCESS_DENIED;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    NTSTATUS status = STATUS_SUCCESS;
    EXPECT_EQ(open(u"\\denied", &status), 0u);
    EXPECT_EQ(status, STATUS_ACCESS_DENIED);
    shutdown();
    // The WDFFILEOBJECT of the failed create is deleted; no cleanup or close follows.
    EXPECT_EQ(fileLines(*function_),
              (Lines{"EvtDeviceFileCreate name=\\denied serial=1 type=0 device=1 wdm=1 fsctx=0 fsctx2=0",
                     "EvtFileObjectCleanup serial=1"}));
}

TEST_F(FileObjectTest, CreateQueueTakesPrecedenceOverEvtDeviceFileCreate) {
    config.CreateQueue = TRUE;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    EXPECT_EQ(function_->lines({"ConfigureRequestDispatching(create queue"}),
              (Lines{"ConfigureRequestDispatching(create queue, create) 0x00000000"}));
    ntos::UserFileId file = open(u"\\q");
    close(file);
    ASSERT_TRUE(waitForLine(*function_, "EvtFileObjectCleanup"));
    EXPECT_EQ(fileLines(*function_), (Lines{"EvtIoDefault create-queue type=0 name=\\q serial=1",
                                            "EvtFileCleanup serial=1 self=1 irql=0",
                                            "EvtFileClose serial=1 self=1 irql=0",
                                            "EvtFileObjectCleanup serial=1"}));
}

TEST_F(FileObjectTest, CreateFailedInTheCreateQueueReachesTheOpener) {
    config.CreateQueue = TRUE;
    config.CreateStatus = STATUS_SHARING_VIOLATION;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    NTSTATUS status = STATUS_SUCCESS;
    open(u"\\q", &status);
    EXPECT_EQ(status, STATUS_SHARING_VIOLATION);
    shutdown();
    EXPECT_EQ(fileLines(*function_),
              (Lines{"EvtIoDefault create-queue type=0 name=\\q serial=1", "EvtFileObjectCleanup serial=1"}));
}

TEST_F(FileObjectTest, CreatesNeverGoToTheDefaultQueue) {
    config.EvtCreate = FALSE;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    // The default queue cannot be configured for creates.
    EXPECT_EQ(function_->lines({"ConfigureRequestDispatching"}),
              (Lines{"ConfigureRequestDispatching(default queue, create) 0xc000000d"}));
    ntos::UserFileId file = open(u"\\x");
    Completion c = read(file, 8);
    EXPECT_EQ(c.status, STATUS_SUCCESS);
    EXPECT_EQ(c.information, 8u);
    close(file);
    ASSERT_TRUE(waitForLine(*function_, "EvtFileObjectCleanup"));
    // The framework succeeded the create itself: a file object (context zeroed), no
    // EvtIoDefault, and the read reached EvtIoRead.
    EXPECT_EQ(function_->lines({"EvtIo", "EvtFile"}),
              (Lines{"EvtIoRead 8", "EvtFileCleanup serial=0 self=0 irql=0", "EvtFileClose serial=0 self=0 irql=0",
                     "EvtFileObjectCleanup serial=0"}));
}

TEST_F(FileObjectTest, WithoutFileConfigurationAFunctionDriverSucceedsCreatesWithAFileObject) {
    config.SetFileObjectConfig = FALSE;
    config.QueryRequestFileObject = TRUE;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    ntos::UserFileId file = open(u"\\plain");
    EXPECT_EQ(read(file, 4).status, STATUS_SUCCESS);
    close(file);
    shutdown();
    // A file object exists (WdfRequestGetFileObject finds it) but has no driver context.
    EXPECT_EQ(function_->lines({"EvtIo", "EvtFile", "EvtDevice"}), (Lines{"EvtIoRead 4 serial=-2 self=0 device-lookup=1"}));
}

TEST_F(FileObjectTest, WdfRequestGetFileObjectOfIoRequestsIsTheCreatedFileObject) {
    config.QueryRequestFileObject = TRUE;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    ntos::UserFileId first = open(u"\\1");
    ntos::UserFileId second = open(u"\\2");
    EXPECT_EQ(read(second, 8).status, STATUS_SUCCESS);
    EXPECT_EQ(read(first, 16).status, STATUS_SUCCESS);
    EXPECT_EQ(function_->lines({"EvtIoRead"}), (Lines{"EvtIoRead 8 serial=2 self=1 device-lookup=1",
                                                        "EvtIoRead 16 serial=1 self=1 device-lookup=1"}));
}

TEST_F(FileObjectTest, FsContextClassStoresTheHandleInFsContext) {
    config.FileObjectClass = WdfFileObjectWdfCanUseFsContext;
    config.QueryRequestFileObject = TRUE;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    ntos::UserFileId file = open(u"\\f");
    EXPECT_EQ(read(file, 2).status, STATUS_SUCCESS);
    close(file);
    ASSERT_TRUE(waitForLine(*function_, "EvtFileObjectCleanup"));
    EXPECT_EQ(function_->lines({"EvtDeviceFileCreate", "EvtIoRead", "EvtFileClose"}),
              (Lines{"EvtDeviceFileCreate name=\\f serial=1 type=0 device=1 wdm=1 fsctx=1 fsctx2=0",
                     "EvtIoRead 2 serial=1 self=1 device-lookup=1", "EvtFileClose serial=1 self=1 irql=0"}));
}

TEST_F(FileObjectTest, FsContext2ClassStoresTheHandleInFsContext2) {
    config.FileObjectClass = static_cast<WDF_FILEOBJECT_CLASS>(WdfFileObjectWdfCanUseFsContext2 |
                                                               WdfFileObjectCanBeOptional);
    config.QueryRequestFileObject = TRUE;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    ntos::UserFileId file = open(u"\\f2");
    EXPECT_EQ(read(file, 2).status, STATUS_SUCCESS);
    EXPECT_EQ(function_->lines({"EvtDeviceFileCreate", "EvtIoRead"}),
              (Lines{"EvtDeviceFileCreate name=\\f2 serial=1 type=0 device=1 wdm=1 fsctx=0 fsctx2=1",
                     "EvtIoRead 2 serial=1 self=1 device-lookup=1"}));
}

TEST_F(FileObjectTest, NotRequiredClassPassesNoFileObject) {
    config.FileObjectClass = WdfFileObjectNotRequired;
    config.QueryRequestFileObject = TRUE;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    ntos::UserFileId file = open(u"\\n");
    EXPECT_EQ(read(file, 2).status, STATUS_SUCCESS);
    close(file);
    ASSERT_TRUE(waitForLine(*function_, "EvtFileClose"));
    EXPECT_EQ(function_->lines({"EvtDeviceFileCreate", "EvtIoRead", "EvtFile"}),
              (Lines{"EvtDeviceFileCreate name=- serial=none type=0", "EvtIoRead 2 serial=-1 self=0 device-lookup=1",
                     "EvtFileCleanup serial=-1 self=0 irql=0", "EvtFileClose serial=-1 self=0 irql=0"}));
}

TEST_F(FileObjectTest, EvtIoInCallerContextRunsBeforeTheQueueAndWdfDeviceEnqueueRequestDeliversIt) {
    config.InCallerContext = TRUE;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    ntos::UserFileId file = open();
    Completion c = read(file, 8);
    EXPECT_EQ(c.status, STATUS_SUCCESS);
    EXPECT_EQ(c.information, 8u);
    EXPECT_EQ(function_->lines({"EvtIo"}), (Lines{"EvtIoInCallerContext type=3 irql=0", "EvtIoRead 8"}));
    EXPECT_EQ(function_->lines({"WdfDeviceEnqueueRequest"}), (Lines{"WdfDeviceEnqueueRequest 0x00000000"}));
}

TEST_F(FileObjectTest, EvtIoInCallerContextMayCompleteTheRequestItself) {
    config.InCallerContext = TRUE;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    ntos::UserFileId file = open();
    EXPECT_EQ(ioctl(file, IOCTL_KMDFFILE_PING).status, STATUS_NOT_SUPPORTED);
    EXPECT_EQ(function_->lines({"EvtIo", "WdfDeviceEnqueueRequest"}), (Lines{"EvtIoInCallerContext type=14 irql=0"}));
}

TEST_F(FileObjectTest, WdfDeviceEnqueueRequestWithoutQueuesFailsForAFunctionDriver) {
    config.InCallerContext = TRUE;
    config.DefaultQueue = FALSE;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    ntos::UserFileId file = open();
    EXPECT_EQ(read(file, 8).status, STATUS_INVALID_DEVICE_REQUEST);
    EXPECT_EQ(function_->lines({"EvtIo", "WdfDeviceEnqueueRequest"}),
              (Lines{"EvtIoInCallerContext type=3 irql=0", "WdfDeviceEnqueueRequest 0xc0000010"}));
}

TEST_F(FileObjectTest, FileObjectConfigWithAWrongSizeIsIgnoredWithAVerifierMessage) {
    config.BadFileConfigSize = TRUE;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    ntos::UserFileId file = open(u"\\ignored");
    close(file);
    shutdown();
    EXPECT_TRUE(hostLogContains("WdfDeviceInitSetFileObjectConfig: WDF_FILEOBJECT_CONFIG.Size is"));
    // No callbacks and no driver context: the framework's defaults served the open.
    EXPECT_EQ(fileLines(*function_), Lines{});
}

using FileObjectDeathTest = FileObjectTest;

TEST_F(FileObjectDeathTest, WdfDeviceEnqueueRequestOutsideEvtIoInCallerContextBugChecks) {
    config.EnqueueFromIoRead = TRUE;
    EXPECT_DEATH(
        {
            boot();
            ntos::UserFileId file = open();
            read(file, 8);
        },
        "WdfDeviceEnqueueRequest: may be called only from EvtIoInCallerContext");
}

// --- filters ---------------------------------------------------------------------------

TEST_F(FileObjectTest, FilterWithoutFileHandlingForwardsCreateCleanupCloseAndIo) {
    ASSERT_EQ(boot(true), STATUS_SUCCESS);
    ntos::UserFileId file = open(u"\\through");
    Completion c = read(file, 8);
    EXPECT_EQ(c.status, STATUS_SUCCESS);
    EXPECT_EQ(c.information, 8u);
    close(file);
    ASSERT_TRUE(waitForLine(*function_, "EvtFileObjectCleanup"));
    EXPECT_EQ(function_->lines({"EvtDeviceFileCreate", "EvtIo", "EvtFile"}),
              (Lines{"EvtDeviceFileCreate name=\\through serial=1 type=0 device=1 wdm=1 fsctx=0 fsctx2=0",
                     "EvtIoRead 8", "EvtFileCleanup serial=1 self=1 irql=0", "EvtFileClose serial=1 self=1 irql=0",
                     "EvtFileObjectCleanup serial=1"}));
    EXPECT_EQ(filter_->lines(), (Lines{"EvtDriverDeviceAdd filter"}));
}

TEST_F(FileObjectTest, WdfDeviceEnqueueRequestOfAFilterWithoutQueuesPassesTheRequestDown) {
    filter.InCallerContext = TRUE;
    ASSERT_EQ(boot(true), STATUS_SUCCESS);
    ntos::UserFileId file = open(u"\\down");
    Completion c = read(file, 8);
    EXPECT_EQ(c.status, STATUS_SUCCESS);
    EXPECT_EQ(c.information, 8u);
    EXPECT_EQ(filter_->lines({"EvtIo", "WdfDeviceEnqueueRequest"}),
              (Lines{"EvtIoInCallerContext type=3 irql=0", "WdfDeviceEnqueueRequest 0x00000000"}));
    EXPECT_EQ(function_->lines({"EvtIo"}), (Lines{"EvtIoRead 8"}));
}

TEST_F(FileObjectTest, FilterCleanupAndCloseCallbacksRunThenTheRequestsAreForwarded) {
    filter.SetFileObjectConfig = TRUE;
    filter.EvtCleanupClose = TRUE;
    ASSERT_EQ(boot(true), STATUS_SUCCESS);
    ntos::UserFileId file = open(u"\\both");
    close(file);
    ASSERT_TRUE(waitForLine(*function_, "EvtFileObjectCleanup"));
    ASSERT_TRUE(waitForLine(*filter_, "EvtFileObjectCleanup"));
    // The filter made its own WDFFILEOBJECT (no EvtDeviceFileCreate: context zeroed).
    EXPECT_EQ(fileLines(*filter_), (Lines{"EvtFileCleanup serial=0 self=0 irql=0",
                                          "EvtFileClose serial=0 self=0 irql=0", "EvtFileObjectCleanup serial=0"}));
    EXPECT_EQ(fileLines(*function_), (Lines{"EvtDeviceFileCreate name=\\both serial=1 type=0 device=1 wdm=1 fsctx=0 fsctx2=0",
                                            "EvtFileCleanup serial=1 self=1 irql=0",
                                            "EvtFileClose serial=1 self=1 irql=0", "EvtFileObjectCleanup serial=1"}));
}

TEST_F(FileObjectTest, CreateFailedBelowAFilterDeletesTheFiltersFileObject) {
    config.CreateStatus = STATUS_ACCESS_DENIED;
    filter.SetFileObjectConfig = TRUE;
    filter.EvtCleanupClose = TRUE;
    ASSERT_EQ(boot(true), STATUS_SUCCESS);
    NTSTATUS status = STATUS_SUCCESS;
    open(u"\\no", &status);
    EXPECT_EQ(status, STATUS_ACCESS_DENIED);
    shutdown();
    EXPECT_EQ(fileLines(*filter_), (Lines{"EvtFileObjectCleanup serial=0"}));
    EXPECT_EQ(fileLines(*function_), (Lines{"EvtDeviceFileCreate name=\\no serial=1 type=0 device=1 wdm=1 fsctx=0 fsctx2=0",
                                            "EvtFileObjectCleanup serial=1"}));
}

TEST_F(FileObjectTest, FilterWithAutoForwardFalseCompletesCreateCleanupAndCloseItself) {
    filter.SetFileObjectConfig = TRUE;
    filter.EvtCleanupClose = TRUE;
    filter.AutoForwardCleanupClose = WdfFalse;
    ASSERT_EQ(boot(true), STATUS_SUCCESS);
    ntos::UserFileId file = open(u"\\mine");
    close(file);
    ASSERT_TRUE(waitForLine(*filter_, "EvtFileObjectCleanup"));
    EXPECT_EQ(fileLines(*filter_), (Lines{"EvtFileCleanup serial=0 self=0 irql=0",
                                          "EvtFileClose serial=0 self=0 irql=0", "EvtFileObjectCleanup serial=0"}));
    EXPECT_EQ(fileLines(*function_), Lines{});
}

TEST_F(FileObjectTest, FunctionDriverWithAutoForwardTrueForwardsCreatesNobodyHandles) {
    // Below the function driver is the root bus's PDO, which fails every request no
    // function driver took (STATUS_INVALID_DEVICE_REQUEST): the forwarded create fails.
    config.EvtCreate = FALSE;
    config.AutoForwardCleanupClose = WdfTrue;
    ASSERT_EQ(boot(), STATUS_SUCCESS);
    NTSTATUS status = STATUS_SUCCESS;
    open(u"\\down", &status);
    EXPECT_EQ(status, STATUS_INVALID_DEVICE_REQUEST);
    shutdown();
    EXPECT_EQ(fileLines(*function_), (Lines{"EvtFileObjectCleanup serial=0"}));
}

}  // namespace
}  // namespace kmdffile
