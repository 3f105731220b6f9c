/* A second C11 file declaring the same context type: the weak type info must resolve to
 * the same object as in wdf_headers_c.c. */
#include "wdf_headers_c.h"
#include "test_context.h"

PCWDF_OBJECT_CONTEXT_TYPE_INFO WdfHeadersCContextTypeInfoFromSecondFile(void)
{
    return WDF_GET_CONTEXT_TYPE_INFO(TEST_CONTEXT);
}
