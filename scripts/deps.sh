#!/usr/bin/env bash
# Installs the Debian packages lockvm needs, if any are missing. Used by the
# README's two commands so that they work on a fresh Debian 12 machine.
# Arguments name further packages (scripts/bench.sh adds pypy3).
set -euo pipefail

packages=(g++ cmake ninja-build pkg-config python3 libabsl-dev libmimalloc-dev
          libtomlplusplus-dev libgtest-dev libbenchmark-dev python3-matplotlib "$@")
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "lockvm: installing missing packages: ${missing[*]}" >&2
  if [[ $(id -u) -ne 0 ]]; then
    echo "lockvm: run as root (or install them yourself): apt-get install ${missing[*]}" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi
