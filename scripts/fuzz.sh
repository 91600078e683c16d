#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for
# SECONDS (default 60), seeded with its corpus and the language tests.
# A crash leaves its input in build-fuzz/; add it to tests/fuzz/corpus/<name>/.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-60}
CC=clang cmake -S . -B build-fuzz -DJG_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-fuzz -j"$(nproc)" >/dev/null
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
for exe in build-fuzz/tests/fuzz_*; do
  name=$(basename "$exe"); name=${name#fuzz_}
  work=build-fuzz/corpus-$name
  mkdir -p "$work"
  [ -d "tests/fuzz/corpus/$name" ] && cp -r "tests/fuzz/corpus/$name/." "$work/"
  # Seed with language tests: all of them for the parser, a sample for the
  # whole-VM target (each of its runs starts a VM, so seeds are costly).
  case "$name" in
    parse) find tests/lang -name '*.py' -exec cp {} "$work/" \; ;;
    run) find tests/lang -name '*.py' | sort | awk 'NR % 8 == 0' | xargs -I{} cp {} "$work/" ;;
  esac
  echo "== fuzz $name for ${secs}s"
  (cd build-fuzz && "../$exe" -max_total_time="$secs" -timeout=20 -rss_limit_mb=4096 \
      -max_len=4096 -print_final_stats=1 "corpus-$name")
done
