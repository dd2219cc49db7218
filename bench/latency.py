#!/usr/bin/env python3
"""GIL wake-up latency table: runs bench/latency/gil_latency.py under lockvm
for several GIL configurations (and optionally reference interpreters) and
prints a Markdown table of the sleeper's wake-up-to-running latency.

    python3 bench/latency.py --vm build/lockvm [--threads 2[,1,...]] [--scale 1]
        [--runs 1] [--config 'LABEL=ARG ARG ...']... [--reference python3]...
        [--timeout SECONDS]

Default configs (when no --config is given):
    gil 5000us   --strategy gil --set gil.switch_interval_us=5000
    gil 1000us   --strategy gil --set gil.switch_interval_us=1000
    gil ticks    --strategy gil --set gil.mode=ticks
    per-object   --strategy per-object (no GIL: the sleeper never waits for one)

A --config value is `LABEL=ARGS`, ARGS being the `lockvm run` options split
on spaces, e.g. --config 'gil 200us=--strategy gil --set gil.switch_interval_us=200'.
Each run is `lockvm run ARGS gil_latency.py THREADS SCALE` (or
`REF gil_latency.py THREADS SCALE`); the workload reports its distribution
on stderr (`latency ... median_us=...`) and its checksum on stdout. With
--runs N each figure is the median over N runs. The interval column is the
switch interval the program itself read from sys.getswitchinterval(); in
ticks mode the interval is not what drops the GIL, so the ratio is left out.
Exit status 1 if any run failed.
"""

import argparse
import os
import re
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from harness.interpreters import SetupError, resolve_reference  # noqa: E402
WORKLOAD = os.path.join(HERE, "latency", "gil_latency.py")

DEFAULT_CONFIGS = [
    ("gil 5000us", ["--strategy", "gil", "--set", "gil.switch_interval_us=5000"]),
    ("gil 1000us", ["--strategy", "gil", "--set", "gil.switch_interval_us=1000"]),
    ("gil ticks", ["--strategy", "gil", "--set", "gil.mode=ticks"]),
    ("per-object", ["--strategy", "per-object"]),
]

FIELDS = ("min_us", "median_us", "p90_us", "p99_us", "max_us", "mean_us")


def log(msg):
    sys.stderr.write(msg + "\n")
    sys.stderr.flush()


def parse_latency(stderr_text):
    """The key=value pairs of the workload's `latency` lines."""
    vals = {}
    for line in stderr_text.splitlines():
        if line.startswith("latency "):
            for m in re.finditer(r"(\w+)=(-?[0-9.]+)", line):
                vals[m.group(1)] = float(m.group(2))
    missing = [f for f in FIELDS + ("switch_interval_us", "samples") if f not in vals]
    if missing:
        raise ValueError("no " + ", ".join(missing) + " in the workload's latency lines")
    return vals


def run_one(cmd, timeout):
    try:
        p = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, f"timed out after {timeout:g} s"
    except OSError as e:
        return None, f"could not start: {e}"
    err = p.stderr.decode(errors="replace")
    if p.returncode != 0:
        last = err.strip().splitlines()[-1] if err.strip() else ""
        return None, f"exit status {p.returncode} {last}".strip()
    out = p.stdout.decode(errors="replace").strip()
    if not out.startswith("checksum "):
        return None, f"no checksum line on stdout: {out[-200:]!r}"
    try:
        vals = parse_latency(err)
    except ValueError as e:
        return None, str(e)
    vals["checksum"] = out
    return vals, None


def knob(args, name):
    for a in args:
        if a.startswith(name + "="):
            return a.split("=", 1)[1]
    return None


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--vm", help="path to the lockvm executable")
    ap.add_argument("--config", action="append", default=None, metavar="LABEL=ARGS",
                    help="a lockvm configuration (repeatable); default: gil 5000us, 1000us, ticks, per-object")
    ap.add_argument("--reference", action="append", default=[], metavar="REF",
                    help="also run under this interpreter (e.g. python3); repeatable")
    ap.add_argument("--threads", default="2", help="CPU-bound threads, comma-separated (default 2)")
    ap.add_argument("--scale", type=int, default=1, help="SCALE: 200*SCALE samples (default 1)")
    ap.add_argument("--runs", type=int, default=1, help="runs per cell; figures are medians (default 1)")
    ap.add_argument("--timeout", type=float, default=300, help="seconds per run (default 300)")
    args = ap.parse_args(argv)

    configs = []
    if args.vm:
        if args.config:
            for c in args.config:
                if "=" not in c:
                    ap.error(f"--config {c!r}: expected LABEL=ARGS")
                label, rest = c.split("=", 1)
                configs.append((label.strip(), rest.split()))
        else:
            configs = list(DEFAULT_CONFIGS)
    elif args.config:
        ap.error("--config needs --vm")
    cells = [(label, [args.vm, "run"] + opts + [WORKLOAD], opts) for label, opts in configs]
    for ref in args.reference:
        try:
            real, _ = resolve_reference(ref)
        except SetupError as e:
            ap.error(str(e))
        cells.append((ref, [real, WORKLOAD], []))
    if not cells:
        ap.error("nothing to run: give --vm and/or --reference")

    thread_counts = [int(t) for t in args.threads.split(",") if t.strip()]
    rows = []
    failures = 0
    for label, base, opts in cells:
        for threads in thread_counts:
            runs = []
            for r in range(args.runs):
                cmd = base + [str(threads), str(args.scale)]
                log(f"{label}, {threads} CPU threads, run {r + 1}/{args.runs}: {' '.join(cmd)}")
                vals, err = run_one(cmd, args.timeout)
                if err:
                    log(f"  FAILED: {err}")
                    failures += 1
                    break
                log("  median %.2f ms, p90 %.2f ms, max %.2f ms" % (
                    vals["median_us"] / 1000, vals["p90_us"] / 1000, vals["max_us"] / 1000))
                runs.append(vals)
            if len(runs) != args.runs:
                rows.append((label, threads, None, opts))
                continue
            if len({v["checksum"] for v in runs}) != 1:
                log(f"  FAILED: checksum differs between runs: {[v['checksum'] for v in runs]}")
                failures += 1
                rows.append((label, threads, None, opts))
                continue
            agg = {f: statistics.median(v[f] for v in runs)
                   for f in FIELDS + ("switch_interval_us", "samples")}
            rows.append((label, threads, agg, opts))

    print(f"wake-up latency of a thread sleeping 1 ms while CPU-bound threads run "
          f"(bench/latency/gil_latency.py, scale {args.scale}, "
          f"{int(200 * args.scale)} samples per run, median of {args.runs} run(s) per cell)")
    print()
    print("| config | CPU threads | interval | median (ms) | p90 (ms) | p99 (ms) | max (ms) | median / interval |")
    print("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |")
    for label, threads, agg, opts in rows:
        if agg is None:
            print(f"| {label} | {threads} | | error | error | error | error | |")
            continue
        mode = knob(opts, "gil.mode")
        if "per-object" in opts:
            interval = "no GIL"
            ratio = "n/a"
        elif mode == "ticks":
            ticks = knob(opts, "gil.check_ticks") or "100"
            interval = f"ticks ({ticks})"
            ratio = "n/a"
        else:
            iv = agg["switch_interval_us"]
            interval = f"{iv / 1000:g} ms"
            ratio = "%.2f" % (agg["median_us"] / iv) if iv > 0 else "n/a"
        print("| %s | %d | %s | %.2f | %.2f | %.2f | %.2f | %s |" % (
            label, threads, interval, agg["median_us"] / 1000, agg["p90_us"] / 1000,
            agg["p99_us"] / 1000, agg["max_us"] / 1000, ratio))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
