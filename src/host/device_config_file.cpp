#include "host/device_config_file.h"

#include <cctype>
#include <cerrno>
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

bool parseDeviceConfig(const std::string& fileName, const std::string& text, std::vector<DeviceEntry>* devices,
                       std::string* error) {
    std::istringstream in(text);
    std::string line;
    int number = 0;
    std::set<std::string> instancePaths;
    devices->clear();
    while (std::getline(in, line)) {
        ++number;
        auto where = fileName + ":" + std::to_string(number) + ": ";
        auto words = wordsOf(line);
        if (words.empty()) continue;
        if (words[0] != "device") {
            *error = where + "unknown directive '" + words[0] + "' (expected 'device')";
            return false;
        }
        if (words.size() != 5) {
            *error = where + "'device' needs 4 fields: <hardware-id> <instance-id> <service> <driver-image>, got " +
                     std::to_string(words.size() - 1);
            return false;
        }
        DeviceEntry entry{words[1], words[2], words[3], words[4], number};
        if (!validIdText(entry.hardwareId) || entry.hardwareId.find('\\') == std::string::npos) {
            *error = where + "hardware id '" + entry.hardwareId + "' must look like ENUMERATOR\\ID (e.g. ROOT\\ECHO)";
            return false;
        }
        if (!validIdText(entry.instanceId) || entry.instanceId.find('\\') != std::string::npos) {
            *error = where + "instance id '" + entry.instanceId + "' must be one path element (e.g. 0000)";
            return false;
        }
        if (!validIdText(entry.serviceName) || entry.serviceName.find('\\') != std::string::npos) {
            *error = where + "service name '" + entry.serviceName + "' must be one word (e.g. echo)";
            return false;
        }
        auto instancePath = entry.hardwareId + "\\" + entry.instanceId;
        for (auto& c : instancePath) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        if (!instancePaths.insert(instancePath).second) {
            *error = where + "device " + entry.hardwareId + "\\" + entry.instanceId + " is listed twice";
            return false;
        }
        if (entry.driverImage[0] != '/') entry.driverImage = directoryOf(fileName) + "/" + entry.driverImage;
        devices->push_back(std::move(entry));
    }
    return true;
}

bool loadDeviceConfig(const std::string& fileName, std::vector<DeviceEntry>* devices, std::string* error) {
    std::ifstream file(fileName);
    if (!file) {
        *error = "cannot read config file " + fileName + ": " + std::strerror(errno);
        return false;
    }
    std::ostringstream text;
    text << file.rdbuf();
    if (!parseDeviceConfig(fileName, text.str(), devices, error)) return false;
    for (const auto& device : *devices) {
        if (access(device.driverImage.c_str(), R_OK) != 0) {
            *error = fileName + ":" + std::to_string(device.line) + ": driver image " + device.driverImage +
                     " cannot be read: " + std::strerror(errno);
            return false;
        }
    }
    return true;
}

}  // namespace kmdf::host
