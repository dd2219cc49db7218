#!/usr/bin/env python3
"""Compare lockvm against reference interpreters on the benchmark workloads.

    python3 bench/compare.py --vm build/lockvm [--strategy gil]...
        [--reference python3]... [--runs 3] [--warmup 1] [--scale 1]
        [--threads 1] [--suite bench/workloads] [--csv FILE]
        [--only NAME[,NAME...]] [--timeout SECONDS]

For every workload (bench/workloads/*.py) it runs, each in a fresh process,
`--warmup` uncounted and then `--runs` counted runs of

    lockvm run --strategy S NAME.py THREADS SCALE   (for each --strategy)
    REF NAME.py THREADS SCALE                        (for each --reference)

and records the wall time of each. Every reference is first resolved to its
real executable (through its own sys.executable), so launcher scripts such as
pyenv shims do not add their start-up time to every sample.

The output of every run (the workload's checksum line) must be identical for
all runs and interpreters of one workload; a mismatch, a non-zero exit status
or a timeout is an error: it is reported on stderr at once and again at the
end, and the exit status is 1. Progress goes to stderr; stdout gets a Markdown
table of medians, each further strategy's time relative to the first one's
(its single-thread cost against, say, gil) and the first strategy's ratio to
each reference, with the geometric mean of each ratio column in the last row.
"""

import argparse
import csv
import math
import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def strategy_flags(s):
    """`--config FILE` for a config file, else `--strategy NAME`."""
    return ["--config", os.path.abspath(s)] if s.endswith(".toml") else ["--strategy", s]


def log(msg, end="\n"):
    sys.stderr.write(msg + end)
    sys.stderr.flush()


def parse_args(argv):
    p = argparse.ArgumentParser(
        description="Time lockvm against reference Python interpreters on the "
                    "bench workloads and print a Markdown table.")
    p.add_argument("--vm", required=True, help="path to the lockvm executable")
    p.add_argument("--strategy", action="append", default=None,
                   help="lockvm strategy passed as `run --strategy S`, or a config file (NAME.toml, "
                        "passed as `run --config NAME.toml`); repeatable, the first is "
                        "the baseline of the strategy ratios (default gil)")
    p.add_argument("--reference", action="append", default=None, metavar="REF",
                   help="reference interpreter (name on PATH or path); repeatable; "
                        "default python3")
    p.add_argument("--runs", type=int, default=3, help="counted runs (default 3)")
    p.add_argument("--warmup", type=int, default=1, help="warm-up runs (default 1)")
    p.add_argument("--scale", type=int, default=1, help="workload SCALE (default 1)")
    p.add_argument("--threads", type=int, default=1, help="workload THREADS (default 1)")
    p.add_argument("--suite", default=os.path.join(HERE, "workloads"),
                   help="folder of workload .py files (default bench/workloads)")
    p.add_argument("--only", default=None,
                   help="comma-separated workload names to run (default: all)")
    p.add_argument("--csv", default=None, metavar="FILE",
                   help="also write one CSV row per (workload, interpreter)")
    p.add_argument("--timeout", type=float, default=600.0,
                   help="seconds before a single run counts as failed (default 600)")
    args = p.parse_args(argv)
    if args.runs < 1:
        p.error("--runs must be >= 1")
    if args.warmup < 0:
        p.error("--warmup must be >= 0")
    if args.scale < 1 or args.threads < 1:
        p.error("--scale and --threads must be >= 1")
    if not args.reference:
        args.reference = ["python3"]
    if not args.strategy:
        args.strategy = ["gil"]
    return args


def find_executable(name):
    """A path for `name`: a file path as given, or a lookup on PATH."""
    if os.sep in name or (os.altsep and os.altsep in name):
        path = os.path.abspath(name)
        if os.path.isfile(path) and os.access(path, os.X_OK):
            return path
        return None
    found = shutil.which(name)
    return os.path.abspath(found) if found else None


def resolve_reference(name):
    """The real interpreter behind `name` (bypasses launcher shims)."""
    exe = find_executable(name)
    if exe is None:
        raise RuntimeError(f"reference interpreter {name!r} not found")
    try:
        r = subprocess.run([exe, "-c", "import sys; print(sys.executable)"],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=120)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise RuntimeError(f"reference interpreter {name!r} ({exe}) does not start: {e}")
    if r.returncode != 0:
        raise RuntimeError(f"reference interpreter {name!r} ({exe}) failed: exit status "
                           f"{r.returncode}: {r.stderr.decode(errors='replace').strip()}")
    real = r.stdout.decode(errors="replace").strip()
    if real and os.path.isfile(real) and os.access(real, os.X_OK):
        return real
    log(f"warning: {name}: sys.executable is {real!r}; using {exe} as is")
    return exe


def find_workloads(suite, only):
    if not os.path.isdir(suite):
        raise RuntimeError(f"suite folder {suite!r} does not exist")
    names = sorted(f[:-3] for f in os.listdir(suite)
                   if f.endswith(".py") and not f.startswith("_"))
    if only:
        wanted = [w.strip() for w in only.split(",") if w.strip()]
        missing = [w for w in wanted if w not in names]
        if missing:
            raise RuntimeError(f"no such workload(s) in {suite}: {', '.join(missing)}")
        names = [w for w in names if w in wanted]
    if not names:
        raise RuntimeError(f"no workloads (*.py) in {suite}")
    return names


def tail(data, limit=800):
    text = data.decode(errors="replace").rstrip()
    if len(text) > limit:
        text = "..." + text[-limit:]
    return text


def run_once(cmd, cwd, timeout):
    """(seconds, stdout bytes, error string or None) for one fresh process."""
    t0 = time.perf_counter()
    try:
        p = subprocess.run(cmd, cwd=cwd, stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, b"", f"timed out after {timeout:g} s"
    except OSError as e:
        return None, b"", f"could not start: {e}"
    dt = time.perf_counter() - t0
    if p.returncode != 0:
        how = (f"killed by signal {-p.returncode}" if p.returncode < 0
               else f"exit status {p.returncode}")
        msg = how
        if p.stderr.strip():
            last = p.stderr.decode(errors="replace").strip().splitlines()[-1]
            msg += f" ({last.strip()[:200]}); stderr:\n" + tail(p.stderr)
        return dt, p.stdout, msg
    return dt, p.stdout, None


class Result(object):
    def __init__(self, workload, label):
        self.workload = workload
        self.label = label
        self.samples = []
        self.output = None     # stdout of the first successful run
        self.error = None

    @property
    def ok(self):
        return self.error is None and len(self.samples) > 0

    def median(self):
        return statistics.median(self.samples) if self.ok else None


def measure(workload, label, cmd, cwd, args):
    """Warm-up runs, then counted runs; stops at the first failure."""
    res = Result(workload, label)
    total = args.warmup + args.runs
    for i in range(total):
        dt, out, err = run_once(cmd, cwd, args.timeout)
        counted = i >= args.warmup
        kind = "run %d" % (i - args.warmup + 1) if counted else "warm-up %d" % (i + 1)
        if err is not None:
            res.error = f"{kind}: {err}"
            return res
        if not out.strip():
            res.error = f"{kind}: printed nothing on stdout (expected a checksum line)"
            return res
        if res.output is None:
            res.output = out
        elif out != res.output:
            res.error = (f"{kind}: output differs between runs of the same interpreter: "
                         f"{tail(res.output, 200)!r} then {tail(out, 200)!r}")
            return res
        if counted:
            res.samples.append(dt)
    return res


def fmt_time(x):
    return "error" if x is None else f"{x:.3f}"


def fmt_ratio(x):
    return "—" if x is None else f"{x:.2f}"


def geomean(xs):
    xs = [x for x in xs if x is not None and x > 0]
    if not xs:
        return None
    return math.exp(sum(math.log(x) for x in xs) / len(xs))


def main(argv):
    args = parse_args(argv)
    errors = []

    def error(msg):
        errors.append(msg)
        log("ERROR: " + msg)

    vm = find_executable(args.vm)
    if vm is None:
        log(f"error: lockvm executable {args.vm!r} not found or not executable")
        return 2
    suite = os.path.abspath(args.suite)
    try:
        workloads = find_workloads(suite, args.only)
        refs = []   # (label, real executable)
        seen = {}
        for name in args.reference:
            real = resolve_reference(name)
            label = os.path.basename(name.rstrip("/\\")) or name
            if label in seen:
                seen[label] += 1
                label = f"{label}#{seen[label]}"
            else:
                seen[label] = 1
            refs.append((label, real))
    except RuntimeError as e:
        log(f"error: {e}")
        return 2

    vm_labels = [f"lockvm {s}" for s in args.strategy]
    vm_label = vm_labels[0]
    log(f"lockvm: {vm} run --strategy {', '.join(args.strategy)}")
    for label, real in refs:
        log(f"{label}: {real}")
    log(f"{len(workloads)} workloads from {suite}; threads {args.threads}, "
        f"scale {args.scale}; {args.warmup} warm-up + {args.runs} counted runs each")

    wl_args = [str(args.threads), str(args.scale)]
    interpreters = [(f"lockvm {s}", lambda path, s=s: [vm, "run"] + strategy_flags(s) + [path] + wl_args)
                    for s in args.strategy]
    for label, real in refs:
        interpreters.append((label, lambda path, real=real: [real, path] + wl_args))

    steps = len(workloads) * len(interpreters)
    step = 0
    results = {}   # (workload, label) -> Result
    for w in workloads:
        path = os.path.join(suite, w + ".py")
        for label, make_cmd in interpreters:
            step += 1
            log(f"[{step}/{steps}] {w} under {label} ...", end="")
            res = measure(w, label, make_cmd(path), suite, args)
            results[(w, label)] = res
            if res.ok:
                log(f" {res.median():.3f} s (median of {len(res.samples)})")
            else:
                log(" failed")
                error(f"{w} under {label}: {res.error}")
        # The checksum must agree between every strategy and every reference.
        mine = results[(w, vm_label)]
        for label in vm_labels[1:] + [label for label, _ in refs]:
            ref = results[(w, label)]
            if mine.output is not None and ref.output is not None and mine.output != ref.output:
                error(f"{w}: checksum differs: {vm_label} printed {tail(mine.output, 300)!r}, "
                      f"{label} printed {tail(ref.output, 300)!r}")
                mine.error = mine.error or "checksum mismatch"

    # Markdown table.
    header = ["workload", f"{vm_label} median (s)"]
    for label in vm_labels[1:]:
        header += [f"{label} median (s)", f"ratio {label[7:]}/{args.strategy[0]}"]
    for label, _ in refs:
        header += [f"{label} median (s)", f"ratio {args.strategy[0]}/{label}"]
    print(f"threads {args.threads}, scale {args.scale}, median of {args.runs} runs "
          f"after {args.warmup} warm-up; lockvm strategies {', '.join(args.strategy)}; "
          + ", ".join(f"{label} = `{real}`" for label, real in refs))
    print()
    print("| " + " | ".join(header) + " |")
    print("| " + " | ".join(["---"] + ["---:"] * (len(header) - 1)) + " |")
    ratios = {label: [] for label in vm_labels[1:] + [label for label, _ in refs]}
    for w in workloads:
        mine = results[(w, vm_label)]
        row = [w, fmt_time(mine.median())]
        for label in vm_labels[1:] + [label for label, _ in refs]:
            ref = results[(w, label)]
            ratio = None
            if mine.ok and ref.ok and ref.median() > 0 and mine.median() > 0:
                # strategies: S / first strategy; references: first strategy / REF
                ratio = (ref.median() / mine.median() if label in vm_labels
                         else mine.median() / ref.median())
                ratios[label].append(ratio)
            row += [fmt_time(ref.median()), fmt_ratio(ratio)]
        print("| " + " | ".join(row) + " |")
    row = ["**geometric mean**", ""]
    for label in vm_labels[1:] + [label for label, _ in refs]:
        g = geomean(ratios[label])
        row += ["", ("**" + fmt_ratio(g) + "**") if g is not None else "—"]
    print("| " + " | ".join(row) + " |")
    sys.stdout.flush()

    if args.csv:
        with open(args.csv, "w", newline="") as f:
            wr = csv.writer(f)
            wr.writerow(["workload", "interpreter", "executable", "threads", "scale",
                         "runs", "median_s", "min_s", "max_s", "samples_s", "status"])
            for w in workloads:
                for label, _ in interpreters:
                    r = results[(w, label)]
                    exe = vm if label in vm_labels else dict(refs)[label]
                    wr.writerow([w, label, exe, args.threads, args.scale, len(r.samples),
                                 f"{r.median():.6f}" if r.ok else "",
                                 f"{min(r.samples):.6f}" if r.ok else "",
                                 f"{max(r.samples):.6f}" if r.ok else "",
                                 " ".join(f"{s:.6f}" for s in r.samples),
                                 "ok" if r.ok else "error: " + (r.error or "").splitlines()[0]])
        log(f"wrote {args.csv}")

    if errors:
        log("")
        log(f"{len(errors)} error(s):")
        for e in errors:
            log("  - " + e.splitlines()[0])
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
