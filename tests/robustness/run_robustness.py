#!/usr/bin/env python3
"""Fuzzer-found robustness cases: bad input must end in a clean Python
exception (a traceback and exit status 1), never a crash, an abort or a hang.

Each case runs as its own lockvm process:
  * recursion: native recursion millions deep (iterator chains, nested
    tuples and lists) must raise RecursionError instead of overflowing the
    C++ stack;
  * memory: under RLIMIT_AS (4 GB; less for the cases that fill memory item
    by item, to keep the run short) running out of memory must raise
    MemoryError instead of aborting on std::bad_alloc, and a container that
    could not grow must still be intact when the program catches the error;
  * hang: repeating an empty sequence 2**62 times (at run time or in the
    compiler's constant folding) must finish at once.
A case passes when the exit status, the last line of stderr (the exception's
name) and stdout are as expected. Usage:
  run_robustness.py --vm build/lockvm --strategy gil [--only SUBSTRING]
The last line is `N passed, M failed`."""
import argparse
import os
import resource
import subprocess
import sys
import tempfile
import textwrap
import time

MEMORY_LIMIT = 4 << 30  # bytes of address space for the memory cases
# The cases that fill memory item by item run under half that: they fail
# through the same code at any limit, and filling 4 GB takes them a minute or
# more in all.
FILL_LIMIT = 2 << 30


class Case:
    def __init__(self, name, source, error=None, stdout="", memory=False, timeout=60):
        self.name = name
        self.source = textwrap.dedent(source).lstrip()
        self.error = error      # expected exception name (exit status 1), or None (exit status 0)
        self.stdout = stdout    # expected standard output, exactly
        # Run under RLIMIT_AS: True for MEMORY_LIMIT, or a number of bytes.
        self.memory = MEMORY_LIMIT if memory is True else memory
        self.timeout = timeout


def deep_tuple(n="5000000", var="x"):
    return f"{var} = ()\nfor i in range({n}):\n    {var} = ({var},)\n"


def deep_list(n="5000000", var="x"):
    return f"{var} = []\nfor i in range({n}):\n    {var} = [{var}]\n"


def chain(wrap):
    return f"x = iter([1])\nfor i in range(3000000):\n    x = {wrap}\nprint(next(x))\n"


CASES = [
    # --- unbounded native recursion -> RecursionError
    Case("map chain", chain("map(abs, x)"), "RecursionError"),
    Case("filter chain", chain("filter(None, x)"), "RecursionError"),
    Case("zip chain", chain("zip(x)"), "RecursionError"),
    Case("enumerate chain", chain("enumerate(x)"), "RecursionError"),
    Case("hash(deep tuple)", deep_tuple() + "print(hash(x))\n", "RecursionError"),
    Case("deep tuple in set", deep_tuple() + "print(x in {1})\n", "RecursionError"),
    Case("deep tuple as dict key", deep_tuple() + "d = {x: 1}\n", "RecursionError"),
    Case("deep tuple ==", deep_tuple() + deep_tuple(var="y") + "print(x == y)\n", "RecursionError"),
    Case("deep tuple <", deep_tuple() + deep_tuple(var="y") + "print(x < y)\n", "RecursionError"),
    Case("deep tuple in list", deep_tuple() + deep_tuple(var="y") + "print(y in [x])\n", "RecursionError"),
    Case("repr(deep tuple)", deep_tuple() + "print(len(repr(x)))\n", "RecursionError"),
    Case("str(deep tuple)", deep_tuple() + "print(len(str(x)))\n", "RecursionError"),
    Case("deep list ==", deep_list() + deep_list(var="y") + "print(x == y)\n", "RecursionError"),
    Case("repr(deep list)", deep_list() + "print(len(repr(x)))\n", "RecursionError"),
    Case("isinstance(deep tuple)", deep_tuple() + "print(isinstance(1, x))\n", "RecursionError"),
    Case("list(deep tuple)", deep_tuple() + "print(len(list(x)), len(tuple(x)))\n", stdout="1 1\n"),
    # What is deep but not unbounded still works: a sieve of 1229 nested
    # filters, hashing and isinstance on moderately nested tuples.
    Case("nested filters sieve", """
        def primes():
            it = iter(range(2, 10000))
            while True:
                p = next(it, None)
                if p is None:
                    return
                yield p
                it = filter(lambda n, p=p: n % p, it)
        ps = list(primes())
        print(len(ps), ps[-1])
        """, stdout="1229 9973\n"),
    Case("moderately deep tuples", deep_tuple("5000") +
         "print(hash(x) == hash(x), x in {x}, isinstance(1, ((((int,),),),)))\n", stdout="True True True\n"),

    # --- out of memory -> MemoryError (and intact containers when caught)
    Case("list(range(2**62))", "list(range(2**62))\n", "MemoryError", memory=True),
    Case("tuple(range(2**62))", "tuple(range(2**62))\n", "MemoryError", memory=True),
    Case("[*range(2**62)]", "[*range(2**62)]\n", "MemoryError", memory=True),
    Case("sorted(range(2**62))", "sorted(range(2**62))\n", "MemoryError", memory=True),
    # (A list grown one item at a time is copied at every 1/8 growth: this
    # one runs under 1 GB to stay quick.)
    Case("[i for i in range(2**62)]", "[i for i in range(2**62)]\n", "MemoryError", memory=1 << 30),
    Case("{i: i for i in range(2**62)}", "{i: i for i in range(2**62)}\n", "MemoryError", memory=FILL_LIMIT),
    Case("set(range(2**62))", "set(range(2**62))\n", "MemoryError", memory=FILL_LIMIT),
    Case("str join", '"x".join(["a" * 2**20] * 2**12)\n', "MemoryError", memory=True),
    # A MemoryError raised in the middle of an instruction unwinds like any
    # exception: through calls, generators and finally blocks, again and again.
    Case("MemoryError caught and unwound", """
        def inner(n):
            return [*range(n)]

        def outer():
            try:
                inner(2**62)
            except MemoryError:
                return "caught in caller"

        def gen():
            try:
                yield [*range(2**62)]
            except MemoryError:
                yield "caught in generator"

        def fin():
            try:
                [*range(2**62)]
            finally:
                print("finally ran")

        print(outer())
        print(next(gen()))
        try:
            fin()
        except MemoryError as e:
            print("propagated", type(e).__name__)
        n = 0
        for i in range(100000):
            try:
                x = [1, 2, *range(2**62)]
            except MemoryError:
                n += 1
        print(n, sorted([3, 1, 2]), [*range(3)])
        """, stdout="caught in caller\ncaught in generator\nfinally ran\npropagated MemoryError\n"
                    "100000 [1, 2, 3] [0, 1, 2]\n", memory=True),
    # The containers that could not grow are checked (and changed) with
    # operations that allocate nothing, then released, so that printing the
    # results cannot itself run out of memory.
    Case("dict store loop", """
        d = {}
        i = 0
        try:
            while True:
                d[i] = i
                i += 1
        except MemoryError:
            a = len(d) == i and d[0] == 0 and d[i - 1] == i - 1 and i not in d
            d[1] = -1
            del d[0]
            b = len(d) == i - 1 and d[1] == -1 and d.get(0) is None and 0 not in d
            del d
            print(a, b)
            raise
        """, "MemoryError", stdout="True True\n", memory=FILL_LIMIT),
    Case("set add loop", """
        s = set()
        i = 0
        try:
            while True:
                s.add(i)
                i += 1
        except MemoryError:
            a = len(s) == i and 0 in s and i - 1 in s and i not in s
            s.discard(0)
            b = len(s) == i - 1 and 0 not in s and 1 in s
            del s
            print(a, b)
            raise
        """, "MemoryError", stdout="True True\n", memory=FILL_LIMIT),
    Case("f-string doubling", """
        s = "ab"
        n = 1
        try:
            while True:
                s = f"{s}{s}"
                n += 1
        except MemoryError:
            a = len(s) == 2 ** n and s.startswith("abab") and s.endswith("abab")
            del s
            print(a)
            raise
        """, "MemoryError", stdout="True\n", memory=FILL_LIMIT),
    Case("slice assignment doubling", """
        l = [1]
        try:
            while True:
                l[len(l):] = l
        except MemoryError:
            n = len(l)
            a = n & (n - 1) == 0 and l[0] == 1 and l[-1] == 1 and l[n // 2] == 1
            l[0] = 2
            b = l[0] == 2 and len(l) == n
            del l
            print(a, b)
            raise
        """, "MemoryError", stdout="True True\n", memory=FILL_LIMIT),
    Case("list.extend doubling", """
        l = [1]
        try:
            while True:
                l.extend(l)
        except MemoryError:
            n = len(l)
            a = n & (n - 1) == 0 and l[0] == 1 and l[-1] == 1
            l.pop()
            b = len(l) == n - 1
            del l
            print(a, b)
            raise
        """, "MemoryError", stdout="True True\n", memory=FILL_LIMIT),
    Case("str * huge", 's = "ab" * 2**40\n', "MemoryError", memory=True),
    Case("tuple * huge", 't = (1, 2) * 2**61\n', "MemoryError", memory=True),

    # --- empty sequences repeated 2**62 times: no loop over the count
    Case('"" * 2**62', 'print(repr("" * 2**62))\n', stdout="''\n", timeout=10),
    Case('s *= 2**62', 's = ""\ns *= 2**62\nprint(repr(s))\n', stdout="''\n", timeout=10),
    Case("[] * 2**62", "n = 2**62\nl = []\nl *= n\nprint([] * n, l, n * [])\n", stdout="[] [] []\n", timeout=10),
    Case("() * 2**62", "n = 2**62\nprint(() * n, n * ())\n", stdout="() ()\n", timeout=10),
    Case("folding in dead code", 'if False:\n    s = "" * 2**62\nprint("ok")\n', stdout="ok\n", timeout=10),
    Case("folding", 'print(repr("" * 2**62), len("ab" * 2048), len("ab" * 2049))\n',
         stdout="'' 4096 4098\n", timeout=10),
]


def memory_limiter(limit):
    def limit_memory():
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    return limit_memory


def run_case(vm, strategy, case, tmpdir):
    path = os.path.join(tmpdir, "case.py")
    with open(path, "w") as f:
        f.write(case.source)
    try:
        p = subprocess.run([vm, "run", "--strategy", strategy, path], stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=case.timeout,
                           preexec_fn=memory_limiter(case.memory) if case.memory else None)
    except subprocess.TimeoutExpired:
        return "timeout after %ss" % case.timeout, []
    out = p.stdout.decode("utf-8", "replace")
    err = p.stderr.decode("utf-8", "replace").strip().splitlines()
    if p.returncode < 0:
        return "killed by signal %d" % -p.returncode, err[-5:]
    want_status = 1 if case.error else 0
    if p.returncode != want_status:
        return "exit status %d, expected %d" % (p.returncode, want_status), err[-5:]
    if case.error and not (err and err[-1].startswith(case.error)):
        return "last stderr line is %r, expected %s" % (err[-1] if err else "", case.error), err[-5:]
    if not case.error and err:
        return "unexpected stderr", err[-5:]
    if out != case.stdout:
        return "stdout %r, expected %r" % (out, case.stdout), err[-5:]
    return None, []


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--vm", required=True)
    ap.add_argument("--strategy", default="gil")
    ap.add_argument("--only", default="", help="run only the cases whose name contains this")
    args = ap.parse_args()
    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix="lockvm-robustness-") as tmpdir:
        for case in CASES:
            if args.only not in case.name:
                continue
            start = time.monotonic()
            why, err = run_case(args.vm, args.strategy, case, tmpdir)
            took = time.monotonic() - start
            name = "%s [%s] (%.1fs)" % (case.name, args.strategy, took)
            if why is None:
                passed += 1
                print("PASS", name)
            else:
                failed += 1
                print("FAIL", name, "-", why)
                for line in err:
                    print("    " + line)
            sys.stdout.flush()
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
