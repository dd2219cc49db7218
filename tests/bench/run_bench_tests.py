#!/usr/bin/env python3
"""Tests of `lockvm bench` and `lockvm bench compare`, run as a user would:
through the lockvm binary, on small suites written to a temporary folder
(so the suite is not the repository's).

    python3 tests/bench/run_bench_tests.py --vm PATH_TO_lockvm

Checks the outputs (results.json, results.csv, tables.md, plots), the
cells measured (strategies by name and by config file, one-thread-only
strategies, the processes baseline, a reference interpreter, the scaling
micro-suite, the latency table), that a checksum mismatch, a failing and a
hanging workload give exit status 1 with the outputs still written, that bad
options give 2 before anything runs, the statistics (Welch's t-test), and
compare's verdicts. The last line is `N passed, M failed`."""

import argparse
import csv
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "bench"))

from harness import stats  # noqa: E402

# Splits a fixed total over THREADS threads; the checksum does not depend on
# THREADS (the contract of bench/workloads).
WORKLOAD = '''import sys
threads, scale = int(sys.argv[1]), int(sys.argv[2])
N = 3000 * scale * %(mult)d

def work(lo, hi):
    t = 0
    for i in range(lo, hi):
        t += i * i %% 7
    return t

bounds = [k * N // threads for k in range(threads + 1)]
if threads == 1:
    parts = [work(0, N)]
else:
    import threading
    parts = [0] * threads
    def run(k):
        parts[k] = work(bounds[k], bounds[k + 1])
    ts = [threading.Thread(target=run, args=(k,)) for k in range(threads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
print("checksum", sum(parts))
'''

# Each thread does the same work (the scaling suite's contract).
PATTERN = '''import sys
threads, scale = int(sys.argv[1]), int(sys.argv[2])
shared = {"a": 1, "b": 2}

def work():
    t = 0
    for i in range(2000 * scale):
        t += shared["a"] + shared["b"]
    return t

if threads == 1:
    parts = [work()]
else:
    import threading
    parts = [0] * threads
    def run(k):
        parts[k] = work()
    ts = [threading.Thread(target=run, args=(k,)) for k in range(threads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
print("checksum", sum(parts))
'''

DEPENDS_ON_CONFIG = 'import sys\nprint("checksum", sys.getswitchinterval())\n'
FAILS = 'import sys\nraise ValueError("workload broke")\n'
HANGS = 'import time\ntime.sleep(30)\nprint("checksum 1")\n'


class Tests(object):
    def __init__(self, vm, tmp):
        self.vm = vm
        self.tmp = tmp
        self.passed = 0
        self.failed = 0

    def check(self, name, ok, detail=""):
        if ok:
            self.passed += 1
            print("PASS", name)
        else:
            self.failed += 1
            print("FAIL", name, detail[-3000:] if isinstance(detail, str) else detail)

    def bench(self, args, timeout=600):
        p = subprocess.run([self.vm, "bench"] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=timeout, cwd=self.tmp)
        return p.returncode, p.stdout.decode(errors="replace"), p.stderr.decode(errors="replace")

    def suite(self, name, files):
        d = os.path.join(self.tmp, name)
        os.makedirs(d, exist_ok=True)
        for fname, text in files.items():
            with open(os.path.join(d, fname), "w") as f:
                f.write(text)
        return d


def test_stats(t):
    # Two-sided p of Student's t: t = 2.0 with 10 degrees of freedom is 0.0734.
    t.check("betainc_student_t", abs(stats.betainc(5.0, 0.5, 10.0 / 14.0) - 0.073388) < 1e-5,
            stats.betainc(5.0, 0.5, 10.0 / 14.0))
    same = stats.welch([1.0, 1.1, 0.9, 1.05], [1.0, 1.1, 0.9, 1.05])
    apart = stats.welch([1.0, 1.1, 0.9], [2.0, 2.1, 1.9])
    t.check("welch_same_samples", same is not None and same[2] > 0.99, same)
    t.check("welch_separated_samples", apart is not None and apart[2] < 0.001 and apart[0] > 0, apart)
    t.check("welch_needs_two_samples", stats.welch([1.0], [1.0, 2.0]) is None)
    s = stats.summary([1.0, 2.0, 3.0, 10.0])
    t.check("summary", s["median"] == 2.5 and s["min"] == 1.0 and s["max"] == 10.0 and stats.noisy(s), s)


def test_full_run(t, python):
    suite = t.suite("suite", {"alpha.py": WORKLOAD % {"mult": 1}, "beta.py": WORKLOAD % {"mult": 2}})
    scaling = t.suite("patterns", {"dict_read.py": PATTERN})
    out = os.path.join(t.tmp, "out")
    args = ["--suite", suite, "--scaling-suite", scaling, "--threads", "1,2", "--runs", "2", "--warmup", "1",
            "--scale", "1", "--strategy", "gil", "--strategy", "nosync",
            "--strategy", os.path.join(ROOT, "configs", "lock-free-epoch.toml"),
            "--reference", python, "--latency-threads", "1", "--out", out]
    rc, stdout, stderr = t.bench(args)
    t.check("full_run_exit_0", rc == 0, stderr)
    if rc != 0:
        return None
    files = sorted(os.listdir(out))
    want = ["overhead.png", "overhead.svg", "results.csv", "results.json", "scaling.png", "scaling.svg",
            "speedup.png", "speedup.svg", "tables.md"]
    t.check("full_run_files", all(w in files for w in want), files)
    for w in want:
        path = os.path.join(out, w)
        if w.endswith(".png"):
            with open(path, "rb") as f:
                t.check("png_" + w, f.read(8) == b"\x89PNG\r\n\x1a\n")
        if w.endswith(".svg"):
            with open(path) as f:
                t.check("svg_" + w, "<svg" in f.read(2000))
    with open(os.path.join(out, "results.json")) as f:
        doc = json.load(f)
    ref = os.path.basename(python)
    labels = ["gil", "nosync", "lock-free-epoch", "processes", ref]
    expected = set()
    for w in ("alpha", "beta"):
        for label in labels:
            for threads in (1, 2):
                if (label == "nosync" and threads == 2) or (label == "processes" and threads == 1):
                    continue
                expected.add(("workloads", w, label, threads))
    for label in ("gil", "lock-free-epoch"):
        for threads in (1, 2):
            expected.add(("scaling", "dict_read", label, threads))
    for label in ("gil", "lock-free-epoch", ref):
        expected.add(("latency", "gil_latency", label, 1))
    got = set((c["suite"], c["workload"], c["interpreter"], c["threads"]) for c in doc["cells"])
    t.check("cells_are_the_plan", got == expected,
            "missing %s, extra %s" % (sorted(expected - got), sorted(got - expected)))
    bad = []
    for c in doc["cells"]:
        n = 2  # --runs 2; latency runs min(--runs, 3)
        if c["status"] != "ok" or len(c["samples"]) != n:
            bad.append((c["workload"], c["interpreter"], c["threads"], c["status"], len(c["samples"])))
        for s in c["samples"]:
            if not (s["wall"] > 0 and s["cpu"] > 0 and 1000 < s["rss_kib"] < 4000000):
                bad.append((c["workload"], c["interpreter"], c["threads"], s))
        if c["suite"] != "latency" and len(c["warmups"]) != 1:
            bad.append((c["workload"], c["interpreter"], "warm-ups", len(c["warmups"])))
    t.check("every_cell_measured", not bad, bad)
    sums = {}
    for c in doc["cells"]:
        if c["suite"] == "workloads":
            sums.setdefault(c["workload"], set()).add(c["checksum"])
    t.check("checksums_agree", all(len(v) == 1 for v in sums.values()) and len(sums) == 2, sums)
    procs = [c for c in doc["cells"] if c["interpreter"] == "processes"]
    # Two processes of the one-thread workload: twice one process's memory.
    one = {c["workload"]: c for c in doc["cells"] if c["interpreter"] == "gil" and c["threads"] == 1
           and c["suite"] == "workloads"}
    t.check("processes_sum_their_memory",
            all(c["peak_rss_kib"] > 1.5 * one[c["workload"]]["peak_rss_kib"] for c in procs), procs)
    t.check("json_metadata", doc["machine"]["cores"] >= 1 and doc["lockvm"]["build_type"] and
            doc["lockvm"]["commit"] and doc["command"][:2] == ["lockvm", "bench"] and
            "--vm" not in doc["command"] and doc["settings"]["runs"] == 2, {k: doc[k] for k in ("machine", "lockvm", "command")})
    with open(os.path.join(out, "results.csv")) as f:
        rows = list(csv.DictReader(f))
    t.check("csv_one_row_per_cell", len(rows) == len(doc["cells"]) and all(r["median_s"] for r in rows), len(rows))
    with open(os.path.join(out, "tables.md")) as f:
        tables = f.read()
    for heading in ("## Single-thread time relative to gil", "## Speedup at 2 threads relative to gil",
                    "## Scaling efficiency at 2 threads", "## Peak memory", "## Scaling micro-suite at 2 threads",
                    "## Wake-up latency", "| alpha |", "| beta |", "| dict_read |", "geometric mean",
                    "reference: " + ref):
        t.check("tables_have " + heading, heading in tables)
    t.check("tables_on_stdout", "## Single-thread time relative to gil" in stdout)
    marks = re.findall(r"\[(\d+)/(\d+)\]", stderr)
    t.check("progress_on_stderr", len(marks) >= 4 and marks[-1][0] == marks[-1][1] and "left" in stderr, stderr[-2000:])
    return os.path.join(out, "results.json")


def test_compare(t, results):
    rc, out, err = t.bench(["compare", results, results])
    t.check("compare_same_exit_0", rc == 0, err)
    t.check("compare_same_not_significant", "B slower" not in out and "B faster" not in out and "| 1.000 |" in out, out)
    with open(results) as f:
        doc = json.load(f)
    for c in doc["cells"]:
        for k, s in enumerate(c["samples"]):
            s["wall"] = s["wall"] * 3.0 + 0.01 * k
    slower = os.path.join(t.tmp, "slower.json")
    with open(slower, "w") as f:
        json.dump(doc, f)
    rc, out, err = t.bench(["compare", results, slower])
    t.check("compare_slower_flagged", rc == 0 and "B slower" in out, out + err)
    doc["cells"][0]["checksum"] = "checksum other"
    with open(slower, "w") as f:
        json.dump(doc, f)
    rc, out, err = t.bench(["compare", results, slower])
    t.check("compare_checksum_mismatch_exit_1", rc == 1 and "checksum differs" in err, err)
    rc, out, err = t.bench(["compare", results, os.path.join(t.tmp, "missing.json")])
    t.check("compare_missing_file", rc != 0 and "cannot read" in err, err)


def test_failures(t):
    quick = ["--threads", "1", "--runs", "1", "--warmup", "0", "--no-scaling", "--no-latency", "--no-plots"]
    out = os.path.join(t.tmp, "out-mismatch")
    suite = t.suite("mismatch", {"interval.py": DEPENDS_ON_CONFIG, "fine.py": WORKLOAD % {"mult": 1}})
    rc, stdout, err = t.bench(["--suite", suite, "--strategy", "gil", "--strategy",
                               os.path.join(ROOT, "configs", "gil-1ms.toml"), "--out", out] + quick)
    t.check("checksum_mismatch_exit_1", rc == 1 and "checksum mismatch" in err and "interval" in err, err)
    if os.path.exists(os.path.join(out, "results.json")):
        with open(os.path.join(out, "results.json")) as f:
            doc = json.load(f)
        t.check("mismatch_recorded", any("checksum mismatch" in e for e in doc["errors"]) and
                any(c["workload"] == "fine" and c["status"] == "ok" for c in doc["cells"]), doc["errors"])
    else:
        t.check("mismatch_recorded", False, "no results.json")

    suite = t.suite("failing", {"broken.py": FAILS, "hangs.py": HANGS})
    rc, stdout, err = t.bench(["--suite", suite, "--strategy", "gil", "--timeout", "2",
                               "--out", os.path.join(t.tmp, "out-fail")] + quick, timeout=120)
    t.check("failing_workload_exit_1", rc == 1 and "exit status 1" in err and "workload broke" in err, err)
    t.check("hanging_workload_times_out", "timed out after 2 s" in err, err)
    t.check("failure_tables_written", os.path.exists(os.path.join(t.tmp, "out-fail", "tables.md")))

    fine = t.suite("fine", {"fine.py": WORKLOAD % {"mult": 1}})
    for name, args, needle in [
            ("unknown_strategy", ["--strategy", "fastest"], "unknown strategy 'fastest'"),
            ("missing_config", ["--strategy", "nope.toml"], "nope.toml does not exist"),
            ("missing_suite", ["--suite", os.path.join(t.tmp, "nowhere")], "does not exist"),
            ("empty_suite", ["--suite", t.suite("empty", {})], "no workloads"),
            ("bad_threads", ["--threads", "0,2"], "thread counts must be >= 1"),
            ("bad_runs", ["--runs", "0"], "expected an integer >= 1"),
            ("missing_reference", ["--reference", "no-such-python"], "'no-such-python' not found"),
            ("unknown_only", ["--only", "gamma"], "no workload gamma")]:
        if name not in ("missing_suite", "empty_suite"):
            args = ["--suite", fine] + args
        rc, stdout, err = t.bench(args + ["--out", os.path.join(t.tmp, "out-" + name)] + quick)
        t.check("usage_" + name, rc == 2 and needle in err and "[1/" not in err, "rc=%d %s" % (rc, err))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--vm", required=True)
    ap.add_argument("--python", default=sys.executable, help="the reference interpreter to run")
    opts = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="lockvm_bench_test_") as tmp:
        t = Tests(os.path.abspath(opts.vm), tmp)
        test_stats(t)
        results = test_full_run(t, opts.python)
        if results:
            test_compare(t, results)
        test_failures(t)
    print("%d passed, %d failed" % (t.passed, t.failed))
    return 1 if t.failed else 0


if __name__ == "__main__":
    sys.exit(main())
