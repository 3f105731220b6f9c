/* KMDF 1.33 public header: the one header a KMDF driver includes (after ntddk.h).
 * Written for OpenKMDF from the documented DDI prototypes on Microsoft Learn. */
#pragma once

#include <ntddk.h>

#ifndef KMDF_VERSION_MAJOR
#define KMDF_VERSION_MAJOR 1
#endif
#ifndef KMDF_VERSION_MINOR
#define KMDF_VERSION_MINOR 33
#endif

/* SAL annotations the WDF headers use; the NT headers normally define them all, these
 * fallbacks only keep wdf.h self-contained if one is missing. */
#ifndef _In_
#define _In_
#endif
#ifndef _In_opt_
#define _In_opt_
#endif
#ifndef _Out_
#define _Out_
#endif
#ifndef _Out_opt_
#define _Out_opt_
#endif
#ifndef _Inout_
#define _Inout_
#endif
#ifndef _Inout_opt_
#define _Inout_opt_
#endif
#ifndef _Must_inspect_result_
#define _Must_inspect_result_
#endif
#ifndef _In_reads_bytes_
#define _In_reads_bytes_(s)
#endif
#ifndef _In_reads_bytes_opt_
#define _In_reads_bytes_opt_(s)
#endif
#ifndef _Out_writes_bytes_
#define _Out_writes_bytes_(s)
#endif
#ifndef _Out_writes_bytes_opt_
#define _Out_writes_bytes_opt_(s)
#endif
#ifndef _Out_writes_bytes_to_opt_
#define _Out_writes_bytes_to_opt_(s, c)
#endif
#ifndef _In_reads_
#define _In_reads_(s)
#endif
#ifndef _In_reads_opt_
#define _In_reads_opt_(s)
#endif
#ifndef _Out_writes_
#define _Out_writes_(s)
#endif
#ifndef _Outptr_
#define _Outptr_
#endif
#ifndef _Outptr_opt_
#define _Outptr_opt_
#endif
#ifndef _Outptr_result_bytebuffer_
#define _Outptr_result_bytebuffer_(s)
#endif
#ifndef _Outptr_opt_result_bytebuffer_
#define _Outptr_opt_result_bytebuffer_(s)
#endif
#ifndef _Strict_type_match_
#define _Strict_type_match_
#endif
#ifndef _Function_class_
#define _Function_class_(n)
#endif
#ifndef _IRQL_requires_max_
#define _IRQL_requires_max_(i)
#endif
#ifndef _IRQL_requires_same_
#define _IRQL_requires_same_
#endif
#ifndef _When_
#define _When_(c, a)
#endif
#ifndef _Post_satisfies_
#define _Post_satisfies_(c)
#endif
#ifndef _Acquires_lock_
#define _Acquires_lock_(l)
#endif
#ifndef _Releases_lock_
#define _Releases_lock_(l)
#endif

#include "wdfglobals.h"
#include "wdffuncenum.h"
#include "wdftypes.h"
#include "wdfassert.h"
#include "wdfstatus.h"
#include "wdfverifier.h"
#include "wdfobject.h"
#include "wdfsync.h"
#include "wdfcore.h"
#include "wdfdriver.h"
#include "wdfmemory.h"
#include "wdfstring.h"
#include "wdfcollection.h"
#include "wdfresource.h"
#include "wdfchildlist.h"
#include "wdffileobject.h"
#include "wdfdevice.h"
#include "wdfqueryinterface.h"
#include "wdfbugcodes.h"
#include "wdfdpc.h"
#include "wdftimer.h"
#include "wdfworkitem.h"
#include "wdfinterrupt.h"
#include "wdfregistry.h"
#include "wdfrequest.h"
#include "wdfio.h"
#include "wdfiotarget.h"
#include "wdfwmi.h"
#include "wdfdmaenabler.h"
#include "wdfdmatransaction.h"
#include "wdfcommonbuffer.h"
#include "wdfcontrol.h"
#include "wdfpdo.h"
#include "wdffdo.h"
#include "wdfminiport.h"
#include "wdfcompaniontarget.h"
