#!/usr/bin/env bash
# The README's main job: installs what is missing (pypy3 too, a reference
# column), builds, and runs `lockvm bench --quick` with python3 and pypy3
# beside lockvm's strategies: the tables go to the terminal, and with the
# plots, results.json and results.csv to bench-results/. Arguments are passed
# on to `lockvm bench` (e.g. drop --quick's presets with --scale 5 --runs 5).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh pypy3
bash scripts/build.sh
build/lockvm bench --quick --reference python3 --reference pypy3 --out bench-results "$@"
