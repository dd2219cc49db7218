#!/usr/bin/env bash
# Configures and builds lockvm (Release, -O2) into build/ (or $LOCKVM_BUILD_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
build_dir=${LOCKVM_BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
ninja -C "$build_dir" -j "${LOCKVM_JOBS:-$(nproc)}"
