#!/usr/bin/env bash
# Installs the Debian packages jumpgate needs to build and test, when missing.
# Run as root on Debian 12 (CI and the quick start call it).
set -euo pipefail
pkgs=(build-essential cmake pkg-config libgmp-dev libcmocka-dev libsodium-dev
      libmsgpack-dev libzmq3-dev python3 clang libclang-rt-14-dev)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "deps.sh: missing packages: ${missing[*]} (run as root to install them)" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y "${missing[@]}"
fi
