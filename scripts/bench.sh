#!/usr/bin/env bash
# The README's main job: installs what is missing, builds, and prints the
# performance table (every workload under lockvm's gil and per-object
# strategies and python3).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
python3 bench/compare.py --vm build/lockvm --strategy gil --strategy per-object --strategy biased --strategy configs/lock-free.toml --reference python3 --runs 3 --warmup 1 "$@"
