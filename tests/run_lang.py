#!/usr/bin/env python3
"""Run the language tests (tests/lang/*.py) under lockvm.

    python3 tests/run_lang.py --vm PATH_TO_lockvm [--strategy NAME]...
        [--xfail FILE] [--leak-exempt FILE] [--jobs N] [--timeout S] [--filter SUBSTRING]... [DIR]

For every test NAME.py in DIR (default: the lang folder beside this script;
names starting with an underscore are helper modules, and regen.py is the
generator of the expected files) and every strategy, it runs

    PATH_TO_lockvm run --strategy NAME NAME.py

with the current directory set to DIR (without --strategy the VM's default is
used), and compares
  - stdout, byte for byte, with NAME.out;
  - the exit status with NAME.rc (0 when there is no NAME.rc);
  - when NAME.err exists, the last non-empty line of stderr with it.
A timeout or a death by a signal is always a failure.

--leak-exempt FILE lists tests that build reference cycles (lockvm has no
cycle collector), in the --xfail format: they run with AddressSanitizer's
leak check off (detect_leaks=0 appended to ASAN_OPTIONS), every other check
on. It matters only to a build with -DLOCKVM_SANITIZE=address.

--xfail FILE lists tests known to fail for now, one per line (`#` starts a
comment). An entry is NAME (every strategy) or NAME:STRATEGY. Such a test is
still run: a failure is reported as XFAIL and not counted, a pass is reported
as XPASS and counted as a failure, so that the list stays honest.

The last line of output is `N passed, M failed` (then `, K xfailed` when K > 0);
the exit status is 1 when M > 0, else 0.
"""

import argparse
import concurrent.futures
import os
import signal
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DIR = os.path.join(HERE, "lang")
NOT_TESTS = {"regen.py"}


def find_tests(folder, filters):
    names = []
    for entry in sorted(os.listdir(folder)):
        if not entry.endswith(".py") or entry.startswith("_") or entry in NOT_TESTS:
            continue
        name = entry[:-3]
        if filters and not any(f in name for f in filters):
            continue
        names.append(name)
    return names


def read_xfail(path):
    entries = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            if line.endswith(".py"):
                line = line[:-3]
            entries.add(line)
    return entries


def read_bytes(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return None


def last_nonempty_line(text):
    for line in reversed(text.splitlines()):
        if line.strip():
            return line.rstrip()
    return ""


def signal_name(num):
    try:
        return signal.Signals(num).name
    except ValueError:
        return "signal %d" % num


def show(line):
    return repr(line) if line is not None else "<end of output>"


def stdout_diff(expected, got):
    """A few lines that show where two outputs first differ (line ends shown)."""
    exp_lines = expected.decode("utf-8", errors="replace").splitlines(keepends=True)
    got_lines = got.decode("utf-8", errors="replace").splitlines(keepends=True)
    for i in range(max(len(exp_lines), len(got_lines))):
        e = exp_lines[i] if i < len(exp_lines) else None
        g = got_lines[i] if i < len(got_lines) else None
        if e != g:
            return ["stdout differs at line %d (of %d expected, %d got):"
                    % (i + 1, len(exp_lines), len(got_lines)),
                    "  expected: %s" % show(e),
                    "  got:      %s" % show(g)]
    return ["stdout differs"]


def run_test(vm, folder, name, strategy, timeout, sets=(), leak_exempt=False):
    """Run one test under one strategy. Returns (problems, stderr); no problems means it passed."""
    env = None
    if leak_exempt:
        env = dict(os.environ)
        # A later flag wins over an earlier one in ASAN_OPTIONS.
        env["ASAN_OPTIONS"] = ":".join(o for o in (env.get("ASAN_OPTIONS"), "detect_leaks=0") if o)
    cmd = [vm, "run"]
    if strategy is not None:
        cmd += ["--strategy", strategy]
    for s in sets:
        cmd += ["--set", s]
    cmd.append(name + ".py")
    expected_out = read_bytes(os.path.join(folder, name + ".out"))
    rc_text = read_bytes(os.path.join(folder, name + ".rc"))
    err_text = read_bytes(os.path.join(folder, name + ".err"))
    if expected_out is None:
        return ["no expected output %s.out (run tests/lang/regen.py)" % name], ""
    expected_rc = int(rc_text.decode().strip()) if rc_text is not None else 0

    try:
        proc = subprocess.Popen(cmd, cwd=folder, stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                start_new_session=True, env=env)
    except OSError as e:
        return ["cannot start %s: %s" % (vm, e)], ""
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except OSError:
            proc.kill()
        out, err = proc.communicate()
        stderr = err.decode("utf-8", errors="replace")
        return ["TIMEOUT after %g s" % timeout], stderr
    stderr = err.decode("utf-8", errors="replace")

    problems = []
    if proc.returncode < 0:
        problems.append("killed by %s" % signal_name(-proc.returncode))
    elif proc.returncode != expected_rc:
        problems.append("exit status %d, expected %d" % (proc.returncode, expected_rc))
    if out != expected_out:
        problems.extend(stdout_diff(expected_out, out))
    if err_text is not None:
        want = last_nonempty_line(err_text.decode("utf-8", errors="replace"))
        got = last_nonempty_line(stderr)
        if want != got:
            problems += ["last stderr line differs:",
                         "  expected: %r" % want,
                         "  got:      %r" % got]
    return problems, stderr


def main():
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--vm", required=True, help="path to the lockvm executable")
    ap.add_argument("--strategy", action="append", default=[],
                    help="strategy to run under (repeatable; default: the VM's default)")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                    help="config override passed to every run (repeatable)")
    ap.add_argument("--xfail", help="file listing tests known to fail")
    ap.add_argument("--leak-exempt", help="file listing tests that build reference cycles (no leak check)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--timeout", type=float, default=10.0, help="seconds per run")
    ap.add_argument("--filter", action="append", default=[],
                    help="only tests whose name contains this (repeatable)")
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="also list every passing test")
    ap.add_argument("dir", nargs="?", default=DEFAULT_DIR)
    args = ap.parse_args()

    folder = os.path.abspath(args.dir)
    vm = args.vm
    if os.sep in vm:
        vm = os.path.abspath(vm)
    strategies = args.strategy or [None]
    xfail = read_xfail(args.xfail) if args.xfail else set()
    leak_exempt = read_xfail(args.leak_exempt) if args.leak_exempt else set()
    names = find_tests(folder, args.filter)
    if not names:
        print("no tests found in %s" % folder)

    jobs = [(name, s) for name in names for s in strategies]
    results = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = {pool.submit(run_test, vm, folder, name, s, args.timeout, args.set, name in leak_exempt): (name, s)
                   for name, s in jobs}
        for fut in concurrent.futures.as_completed(futures):
            results[futures[fut]] = fut.result()

    passed = failed = xfailed = 0
    for name, s in jobs:
        problems, stderr = results[(name, s)]
        label = name if s is None else "%s [%s]" % (name, s)
        expected_to_fail = name in xfail or (s is not None and "%s:%s" % (name, s) in xfail)
        if expected_to_fail:
            if problems:
                xfailed += 1
                print("XFAIL %s" % label)
            else:
                failed += 1
                print("XPASS %s (listed in %s; remove it)" % (label, args.xfail))
            continue
        if not problems:
            passed += 1
            if args.verbose:
                print("PASS  %s" % label)
            continue
        failed += 1
        print("FAIL  %s" % label)
        for line in problems:
            print("    " + line)
        tail = [l for l in stderr.splitlines() if l.strip()][-5:]
        if tail:
            print("    stderr (last %d lines):" % len(tail))
            for line in tail:
                print("      " + line)

    summary = "%d passed, %d failed" % (passed, failed)
    if xfailed:
        summary += ", %d xfailed" % xfailed
    print(summary)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
