// The base of everything a client HANDLE can refer to (files, events).
#pragma once

namespace kmdf::client {

class KernelObject {
public:
    virtual ~KernelObject() = default;
};

}  // namespace kmdf::client
