#!/usr/bin/env bash
# Builds jumpgate.  Usage: scripts/build.sh [--sanitize] [--werror] [--gc-stress] [--dir DIR]
# The default build goes to build/ and puts the binary at build/jumpgate.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=build
opts=(-DCMAKE_BUILD_TYPE=RelWithDebInfo)
while [ $# -gt 0 ]; do
  case "$1" in
    --sanitize) opts+=(-DJG_SANITIZE=ON); dir=build-asan ;;
    --werror) opts+=(-DJG_WERROR=ON) ;;
    --gc-stress) opts+=(-DJG_GC_STRESS=ON); dir=build-gcstress ;;
    --dir) dir="$2"; shift ;;
    *) echo "build.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
cmake -S . -B "$dir" "${opts[@]}" >/dev/null
cmake --build "$dir" -j"$(nproc)"
echo "$dir"
