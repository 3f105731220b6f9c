# OpenKMDF — the two commands of the README.
#   make run   build, then start kmdfhost in the foreground with the sample drivers
#   make test  build, then run the whole test suite (ctest)
BUILD ?= build
GENERATOR ?= Ninja
CMAKE_BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc)

DEBIAN_PACKAGES := cmake ninja-build g++ gcc clang make pkg-config python3 libgtest-dev libgmock-dev libbenchmark-dev

.PHONY: all deps configure build run test test-asan test-ubsan test-tsan bench diagrams clean coverage

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

# The benchmarks (bench/): a Release build of their own, then bench/report runs them with
# fixed repetitions and writes docs/performance.md. Not part of `make test`. -O2 rather
# than -O3: gcc 12's -O3 raises false -Wrestrict warnings in libstdc++ (fatal with -Werror).
BENCH_BUILD ?= build-bench
bench: deps
	cmake -S . -B $(BENCH_BUILD) -G $(GENERATOR) -DCMAKE_BUILD_TYPE=Release \
	  "-DCMAKE_CXX_FLAGS_RELEASE=-O2 -g -DNDEBUG" "-DCMAKE_C_FLAGS_RELEASE=-O2 -g -DNDEBUG" \
	  -DOPENKMDF_BENCH=ON -DOPENKMDF_TESTS=OFF
	cmake --build $(BENCH_BUILD) -j $(JOBS) --target benchmarks
	python3 bench/report --build $(BENCH_BUILD) --out docs/performance.md

# The state diagrams of docs/state-machines, generated from the machines' transition
# tables (DOT, and SVG with Graphviz, installed here if missing).
diagrams: configure
	@dpkg-query -W -f='$${Status}' graphviz 2>/dev/null | grep -q "install ok installed" || { \
	  SUDO=""; [ "$$(id -u)" -ne 0 ] && SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq graphviz; }
	cmake -S . -B $(BUILD)
	cmake --build $(BUILD) --target state-diagrams

coverage: build
	cmake --build $(BUILD) --target coverage-doc

clean:
	rm -rf $(BUILD)
