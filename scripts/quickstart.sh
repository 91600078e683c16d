#!/usr/bin/env bash
# The quick start: installs what is missing, builds, and runs the example program.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh >/dev/null
echo "+ build/jumpgate run examples/space_sim.py"
exec build/jumpgate run examples/space_sim.py
