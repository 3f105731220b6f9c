# OpenKMDF — the two commands of the README.
#   make run   build, then start kmdfhost in the foreground with the sample drivers
#   make test  build, then run the whole test suite (ctest)
BUILD ?= build
GENERATOR ?= Ninja
CMAKE_BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc)

DEBIAN_PACKAGES := cmake ninja-build g++ gcc clang make pkg-config python3 libgtest-dev libgmock-dev libbenchmark-dev

.PHONY: all deps configure build run test test-asan test-ubsan test-tsan bench clean coverage

all: build

# Install what a fresh Debian machine lacks (only when something is missing).
deps:
	@missing=""; for p in $(DEBIAN_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  SUDO=""; [ "$$(id -u)" -ne 0 ] && SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

$(BUILD)/build.ninja: CMakeLists.txt | deps
	cmake -S . -B $(BUILD) -G $(GENERATOR) -DCMAKE_BUILD_TYPE=$(CMAKE_BUILD_TYPE)

configure: deps
	cmake -S . -B $(BUILD) -G $(GENERATOR) -DCMAKE_BUILD_TYPE=$(CMAKE_BUILD_TYPE)

build: configure
	cmake --build $(BUILD) -j $(JOBS)

run: build
	$(BUILD)/bin/kmdfhost --config $(BUILD)/etc/kmdfhost.conf

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS) --timeout 300

# The test suite under a sanitizer, each in its own build folder (not part of `make test`).
test-asan test-ubsan test-tsan: test-%: deps
	cmake -S . -B build-$* -G $(GENERATOR) -DCMAKE_BUILD_TYPE=Debug \
	  -DOPENKMDF_SANITIZE=$(subst asan,address,$(subst ubsan,undefined,$(subst tsan,thread,$*)))
	cmake --build build-$* -j $(JOBS)
	cd build-$* && ctest --output-on-failure -j $(JOBS) --timeout 600

coverage: build
	cmake --build $(BUILD) --target coverage-doc

clean:
	rm -rf $(BUILD)
