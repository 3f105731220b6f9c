#include "client/last_error.h"

namespace kmdf::client {

namespace {
thread_local uint32_t tlsLastError = 0;
}

uint32_t lastError() { return tlsLastError; }
void setLastError(uint32_t error) { tlsLastError = error; }

}  // namespace kmdf::client
