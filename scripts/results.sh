#!/usr/bin/env bash
# Regenerates docs/results.md: a full-size `lockvm bench` run (scale 5, 1
# warm-up and 3 counted runs per cell; the strategies of scripts/bench.sh,
# python3 and pypy3) on this machine, its outputs in docs/results/. Takes
# about 20 minutes on 2 cores; run it on a quiet machine. Arguments are passed
# on to `lockvm bench` (e.g. --runs 5 for tighter figures).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh pypy3
bash scripts/build.sh
status=0
build/lockvm bench --runs 3 --strategy gil --strategy per-object --strategy biased --strategy lock-free \
  --strategy configs/lock-free.toml --strategy nosync --reference python3 --reference pypy3 \
  --out docs/results "$@" >/dev/null || status=$?
{
  echo "<!-- written by scripts/results.sh from docs/results/tables.md; do not edit -->"
  echo
  echo "Regenerate with \`bash scripts/results.sh\`. Every sample, the machine and the"
  echo "command line are in [results/results.json](results/results.json)."
  echo
  sed -E 's#\]\(([a-z_]+\.svg)\)#](results/\1)#' docs/results/tables.md
} > docs/results.md
echo "wrote docs/results.md (lockvm bench exit status $status)" >&2
exit $status
