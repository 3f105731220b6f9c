/* KMDF 1.33: framework status values. KMDF reports errors with the standard NTSTATUS
 * codes from ntstatus.h; it defines no status codes of its own. */
#pragma once
