// kmdfhost: see host_server.h and `kmdfhost --help`.
#include "host/host_server.h"

int main(int argc, char** argv) { return kmdf::host::runHost(argc, argv); }
