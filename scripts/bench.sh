#!/usr/bin/env bash
# The README's main job: installs what is missing (pypy3 too, a reference
# column), builds, and runs `lockvm bench --quick` with python3 and pypy3
# beside lockvm's strategies: the tables go to the terminal, and with the
# plots, results.json and results.csv to bench-results/. lock-free runs
# twice: with the strategy's own defaults (atomic reference counts) and as
# the preset configs/lock-free.toml (biased counts). Arguments are passed on
# to `lockvm bench` (e.g. override --quick's presets with --scale 5 --runs 5).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh pypy3
bash scripts/build.sh
build/lockvm bench --quick --strategy gil --strategy per-object --strategy biased --strategy lock-free \
  --strategy configs/lock-free.toml --strategy nosync --reference python3 --reference pypy3 \
  --out bench-results "$@"
