// Test harness for the object model: a kernel substrate for pool and IRQL, one
// FxDriverGlobals, and a function table built from the DDI family spans, so the tests
// call the DDIs exactly as a driver does (WdfObjectCreate(&attributes, &handle) through
// WdfFunctions with WdfDriverGlobals).
#pragma once

#include <ntddk.h>
#include <wdf.h>

#include "ntos/ke/kernel.h"
#include "wdf/object/fx_globals.h"
#include "wdf/object/fx_object.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

// Callbacks record here: "cleanup:NAME", "destroy:NAME".
std::vector<std::string>& events();

typedef struct _NAMED_CONTEXT {
    char name[16];
    int magic;
} NAMED_CONTEXT;
WDF_DECLARE_CONTEXT_TYPE(NAMED_CONTEXT);

typedef struct _SECOND_CONTEXT {
    long long values[4];
} SECOND_CONTEXT;
WDF_DECLARE_CONTEXT_TYPE(SECOND_CONTEXT);

EVT_WDF_OBJECT_CONTEXT_CLEANUP recordCleanup;
EVT_WDF_OBJECT_CONTEXT_DESTROY recordDestroy;

class WdfObjectTest : public ::testing::Test {
protected:
    WdfObjectTest();
    ~WdfObjectTest() override;

    // A WDFOBJECT named `name` (NAMED_CONTEXT, cleanup/destroy recorders), under `parent`.
    WDFOBJECT createNamed(const char* name, WDFOBJECT parent = nullptr);
    wdf::FxObject* object(WDFOBJECT handle) { return wdf::tryResolve(&globals, handle); }

    ntos::Kernel kernel;
    ntos::Kernel::ThreadScope scope;
    wdf::FxDriverGlobals globals;
};
