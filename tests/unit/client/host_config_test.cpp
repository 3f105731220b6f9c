#include "host/device_config_file.h"
#include "host/host_options.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <unistd.h>

using namespace kmdf::host;

TEST(DeviceConfig, ParsesDevicesCommentsAndRelativeImages) {
    HostConfig config;
    std::string error;
    ASSERT_TRUE(parseHostConfig("/etc/k/host.conf",
                                "# root devices\n"
                                "\n"
                                "device ROOT\\ECHO 0000 echo /abs/echo.sys   # the sample\n"
                                "  device ROOT\\TOASTER 0001 toaster drivers/toaster.sys\n",
                                &config, &error))
        << error;
    const auto& devices = config.devices;
    ASSERT_EQ(devices.size(), 2u);
    EXPECT_EQ(devices[0].hardwareId, "ROOT\\ECHO");
    EXPECT_EQ(devices[0].instanceId, "0000");
    EXPECT_EQ(devices[0].serviceName, "echo");
    EXPECT_EQ(devices[0].driverImage, "/abs/echo.sys");
    EXPECT_EQ(devices[0].line, 3);
    EXPECT_EQ(devices[1].driverImage, "/etc/k/drivers/toaster.sys");
    EXPECT_EQ(devices[1].line, 4);
}

TEST(DeviceConfig, FiltersAttachToEveryDeviceOfTheirHardwareIdInOrderAndDriversAreListed) {
    HostConfig config;
    std::string error;
    ASSERT_TRUE(parseHostConfig("/c/h.conf",
                                "device ROOT\\ECHO 0000 echo echo.sys\n"
                                "device ROOT\\ECHO 0001 echo echo.sys\n"
                                "filter root\\echo countfilter filter.sys\n"
                                "filter ROOT\\ECHO second /abs/second.sys\n"
                                "driver ioctl ioctl.sys\n",
                                &config, &error))
        << error;
    ASSERT_EQ(config.devices.size(), 2u);
    for (const auto& device : config.devices) {
        ASSERT_EQ(device.upperFilters.size(), 2u);
        EXPECT_EQ(device.upperFilters[0].serviceName, "countfilter");
        EXPECT_EQ(device.upperFilters[0].driverImage, "/c/filter.sys");
        EXPECT_EQ(device.upperFilters[1].serviceName, "second");
        EXPECT_EQ(device.upperFilters[1].driverImage, "/abs/second.sys");
    }
    ASSERT_EQ(config.drivers.size(), 1u);
    EXPECT_EQ(config.drivers[0].serviceName, "ioctl");
    EXPECT_EQ(config.drivers[0].driverImage, "/c/ioctl.sys");
    EXPECT_EQ(config.drivers[0].line, 5);
}

TEST(DeviceConfig, WakeMarksADeviceThatCanSignalWake) {
    HostConfig config;
    std::string error;
    ASSERT_TRUE(parseHostConfig("a.conf", "device ROOT\\A 0000 a a.sys wake\ndevice ROOT\\B 0000 b b.sys\n", &config,
                                &error))
        << error;
    ASSERT_EQ(config.devices.size(), 2u);
    EXPECT_TRUE(config.devices[0].canWake);
    EXPECT_FALSE(config.devices[1].canWake);
}

TEST(DeviceConfig, ResourcesAreListedInOrder) {
    HostConfig config;
    std::string error;
    ASSERT_TRUE(parseHostConfig("a.conf", "device ROOT\\A 0000 a a.sys port=0x300:0x20 irq=5 memory=0xFED00000:4096 wake\n",
                                &config, &error))
        << error;
    ASSERT_EQ(config.devices.size(), 1u);
    const auto& resources = config.devices[0].resources;
    ASSERT_EQ(resources.size(), 3u);
    EXPECT_EQ(resources[0].kind, DeviceEntry::Resource::Kind::Port);
    EXPECT_EQ(resources[0].start, 0x300u);
    EXPECT_EQ(resources[0].length, 0x20u);
    EXPECT_EQ(resources[1].kind, DeviceEntry::Resource::Kind::Interrupt);
    EXPECT_EQ(resources[1].start, 5u);
    EXPECT_EQ(resources[2].kind, DeviceEntry::Resource::Kind::Memory);
    EXPECT_EQ(resources[2].start, 0xFED00000u);
    EXPECT_EQ(resources[2].length, 4096u);
    EXPECT_TRUE(config.devices[0].canWake);
}

TEST(DeviceConfig, ErrorsNameFileLineAndProblem) {
    HostConfig devices;
    std::string error;
    EXPECT_FALSE(parseHostConfig("a.conf", "\nfrobnicate x\n", &devices, &error));
    EXPECT_EQ(error, "a.conf:2: unknown directive 'frobnicate' (expected 'device', 'filter', 'driver' or 'bind')");
    EXPECT_FALSE(parseHostConfig("a.conf", "device ROOT\\ECHO 0000 echo\n", &devices, &error));
    EXPECT_EQ(error,
              "a.conf:1: 'device' needs 4 fields: <hardware-id> <instance-id> <service> <driver-image> [options], got 3");
    EXPECT_FALSE(parseHostConfig("a.conf", "device ROOT\\ECHO 0000 echo e.sys sleepy\n", &devices, &error));
    EXPECT_EQ(error, "a.conf:1: device option 'sleepy': unknown (the options are wake, port=BASE:LENGTH, "
                     "memory=BASE:LENGTH and irq=VECTOR)");
    EXPECT_FALSE(parseHostConfig("a.conf", "device ROOT\\ECHO 0000 echo e.sys port=0x300\n", &devices, &error));
    EXPECT_EQ(error, "a.conf:1: device option 'port=0x300': needs BASE:LENGTH with a length above 0 (e.g. "
                     "port=0x300:0x20)");
    EXPECT_FALSE(parseHostConfig("a.conf", "device ROOT\\ECHO 0000 echo e.sys irq=300\n", &devices, &error));
    EXPECT_EQ(error, "a.conf:1: device option 'irq=300': the vector must be a number from 0 to 255 (e.g. irq=5)");
    EXPECT_FALSE(parseHostConfig("a.conf", "device ECHO 0000 echo e.sys\n", &devices, &error));
    EXPECT_EQ(error, "a.conf:1: hardware id 'ECHO' must look like ENUMERATOR\\ID (e.g. ROOT\\ECHO)");
    EXPECT_FALSE(parseHostConfig("a.conf", "device ROOT\\ECHO 00\\00 echo e.sys\n", &devices, &error));
    EXPECT_EQ(error, "a.conf:1: instance id '00\\00' must be one path element (e.g. 0000)");
    EXPECT_FALSE(parseHostConfig("a.conf", "device ROOT\\ECHO 0000 echo e.sys\ndevice root\\echo 0000 echo e.sys\n",
                                   &devices, &error));
    EXPECT_EQ(error, "a.conf:2: device root\\echo\\0000 is listed twice");
    EXPECT_FALSE(parseHostConfig("a.conf", "device ROOT\\ECHO 0000 echo e.sys\nfilter ROOT\\OTHER f f.sys\n", &devices,
                                 &error));
    EXPECT_EQ(error, "a.conf:2: no device has hardware id 'ROOT\\OTHER' for filter f");
    EXPECT_FALSE(parseHostConfig("a.conf", "driver ioctl\n", &devices, &error));
    EXPECT_EQ(error, "a.conf:1: 'driver' needs 2 fields: <service> <driver-image>, got 1");
}

TEST(DeviceConfig, BindingsNameTheDriverOfReportedDevices) {
    HostConfig config;
    std::string error;
    ASSERT_TRUE(parseHostConfig("/c/h.conf", "bind KMDFBUS\\CHILD kmdfchild child.sys  # children\n", &config, &error))
        << error;
    ASSERT_EQ(config.bindings.size(), 1u);
    EXPECT_EQ(config.bindings[0].id, "KMDFBUS\\CHILD");
    EXPECT_EQ(config.bindings[0].serviceName, "kmdfchild");
    EXPECT_EQ(config.bindings[0].driverImage, "/c/child.sys");
    EXPECT_EQ(config.bindings[0].line, 1);
    EXPECT_FALSE(parseHostConfig("a.conf", "bind KMDFBUS\\CHILD child\n", &config, &error));
    EXPECT_EQ(error, "a.conf:1: 'bind' needs 3 fields: <hardware-or-compatible-id> <service> <driver-image>, got 2");
    EXPECT_FALSE(parseHostConfig("a.conf", "bind CHILD child c.sys\n", &config, &error));
    EXPECT_EQ(error, "a.conf:1: id 'CHILD' must look like ENUMERATOR\\ID (e.g. KMDFBUS\\CHILD)");
    EXPECT_FALSE(parseHostConfig("a.conf", "bind A\\B my\\svc c.sys\n", &config, &error));
    EXPECT_EQ(error, "a.conf:1: service name 'my\\svc' must be one word (e.g. toaster)");
}

TEST(DeviceConfig, LoadChecksTheFileAndTheImages) {
    HostConfig devices;
    std::string error;
    EXPECT_FALSE(loadHostConfig("/nonexistent/host.conf", &devices, &error));
    EXPECT_EQ(error, "cannot read config file /nonexistent/host.conf: No such file or directory");
}

TEST(HostOptions, DefaultsFollowTheEnvironment) {
    setenv("KMDF_SOCKET", "/run/x.sock", 1);
    setenv("KMDF_STATE", "/var/x", 1);
    HostOptions options;
    std::string error;
    ASSERT_TRUE(parseHostOptions({}, &options, &error));
    EXPECT_EQ(options.socketPath, "/run/x.sock");
    EXPECT_EQ(options.stateDir, "/var/x");
    unsetenv("KMDF_SOCKET");
    unsetenv("KMDF_STATE");
    setenv("XDG_RUNTIME_DIR", "/run/user/5", 1);
    setenv("XDG_STATE_HOME", "/home/u/.st", 1);
    ASSERT_TRUE(parseHostOptions({}, &options, &error));
    EXPECT_EQ(options.socketPath, "/run/user/5/kmdf.sock");
    EXPECT_EQ(options.stateDir, "/home/u/.st/openkmdf");
    unsetenv("XDG_RUNTIME_DIR");
    unsetenv("XDG_STATE_HOME");
    setenv("HOME", "/home/u", 1);
    ASSERT_TRUE(parseHostOptions({}, &options, &error));
    EXPECT_EQ(options.socketPath, "/tmp/kmdf-" + std::to_string(getuid()) + ".sock");
    EXPECT_EQ(options.stateDir, "/home/u/.local/state/openkmdf");
}

TEST(HostOptions, ParsesEveryOption) {
    HostOptions options;
    std::string error;
    ASSERT_TRUE(parseHostOptions({"--config", "c.conf", "--state=/s", "--socket", "/k.sock", "--seed", "7"}, &options,
                                 &error));
    EXPECT_EQ(options.configPath, "c.conf");
    EXPECT_EQ(options.stateDir, "/s");
    EXPECT_EQ(options.socketPath, "/k.sock");
    EXPECT_EQ(options.seed, 7u);
    EXPECT_FALSE(options.help);
    ASSERT_TRUE(parseHostOptions({"--help"}, &options, &error));
    EXPECT_TRUE(options.help);
}

TEST(HostOptions, UsageErrors) {
    HostOptions options;
    std::string error;
    EXPECT_FALSE(parseHostOptions({"--bogus"}, &options, &error));
    EXPECT_EQ(error, "unknown argument '--bogus'");
    EXPECT_FALSE(parseHostOptions({"--socket"}, &options, &error));
    EXPECT_EQ(error, "--socket needs a value");
    EXPECT_FALSE(parseHostOptions({"--seed", "x1"}, &options, &error));
    EXPECT_EQ(error, "--seed needs a non-negative integer, not 'x1'");
    EXPECT_FALSE(parseHostOptions({"--state="}, &options, &error));
    EXPECT_EQ(error, "--state needs a non-empty value");
}
