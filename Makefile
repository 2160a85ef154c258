# Every target does its own set-up: installs missing Debian packages, configures, builds.
#   make run     extract the bundled samples into out/records.jsonl
#   make test    build and run every test
# Other targets: build, test-asan, fuzz, bench, update-golden, clean.
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=

.PHONY: all deps build run test test-asan fuzz bench update-golden clean

all: build

deps:
	@bash scripts/install-deps.sh

build: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPE_BUILD_TESTS=ON $(CMAKE_FLAGS) > /dev/null
	cmake --build $(BUILD) -j $(JOBS)

run: build
	@mkdir -p out
	$(BUILD)/cli/policy-extract run samples/text samples/html samples/jsonl/seeds.jsonl.gz samples/variants \
	  -o out/records.jsonl --errors out/errors.jsonl
	@echo "records: out/records.jsonl (quarantined documents: out/errors.jsonl)"

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

clean:
	rm -rf $(BUILD) build-asan build-fuzz out
