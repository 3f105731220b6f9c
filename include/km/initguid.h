/* initguid.h - from here on DEFINE_GUID defines its GUID (as a weak symbol, so several
 * files of one driver may do this) instead of declaring it. Include it before the
 * headers whose GUIDs this translation unit should define. */
#ifndef INITGUID
#define INITGUID
#endif
#include <guiddef.h>
