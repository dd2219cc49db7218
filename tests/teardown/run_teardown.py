#!/usr/bin/env python3
"""The teardown at exit (vm/teardown.h) under every strategy and setting.

    python3 tests/teardown/run_teardown.py --vm PATH_TO_lockvm

For each strategy (lock-free with both refcount.scheme and both
reclamation.scheme values, biased also with immortal, deferred and
coalescing off) it runs, with --stats=json:
  - no_cycles.py (threads too, where the strategy allows them): the output
    CPython prints, status 0, and objects_live_after_teardown 0;
  - uncaught.py: status 1 and objects_live_after_teardown 0;
  - cycles.py, with AddressSanitizer's leak check off: exactly the 3
    objects it leaves in cycles.
Built with -DLOCKVM_SANITIZE=address and run with detect_leaks=1:exitcode=23
in ASAN_OPTIONS (scripts/test.sh), a leak makes the first two fail too (the
leak check changes the exit status). It also checks that every program
named in tests/lang_leak_cycles.txt still leaves objects, so that list only
shrinks. The last line is `N passed, M failed`.
"""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LANG = os.path.join(os.path.dirname(HERE), "lang")
CYCLES_LIST = os.path.join(os.path.dirname(HERE), "lang_leak_cycles.txt")

CONFIGS = [
    ("nosync", []),
    ("gil", ["--set", "gil.switch_interval_us=50"]),
    ("per-object", []),
    ("biased", []),
    ("biased", ["--set", "refcount.immortal=false", "--set", "refcount.deferred=false",
                "--set", "refcount.coalesce=false"]),
    ("lock-free", ["--set", "refcount.scheme=atomic", "--set", "reclamation.scheme=qsbr"]),
    ("lock-free", ["--set", "refcount.scheme=atomic", "--set", "reclamation.scheme=epoch"]),
    ("lock-free", ["--set", "refcount.scheme=biased", "--set", "reclamation.scheme=qsbr"]),
    ("lock-free", ["--set", "refcount.scheme=biased", "--set", "reclamation.scheme=epoch"]),
]

NO_CYCLES_OUT = """points 50 1369.592 Point(0.0, 0.0) 3
closure 15 [0, 1, 4, 9, 16]
big 850019 (1, 2.5, 'three', None, True)
dict 20 [2, 3] frozenset({1, 2, 3})
random 42 7 hello module
time True
%sok
td_helper.Greeter finalized: module
td_helper.countdown closed
"""


def no_leak_check():
    env = dict(os.environ)
    env["ASAN_OPTIONS"] = ":".join(o for o in (env.get("ASAN_OPTIONS"), "detect_leaks=0") if o)
    return env


def run(vm, strategy, sets, program, args=(), cwd=HERE, env=None):
    cmd = [vm, "run", "--strategy", strategy, "--stats=json"] + sets + [program] + list(args)
    p = subprocess.run(cmd, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=300, env=env)
    err = p.stderr.decode("utf-8", "replace")
    stats = None
    for line in err.splitlines():
        if line.startswith("{"):
            try:
                stats = json.loads(line)
            except ValueError:
                pass
    return p.returncode, p.stdout.decode("utf-8", "replace"), err, stats


def read_names(path):
    names = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                names.append(line)
    return names


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--vm", required=True)
    args = ap.parse_args()
    vm = os.path.abspath(args.vm)
    passed = failed = 0

    def check(name, problems, err):
        nonlocal passed, failed
        if not problems:
            passed += 1
            print("PASS", name)
            return
        failed += 1
        print("FAIL", name)
        for p in problems:
            print("    " + p)
        for line in [l for l in err.splitlines() if l.strip()][-8:]:
            print("      " + line)

    for strategy, sets in CONFIGS:
        label = " ".join([strategy] + sets[1::2])
        threads = "0" if strategy == "nosync" else "4"
        code, out, err, stats = run(vm, strategy, sets, "no_cycles.py", [threads])
        want = NO_CYCLES_OUT % ("" if threads == "0" else "threads 800 40\n")
        problems = []
        if code != 0:
            problems.append("exit status %d, expected 0" % code)
        if out != want:
            problems.append("stdout %r, expected %r" % (out, want))
        if stats is None or stats.get("objects_live_after_teardown") != 0:
            problems.append("objects_live_after_teardown %r, expected 0"
                            % (stats or {}).get("objects_live_after_teardown"))
        check("no_cycles [%s]" % label, problems, err)

        code, out, err, stats = run(vm, strategy, sets, "uncaught.py")
        problems = []
        if code != 1:
            problems.append("exit status %d, expected 1" % code)
        if "Fail: bottom" not in err:
            problems.append("no traceback on stderr")
        if stats is None or stats.get("objects_live_after_teardown") != 0:
            problems.append("objects_live_after_teardown %r, expected 0"
                            % (stats or {}).get("objects_live_after_teardown"))
        check("uncaught [%s]" % label, problems, err)

        code, out, err, stats = run(vm, strategy, sets, "cycles.py", env=no_leak_check())
        problems = []
        if code != 0 or out != "ok\n":
            problems.append("exit status %d, stdout %r" % (code, out))
        if stats is None or stats.get("objects_live_after_teardown") != 3:
            problems.append("objects_live_after_teardown %r, expected 3"
                            % (stats or {}).get("objects_live_after_teardown"))
        check("cycles [%s]" % label, problems, err)

    for name in read_names(CYCLES_LIST):
        code, out, err, stats = run(vm, "gil", [], name + ".py", cwd=LANG, env=no_leak_check())
        left = (stats or {}).get("objects_live_after_teardown")
        problems = [] if isinstance(left, int) and left > 0 else [
            "leaves %r objects: it builds no cycle lockvm cannot free, take it out of %s"
            % (left, os.path.basename(CYCLES_LIST))]
        check("lang_leak_cycles %s" % name, problems, err)

    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
