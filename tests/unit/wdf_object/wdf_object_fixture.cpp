#include "wdf_object_fixture.h"

#include "wdf/ddi/ddi_families.h"

#include <cstring>

extern "C" {
const WDFFUNC* WdfFunctions_01033 = nullptr;
PWDF_DRIVER_GLOBALS WdfDriverGlobals = nullptr;
}

namespace {

WDFFUNC gTable[WdfFunctionTableNumEntries];

void buildTable() {
    for (auto family : {wdf::objectDdis, wdf::memoryDdis, wdf::stringDdis, wdf::collectionDdis, wdf::syncDdis}) {
        for (const wdf::DdiEntry& entry : family()) gTable[entry.index] = entry.function;
    }
    WdfFunctions_01033 = gTable;
}

}  // namespace

std::vector<std::string>& events() {
    static std::vector<std::string> list;
    return list;
}

void recordCleanup(WDFOBJECT object) {
    events().push_back(std::string("cleanup:") + WdfObjectGet_NAMED_CONTEXT(object)->name);
}

void recordDestroy(WDFOBJECT object) {
    events().push_back(std::string("destroy:") + WdfObjectGet_NAMED_CONTEXT(object)->name);
}

WdfObjectTest::WdfObjectTest() : kernel(ntos::KernelConfig{}), scope(kernel), globals(nullptr, "objtest") {
    buildTable();
    WdfDriverGlobals = globals.publicView();
    events().clear();
}

WdfObjectTest::~WdfObjectTest() { WdfDriverGlobals = nullptr; }

WDFOBJECT WdfObjectTest::createNamed(const char* name, WDFOBJECT parent) {
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, NAMED_CONTEXT);
    attributes.EvtCleanupCallback = recordCleanup;
    attributes.EvtDestroyCallback = recordDestroy;
    attributes.ParentObject = parent;
    WDFOBJECT handle = nullptr;
    NTSTATUS status = WdfObjectCreate(&attributes, &handle);
    EXPECT_EQ(status, STATUS_SUCCESS) << name;
    if (!NT_SUCCESS(status)) return nullptr;
    std::strncpy(WdfObjectGet_NAMED_CONTEXT(handle)->name, name, sizeof(NAMED_CONTEXT::name) - 1);
    return handle;
}
