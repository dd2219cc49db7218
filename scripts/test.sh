#!/usr/bin/env bash
# The README's test command: installs what is missing, builds, and runs every
# test (unit tests, and the language corpus under every strategy).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
ctest --test-dir build --output-on-failure -j "$(nproc)"
