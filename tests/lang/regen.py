#!/usr/bin/env python3
"""Regenerate the expected outputs of the language tests with CPython.

Every test is a file NAME.py in this folder (files whose name starts with an
underscore are helper modules imported by tests, and this script is not a
test). Each test is run as `python3 NAME.py` with the current directory set to
this folder and a 10 s timeout. The script writes

  NAME.out  the exact bytes the program wrote to stdout;
  NAME.rc   the exit status as text, only when it is not 0;
  NAME.err  the last non-empty line of stderr, only when the status is not 0.

A stale NAME.rc/NAME.err is removed when the status becomes 0, and the
expected files of a test whose NAME.py is gone are removed as well (only on a
full run).

Usage: python3 tests/lang/regen.py [--python EXE] [--check] [NAME...]
  --check   compare with the checked-in files instead of writing them;
            exit 1 when anything differs.
  NAME...   only these tests (a name or a substring of names).
"""

import argparse
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SELF = os.path.basename(os.path.abspath(__file__))
TIMEOUT = 10


def test_names(folder):
    names = []
    for entry in sorted(os.listdir(folder)):
        if not entry.endswith(".py") or entry.startswith("_") or entry == SELF:
            continue
        names.append(entry[:-3])
    return names


def last_nonempty_line(data):
    text = data.decode("utf-8", errors="replace")
    for line in reversed(text.splitlines()):
        if line.strip():
            return line.rstrip()
    return ""


def run_one(python, name):
    env = dict(os.environ)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    proc = subprocess.run([python, name + ".py"], cwd=HERE, env=env,
                          stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, timeout=TIMEOUT)
    return proc.returncode, proc.stdout, proc.stderr


def expected_files(rc, out, err):
    files = {".out": out}
    if rc != 0:
        files[".rc"] = ("%d\n" % rc).encode()
        files[".err"] = (last_nonempty_line(err) + "\n").encode("utf-8")
    return files


def read(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return None


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--python", default="python3")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()

    names = test_names(HERE)
    if args.names:
        names = [n for n in names
                 if any(n == s or s in n for s in (a[:-3] if a.endswith(".py") else a
                                                   for a in args.names))]
    problems = 0
    for name in names:
        try:
            rc, out, err = run_one(args.python, name)
        except subprocess.TimeoutExpired:
            print("%s: TIMEOUT after %d s, nothing written" % (name, TIMEOUT))
            problems += 1
            continue
        if rc < 0:
            print("%s: killed by signal %d, nothing written" % (name, -rc))
            problems += 1
            continue
        want = expected_files(rc, out, err)
        for ext in (".out", ".rc", ".err"):
            path = os.path.join(HERE, name + ext)
            old = read(path)
            new = want.get(ext)
            if old == new:
                continue
            if args.check:
                print("%s%s: differs" % (name, ext))
                problems += 1
            elif new is None:
                os.remove(path)
                print("%s%s: removed" % (name, ext))
            else:
                with open(path, "wb") as f:
                    f.write(new)
                print("%s%s: %s" % (name, ext, "written" if old is None else "updated"))

    if not args.names:
        # Expected files of tests that no longer exist.
        live = set(names)
        for entry in sorted(os.listdir(HERE)):
            base, ext = os.path.splitext(entry)
            if ext in (".out", ".rc", ".err") and base not in live:
                if args.check:
                    print("%s: orphaned" % entry)
                    problems += 1
                else:
                    os.remove(os.path.join(HERE, entry))
                    print("%s: removed (no %s.py)" % (entry, base))

    print("%d tests, %d problems" % (len(names), problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
