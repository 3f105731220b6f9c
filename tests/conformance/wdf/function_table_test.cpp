// Every slot of the function table is filled: implemented DDIs work, the others
// bug-check naming the DDI (Principle 1).
#include <gtest/gtest.h>

#include <ntddk.h>
#include <wdf.h>

#include "wdf/ddi/function_table.h"

namespace {

TEST(FunctionTable, HasTheKmdf133LayoutFromTheReferenceList) {
    EXPECT_EQ(wdf::functionTableSize(), static_cast<ULONG>(WdfFunctionTableNumEntries));
    EXPECT_EQ(wdf::ddiName(WdfDriverCreateTableIndex), "WdfDriverCreate");
    EXPECT_EQ(wdf::ddiName(WdfIoQueueCreateTableIndex), "WdfIoQueueCreate");
    EXPECT_EQ(wdf::ddiName(WdfRequestCompleteTableIndex), "WdfRequestComplete");
    EXPECT_EQ(wdf::ddiName(0), "WdfChildListCreate");
    EXPECT_EQ(wdf::ddiHeader(0), "wdfchildlist.h");
}

TEST(FunctionTable, EverySlotIsFilled) {
    const WDFFUNC* table = wdf::functionTable();
    for (ULONG i = 0; i < wdf::functionTableSize(); ++i) EXPECT_NE(table[i], nullptr) << wdf::ddiName(i);
}

TEST(FunctionTable, EchoDriverDdisAreImplemented) {
    for (int index : {WdfDriverCreateTableIndex, WdfDeviceCreateTableIndex, WdfIoQueueCreateTableIndex,
                      WdfRequestCompleteTableIndex, WdfTimerCreateTableIndex, WdfRequestMarkCancelableExTableIndex,
                      WdfDeviceCreateDeviceInterfaceTableIndex, WdfMemoryCopyToBufferTableIndex}) {
        EXPECT_TRUE(wdf::ddiImplemented(index)) << wdf::ddiName(index);
    }
}

TEST(FunctionTableDeathTest, UnimplementedDdiBugChecksWithItsName) {
    ASSERT_FALSE(wdf::ddiImplemented(WdfChildListCreateTableIndex));
    auto stub = reinterpret_cast<void (*)()>(wdf::functionTable()[WdfChildListCreateTableIndex]);
    EXPECT_DEATH(stub(), "WdfChildListCreate is not implemented");
}

}  // namespace
