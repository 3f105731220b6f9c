#include "host/device_config_file.h"

#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <set>
#include <sstream>
#include <unistd.h>

namespace kmdf::host {

namespace {

std::vector<std::string> wordsOf(const std::string& line) {
    std::vector<std::string> words;
    std::istringstream in(line);
    std::string word;
    while (in >> word) {
        if (word[0] == '#') break;
        words.push_back(word);
    }
    return words;
}

std::string directoryOf(const std::string& path) {
    auto slash = path.rfind('/');
    return slash == std::string::npos ? "." : path.substr(0, slash == 0 ? 1 : slash);
}

bool validIdText(const std::string& text) {
    for (char c : text) {
        if (c <= ' ' || c == ',' || static_cast<unsigned char>(c) >= 0x7F) return false;
    }
    return true;
}

}  // namespace

static bool validServiceName(const std::string& name) {
    return validIdText(name) && name.find('\\') == std::string::npos;
}

static std::string upper(std::string text) {
    for (auto& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return text;
}

namespace {

// "0x300" or "768"; false unless the whole text is a number.
bool parseNumber(const std::string& text, unsigned long long* value) {
    if (text.empty()) return false;
    char* end = nullptr;
    errno = 0;
    *value = std::strtoull(text.c_str(), &end, 0);
    return errno == 0 && end != nullptr && *end == '\0';
}

// 'wake', 'port=BASE:LENGTH', 'memory=BASE:LENGTH', 'irq=VECTOR'.
bool parseDeviceOption(const std::string& word, DeviceEntry* entry, std::string* why) {
    if (word == "wake") {
        entry->canWake = true;
        return true;
    }
    const size_t equals = word.find('=');
    const std::string name = word.substr(0, equals);
    const std::string value = equals == std::string::npos ? "" : word.substr(equals + 1);
    if (name == "irq") {
        unsigned long long vector = 0;
        if (!parseNumber(value, &vector) || vector > 255) {
            *why = "the vector must be a number from 0 to 255 (e.g. irq=5)";
            return false;
        }
        entry->resources.push_back({DeviceEntry::Resource::Kind::Interrupt, vector, 1});
        return true;
    }
    if (name == "port" || name == "memory") {
        const size_t colon = value.find(':');
        unsigned long long base = 0;
        unsigned long long length = 0;
        if (colon == std::string::npos || !parseNumber(value.substr(0, colon), &base) ||
            !parseNumber(value.substr(colon + 1), &length) || length == 0 || length > 0xFFFFFFFFull ||
            base + length < base) {
            *why = "needs BASE:LENGTH with a length above 0 (e.g. " + name + "=0x300:0x20)";
            return false;
        }
        entry->resources.push_back({name == "port" ? DeviceEntry::Resource::Kind::Port : DeviceEntry::Resource::Kind::Memory,
                                    base, static_cast<unsigned long>(length)});
        return true;
    }
    *why = "unknown (the options are wake, port=BASE:LENGTH, memory=BASE:LENGTH and irq=VECTOR)";
    return false;
}

}  // namespace

bool parseHostConfig(const std::string& fileName, const std::string& text, HostConfig* config, std::string* error) {
    std::istringstream in(text);
    std::string line;
    int number = 0;
    std::set<std::string> instancePaths;
    std::vector<std::pair<std::string, DriverEntry>> filters;  // hardware id (upper case), filter
    *config = HostConfig{};
    auto resolve = [&](std::string image) { return image[0] == '/' ? image : directoryOf(fileName) + "/" + image; };
    while (std::getline(in, line)) {
        ++number;
        auto where = fileName + ":" + std::to_string(number) + ": ";
        auto words = wordsOf(line);
        if (words.empty()) continue;
        if (words[0] == "filter") {
            if (words.size() != 4) {
                *error = where + "'filter' needs 3 fields: <hardware-id> <service> <driver-image>, got " +
                         std::to_string(words.size() - 1);
                return false;
            }
            if (!validServiceName(words[2])) {
                *error = where + "service name '" + words[2] + "' must be one word (e.g. echofilter)";
                return false;
            }
            filters.push_back({upper(words[1]), DriverEntry{words[2], resolve(words[3]), number}});
            continue;
        }
        if (words[0] == "driver") {
            if (words.size() != 3) {
                *error = where + "'driver' needs 2 fields: <service> <driver-image>, got " +
                         std::to_string(words.size() - 1);
                return false;
            }
            if (!validServiceName(words[1])) {
                *error = where + "service name '" + words[1] + "' must be one word (e.g. ioctl)";
                return false;
            }
            config->drivers.push_back(DriverEntry{words[1], resolve(words[2]), number});
            continue;
        }
        if (words[0] == "bind") {
            if (words.size() != 4) {
                *error = where + "'bind' needs 3 fields: <hardware-or-compatible-id> <service> <driver-image>, got " +
                         std::to_string(words.size() - 1);
                return false;
            }
            if (!validIdText(words[1]) || words[1].find('\\') == std::string::npos) {
                *error = where + "id '" + words[1] + "' must look like ENUMERATOR\\ID (e.g. KMDFBUS\\CHILD)";
                return false;
            }
            if (!validServiceName(words[2])) {
                *error = where + "service name '" + words[2] + "' must be one word (e.g. toaster)";
                return false;
            }
            config->bindings.push_back(BindingEntry{words[1], words[2], resolve(words[3]), number});
            continue;
        }
        if (words[0] != "device") {
            *error = where + "unknown directive '" + words[0] + "' (expected 'device', 'filter', 'driver' or 'bind')";
            return false;
        }
        if (words.size() < 5) {
            *error = where + "'device' needs 4 fields: <hardware-id> <instance-id> <service> <driver-image> [options], got " +
                     std::to_string(words.size() - 1);
            return false;
        }
        DeviceEntry entry{words[1], words[2], words[3], words[4], number, {}, false, {}};
        for (size_t option = 5; option < words.size(); ++option) {
            std::string why;
            if (!parseDeviceOption(words[option], &entry, &why)) {
                *error = where + "device option '" + words[option] + "': " + why;
                return false;
            }
        }
        if (!validIdText(entry.hardwareId) || entry.hardwareId.find('\\') == std::string::npos) {
            *error = where + "hardware id '" + entry.hardwareId + "' must look like ENUMERATOR\\ID (e.g. ROOT\\ECHO)";
            return false;
        }
        if (!validIdText(entry.instanceId) || entry.instanceId.find('\\') != std::string::npos) {
            *error = where + "instance id '" + entry.instanceId + "' must be one path element (e.g. 0000)";
            return false;
        }
        if (!validServiceName(entry.serviceName)) {
            *error = where + "service name '" + entry.serviceName + "' must be one word (e.g. echo)";
            return false;
        }
        auto instancePath = upper(entry.hardwareId + "\\" + entry.instanceId);
        if (!instancePaths.insert(instancePath).second) {
            *error = where + "device " + entry.hardwareId + "\\" + entry.instanceId + " is listed twice";
            return false;
        }
        entry.driverImage = resolve(entry.driverImage);
        config->devices.push_back(std::move(entry));
    }
    for (const auto& [hardwareId, filter] : filters) {
        bool matched = false;
        for (auto& device : config->devices) {
            if (upper(device.hardwareId) == hardwareId) {
                device.upperFilters.push_back(filter);
                matched = true;
            }
        }
        if (!matched) {
            *error = fileName + ":" + std::to_string(filter.line) + ": no device has hardware id '" + hardwareId +
                     "' for filter " + filter.serviceName;
            return false;
        }
    }
    return true;
}

bool loadHostConfig(const std::string& fileName, HostConfig* config, std::string* error) {
    std::ifstream file(fileName);
    if (!file) {
        *error = "cannot read config file " + fileName + ": " + std::strerror(errno);
        return false;
    }
    std::ostringstream text;
    text << file.rdbuf();
    if (!parseHostConfig(fileName, text.str(), config, error)) return false;
    auto readable = [&](const std::string& image, int line) {
        if (access(image.c_str(), R_OK) == 0) return true;
        *error = fileName + ":" + std::to_string(line) + ": driver image " + image + " cannot be read: " +
                 std::strerror(errno);
        return false;
    };
    for (const auto& device : config->devices) {
        if (!readable(device.driverImage, device.line)) return false;
        for (const auto& filter : device.upperFilters) {
            if (!readable(filter.driverImage, filter.line)) return false;
        }
    }
    for (const auto& driver : config->drivers) {
        if (!readable(driver.driverImage, driver.line)) return false;
    }
    for (const auto& binding : config->bindings) {
        if (!readable(binding.driverImage, binding.line)) return false;
    }
    return true;
}

}  // namespace kmdf::host
