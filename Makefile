# Every target does its own set-up: installs missing Debian packages, configures, builds.
#   make run     extract the bundled samples into out/records.jsonl
#   make test    build and run every test
# Other targets: build, test-asan, fuzz, bench, update-golden, clean.
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=

SHELL := /bin/bash
.PHONY: all deps build run test test-asan fuzz bench update-golden clean

all: build

deps:
	@bash scripts/install-deps.sh

build: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPE_BUILD_TESTS=ON -DPE_BUILD_BENCH=ON $(CMAKE_FLAGS) > /dev/null
	cmake --build $(BUILD) -j $(JOBS)

run: build
	@mkdir -p out
	$(BUILD)/cli/policy-extract run samples/text samples/html samples/jsonl/seeds.jsonl.gz samples/variants \
	  -o out/records.jsonl --errors out/errors.jsonl
	@echo "records: out/records.jsonl (quarantined documents: out/errors.jsonl)"

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# The test suite under AddressSanitizer + UndefinedBehaviorSanitizer (gcc), in build-asan/. The
# test binaries run whole (one process each, not one per test) and the sample checks run on the
# sanitized CLI.
# The held-out sets: every samples/heldout*/ with a gold/ folder (tests/CMakeLists.txt finds the same).
HELDOUT_SETS := $(sort $(patsubst samples/%/gold,%,$(wildcard samples/heldout*/gold)))
SAN_ENV = ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
test-asan: deps
	cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DPE_SANITIZE=ON -DPE_BUILD_BENCH=OFF > /dev/null
	cmake --build build-asan -j $(JOBS)
	@set -e; for t in unit_tests corpus_tests bad_input_tests; do \
	  echo "== $$t (ASan+UBSan)"; $(SAN_ENV) timeout 3600 build-asan/tests/$$t --gtest_brief=1; done
	@set -e; for c in counts schema provenance forms threads gold $(HELDOUT_SETS) expected; do \
	  echo "== samples.$$c (ASan+UBSan)"; $(SAN_ENV) bash tests/tools/samples_test.sh build-asan $$c > build-asan/samples-$$c.log 2>&1 || \
	  { cat build-asan/samples-$$c.log; exit 1; }; done

# Each libFuzzer target (clang) on its seed corpus for FUZZ_SECONDS; findings land in build-fuzz/.
FUZZ_SECONDS ?= 60
FUZZ_EXTRACTORS = date percent money phone email_url count duration region
FUZZ_TARGETS = fuzz_pipeline fuzz_jsonl fuzz_html fuzz_normalize fuzz_extractors \
  $(addprefix fuzz_extractor_,$(FUZZ_EXTRACTORS))
fuzz: deps
	CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPE_FUZZ=ON -DPE_BUILD_TESTS=OFF -DPE_BUILD_BENCH=OFF > /dev/null
	cmake --build build-fuzz -j $(JOBS) --target $(FUZZ_TARGETS)
	@set -o pipefail; for t in $(FUZZ_TARGETS); do \
	  corpus=fuzz/corpus/$${t#fuzz_}; case $$t in fuzz_extractor_*) corpus=fuzz/corpus/extractors;; esac; \
	  work=build-fuzz/corpus-$$t; mkdir -p $$work; \
	  echo "== $$t ($(FUZZ_SECONDS) s)"; \
	  (cd build-fuzz && ./fuzz/$$t -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=20 -rss_limit_mb=4096 \
	     -print_final_stats=1 ../$$work ../$$corpus 2>&1 | tail -n 12) || exit 1; \
	done

# Regenerate samples/expected/ from the text samples; review `git diff samples/expected` before
# committing: every value there is checked against the source text.
update-golden: build
	$(BUILD)/cli/policy-extract run -q --no-progress samples/text -o $(BUILD)/golden.jsonl
	/usr/bin/python3 tests/tools/project_records.py $(BUILD)/golden.jsonl samples/expected

# Throughput on a generated corpus (BENCH_SIZE, default 100MB), baseline in the same run.
bench: build
	bash bench/run.sh $(BUILD)

clean:
	rm -rf $(BUILD) build-asan build-fuzz out
