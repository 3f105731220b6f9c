#include "ntos/io/driver_image.h"

#include <dlfcn.h>
#include <link.h>

#include <algorithm>

namespace ntos {
namespace {

struct RangeSearch {
    ElfW(Addr) base = 0;
    uintptr_t begin = UINTPTR_MAX;
    uintptr_t end = 0;
};

int findRange(struct dl_phdr_info* info, size_t, void* data) {
    auto* search = static_cast<RangeSearch*>(data);
    if (info->dlpi_addr != search->base) return 0;
    for (int i = 0; i < info->dlpi_phnum; ++i) {
        const auto& ph = info->dlpi_phdr[i];
        if (ph.p_type != PT_LOAD) continue;
        const uintptr_t start = info->dlpi_addr + ph.p_vaddr;
        search->begin = std::min(search->begin, start);
        search->end = std::max(search->end, static_cast<uintptr_t>(start + ph.p_memsz));
    }
    return 1;
}

}  // namespace

DriverImage::~DriverImage() { close(); }

bool DriverImage::open(const std::string& path, std::string* error) {
    close();
    handle_ = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (handle_ == nullptr) {
        const char* reason = dlerror();
        *error = reason ? reason : "dlopen failed";
        return false;
    }
    struct link_map* map = nullptr;
    if (dlinfo(handle_, RTLD_DI_LINKMAP, &map) != 0 || map == nullptr) {
        *error = "dlinfo(RTLD_DI_LINKMAP) failed";
        close();
        return false;
    }
    RangeSearch search;
    search.base = map->l_addr;
    dl_iterate_phdr(findRange, &search);
    if (search.end == 0) {
        *error = "mapped image range not found";
        close();
        return false;
    }
    begin_ = search.begin;
    end_ = search.end;
    return true;
}

void DriverImage::close() {
    if (handle_ != nullptr) dlclose(handle_);
    handle_ = nullptr;
    begin_ = end_ = 0;
}

void* DriverImage::symbol(const char* name) const {
    return handle_ ? dlsym(handle_, name) : nullptr;
}

}  // namespace ntos
