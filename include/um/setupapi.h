/* setupapi.h - SetupDi* device information sets are a later issue; this header exists so
 * that programs including it compile. Use cfgmgr32.h (CM_Get_Device_Interface_List) to
 * find devices. */
#ifndef OPENKMDF_UM_SETUPAPI_H
#define OPENKMDF_UM_SETUPAPI_H

#include <windows.h>
#include <cfgmgr32.h>

#endif /* OPENKMDF_UM_SETUPAPI_H */
