#!/usr/bin/env bash
# Regenerates docs/results.md: a full-size `lockvm bench` run (scale 5, 1
# warm-up and 3 counted runs per cell; the strategies of scripts/bench.sh,
# python3 and pypy3) on this machine, its outputs in docs/results/. Takes
# about 20 minutes on 2 cores; run it on a quiet machine. Arguments are passed
# on to `lockvm bench` (e.g. --runs 5 for tighter figures).
# LOCKVM_RESULTS=NAME writes docs/NAME.md and docs/NAME/ instead: a run on
# another machine (LOCKVM_RESULTS=results-16core on a 16-core one, where
# the thread counts go up to 16) then sits beside the 2-core one.
set -euo pipefail
cd "$(dirname "$0")/.."
name=${LOCKVM_RESULTS:-results}
case $name in
  *[!A-Za-z0-9_-]* | "") echo "LOCKVM_RESULTS must be a plain name (letters, digits, - and _), not '$name'" >&2; exit 2 ;;
esac
bash scripts/deps.sh pypy3
bash scripts/build.sh
status=0
build/lockvm bench --runs 3 --strategy gil --strategy per-object --strategy biased --strategy lock-free \
  --strategy configs/lock-free.toml --strategy nosync --reference python3 --reference pypy3 \
  --out "docs/$name" "$@" >/dev/null || status=$?
{
  echo "<!-- written by scripts/results.sh from docs/$name/tables.md; do not edit -->"
  echo
  if [ "$name" = results ]; then regen="bash scripts/results.sh"; else regen="LOCKVM_RESULTS=$name bash scripts/results.sh"; fi
  echo "Regenerate with \`$regen\` (on the same machine). Every sample, the machine and the"
  echo "command line are in [$name/results.json]($name/results.json)."
  echo
  sed -E "s#\\]\\(([a-z_]+\\.svg)\\)#]($name/\\1)#" "docs/$name/tables.md"
} > "docs/$name.md"
echo "wrote docs/$name.md (lockvm bench exit status $status)" >&2
exit $status
