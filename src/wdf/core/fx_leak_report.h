// The framework's part of a driver's unload report: objects still alive when the driver
// unbinds (after its WDFDRIVER and everything parented to it were deleted) are leaks.
#pragma once

namespace wdf {

struct FxDriverGlobals;

// Logs each leaked object and hands the count to the kernel's unload report.
// IRQL PASSIVE_LEVEL, driver unload.
void reportFrameworkLeaks(FxDriverGlobals* globals);

}  // namespace wdf
