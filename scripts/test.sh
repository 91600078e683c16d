#!/usr/bin/env bash
# Builds jumpgate and runs the whole test suite (unit, language, stack, fuzz replay).
# Usage: scripts/test.sh [--sanitize] [--werror] [--gc-stress] [ctest args...]
set -euo pipefail
cd "$(dirname "$0")/.."
build_opts=()
ctest_opts=()
for a in "$@"; do
  case "$a" in
    --sanitize|--werror|--gc-stress) build_opts+=("$a") ;;
    *) ctest_opts+=("$a") ;;
  esac
done
dir=$(scripts/build.sh "${build_opts[@]}" | tail -n 1)
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
cd "$dir"
ctest --output-on-failure -j2 "${ctest_opts[@]}"
