#include "ntos/io/object_namespace.h"

#include "ntos/io/nt_string.h"

namespace ntos {
namespace {

constexpr int kMaxReparse = 32;

bool startsWithFolded(const std::u16string& s, std::u16string_view prefix) {
    if (s.size() < prefix.size()) return false;
    return upcase(std::u16string_view(s).substr(0, prefix.size())) == upcase(prefix);
}

}  // namespace

std::u16string ObjectNamespace::canonical(const std::u16string& name) {
    static constexpr std::u16string_view kAliases[] = {u"\\??\\", u"\\DosDevices\\"};
    for (auto alias : kAliases) {
        if (startsWithFolded(name, alias)) {
            return u"\\GLOBAL??\\" + name.substr(alias.size());
        }
    }
    return name;
}

NTSTATUS ObjectNamespace::insertObject(const std::u16string& name, NamedObjectKind kind, void* object) {
    if (name.empty() || name[0] != u'\\') return STATUS_OBJECT_NAME_INVALID;
    const auto display = canonical(name);
    platform::LockGuard guard(lock_);
    auto [it, inserted] = entries_.try_emplace(upcase(display), Entry{display, kind, object, {}});
    return inserted ? STATUS_SUCCESS : STATUS_OBJECT_NAME_COLLISION;
}

NTSTATUS ObjectNamespace::insertSymbolicLink(const std::u16string& name, const std::u16string& target) {
    if (name.empty() || name[0] != u'\\') return STATUS_OBJECT_NAME_INVALID;
    const auto display = canonical(name);
    platform::LockGuard guard(lock_);
    auto [it, inserted] = entries_.try_emplace(
        upcase(display), Entry{display, NamedObjectKind::SymbolicLink, nullptr, canonical(target)});
    return inserted ? STATUS_SUCCESS : STATUS_OBJECT_NAME_COLLISION;
}

NTSTATUS ObjectNamespace::remove(const std::u16string& name, NamedObjectKind kind) {
    platform::LockGuard guard(lock_);
    auto it = entries_.find(upcase(canonical(name)));
    if (it == entries_.end() || it->second.kind != kind) return STATUS_OBJECT_NAME_NOT_FOUND;
    entries_.erase(it);
    return STATUS_SUCCESS;
}

void* ObjectNamespace::find(const std::u16string& name, NamedObjectKind kind) const {
    platform::LockGuard guard(lock_);
    auto it = entries_.find(upcase(canonical(name)));
    if (it == entries_.end() || it->second.kind != kind) return nullptr;
    return it->second.object;
}

bool ObjectNamespace::linkTarget(const std::u16string& name, std::u16string* target) const {
    platform::LockGuard guard(lock_);
    auto it = entries_.find(upcase(canonical(name)));
    if (it == entries_.end() || it->second.kind != NamedObjectKind::SymbolicLink) return false;
    *target = it->second.target;
    return true;
}

std::vector<std::u16string> ObjectNamespace::names() const {
    platform::LockGuard guard(lock_);
    std::vector<std::u16string> out;
    for (const auto& [key, entry] : entries_) out.push_back(entry.displayName);
    return out;
}

NTSTATUS ObjectNamespace::resolveDevice(const std::u16string& path, PDEVICE_OBJECT* device,
                                        std::u16string* remainder) const {
    std::u16string current = canonical(path);
    if (current.empty() || current[0] != u'\\') return STATUS_OBJECT_PATH_NOT_FOUND;
    platform::LockGuard guard(lock_);
    for (int reparse = 0; reparse < kMaxReparse; ++reparse) {
        // Longest prefix that ends at a component boundary and names an object.
        const Entry* hit = nullptr;
        size_t prefixLength = current.size();
        while (prefixLength > 0) {
            auto it = entries_.find(upcase(std::u16string_view(current).substr(0, prefixLength)));
            if (it != entries_.end()) {
                hit = &it->second;
                break;
            }
            const auto slash = current.rfind(u'\\', prefixLength - 1);
            if (slash == std::u16string::npos || slash == 0) break;
            prefixLength = slash;
        }
        if (hit == nullptr) return STATUS_OBJECT_NAME_NOT_FOUND;
        const std::u16string rest = current.substr(prefixLength);
        switch (hit->kind) {
        case NamedObjectKind::Device:
            *device = static_cast<PDEVICE_OBJECT>(hit->object);
            *remainder = rest;
            return STATUS_SUCCESS;
        case NamedObjectKind::SymbolicLink:
            current = hit->target + rest;
            break;
        case NamedObjectKind::Driver:
            return STATUS_OBJECT_TYPE_MISMATCH;
        }
    }
    return STATUS_OBJECT_PATH_NOT_FOUND;
}

}  // namespace ntos
