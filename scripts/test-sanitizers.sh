#!/usr/bin/env bash
# Builds ilacs and its tests with AddressSanitizer and UndefinedBehaviorSanitizer in
# build-sanitize/ and runs the unit and end-to-end tests there. The corpus score (label
# `corpus`) is left out: it measures accuracy, which the sanitizers do not change, and is
# several times slower under them. Any sanitizer report fails the run.
set -euo pipefail

cd "$(dirname "$0")/.."

scripts/setup.sh --no-build

build=build-sanitize
# A debug build: it compiles in much less time than an optimised one, and the tests are small.
cmake -S . -B "$build" -G Ninja -DILACS_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
cmake --build "$build" -j 2

# UBSan stops at its first report instead of going on; ASan also looks for leaks, less
# those of other libraries listed in the suppressions file.
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export ASAN_OPTIONS=detect_leaks=1:check_initialization_order=1:strict_init_order=1
export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan-suppressions.txt:print_suppressions=0"
ctest --test-dir "$build" --output-on-failure -j 2 --label-exclude corpus
