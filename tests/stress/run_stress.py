#!/usr/bin/env python3
"""Runs tests/stress/*.py under lockvm at several thread counts and strategies.

Each program asserts the invariants of Python's per-operation atomicity and
prints a line starting with "ok"; a non-zero exit, a missing "ok", a timeout
or death by a signal fails. Usage:
  run_stress.py --vm build/lockvm [--strategy gil]... [--threads 2,4,8] [--set KEY=VALUE]...
The last line is `N passed, M failed`."""
import argparse
import glob
import os
import subprocess
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--vm", required=True)
    ap.add_argument("--strategy", action="append", default=[])
    ap.add_argument("--threads", default="2,4,8")
    ap.add_argument("--timeout", type=float, default=300)
    ap.add_argument("--set", action="append", default=[], help="KEY=VALUE passed to lockvm run")
    args = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    programs = sorted(p for p in glob.glob(os.path.join(here, "*.py")) if not p.endswith("run_stress.py"))
    passed = failed = 0
    for strategy in args.strategy or ["gil"]:
        for threads in args.threads.split(","):
            for prog in programs:
                name = "%s [%s, %s threads]" % (os.path.basename(prog), strategy, threads)
                try:
                    sets = [a for kv in args.set for a in ("--set", kv)]
                    p = subprocess.run([args.vm, "run", "--strategy", strategy] + sets + [prog, threads],
                                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=args.timeout)
                    ok = p.returncode == 0 and p.stdout.decode().startswith("ok")
                    why = "exit status %d" % p.returncode
                    # The program's own report of what went wrong is on stdout;
                    # a sanitizer's report (both stacks of a race) on stderr:
                    # enough of it to diagnose a failure seen once in CI.
                    err = (p.stdout.decode("utf-8", "replace").strip().splitlines()[:5] +
                           p.stderr.decode("utf-8", "replace").strip().splitlines()[-120:])
                except subprocess.TimeoutExpired:
                    ok, why, err = False, "timeout", []
                if ok:
                    passed += 1
                    print("PASS", name)
                else:
                    failed += 1
                    print("FAIL", name, "-", why)
                    for line in err:
                        print("    " + line)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
