#!/usr/bin/env python3
"""Two-thread scaling against the machine's own ceiling.

For each workload, in one interleaved session:
  - one thread:   `lockvm run --strategy S W 1 SCALE`
  - two threads:  `lockvm run --strategy S W 2 SCALE` (the same total work)
  - the ceiling:  one `lockvm run --strategy gil W 1 SCALE` process alone,
                  then two such processes started together.
speedup = t(1 thread) / t(2 threads); ceiling = 2 x t(alone) / t(pair), the
speedup two independent processes reach on this machine right now (shared
cores, turbo and caches make it well under 2 on small machines); efficiency =
speedup / ceiling. Each figure is the median of --runs runs.

    python3 bench/scaling.py --vm build/lockvm [--strategy per-object]...
        [--workload fib]... [--scale 1] [--runs 3]

Prints a Markdown table; exit status 1 if a run failed or checksums differ.
"""

import argparse
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SUITE = os.path.join(HERE, "workloads")


def timed(cmds):
    """Starts every command at once; returns (wall seconds until all end, outputs)."""
    start = time.perf_counter()
    procs = [subprocess.Popen(c, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for c in cmds]
    outs = []
    for p in procs:
        out, err = p.communicate()
        if p.returncode != 0:
            raise RuntimeError("%s exited %d: %s" % (" ".join(cmds[0]), p.returncode,
                                                     err.decode(errors="replace").strip()[-300:]))
        outs.append(out.decode())
    return time.perf_counter() - start, outs


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--vm", required=True)
    ap.add_argument("--strategy", action="append", default=[])
    ap.add_argument("--workload", action="append", default=[])
    ap.add_argument("--scale", type=int, default=1)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    strategies = args.strategy or ["per-object"]
    workloads = args.workload or sorted(f[:-3] for f in os.listdir(SUITE) if f.endswith(".py"))
    rows = []
    failed = False
    for w in workloads:
        path = os.path.join(SUITE, w + ".py")
        # A config file (NAME.toml) is passed as --config, a name as --strategy.
        run = lambda strategy, threads: ([args.vm, "run"] +
                                         (["--config", os.path.abspath(strategy)] if strategy.endswith(".toml") else ["--strategy", strategy]) +
                                         [path, str(threads), str(args.scale)])
        samples = {}
        checksums = set()
        try:
            for r in range(args.runs):
                print(f"  {w}: run {r + 1}/{args.runs}", file=sys.stderr, flush=True)
                t, out = timed([run("gil", 1)])
                samples.setdefault("alone", []).append(t)
                checksums.add(out[0])
                t, out = timed([run("gil", 1), run("gil", 1)])
                samples.setdefault("pair", []).append(t)
                checksums.update(out)
                for s in strategies:
                    for threads in (1, 2):
                        t, out = timed([run(s, threads)])
                        samples.setdefault((s, threads), []).append(t)
                        checksums.add(out[0])
        except RuntimeError as e:
            print(f"error: {w}: {e}", file=sys.stderr)
            failed = True
            continue
        if len(checksums) != 1:
            print(f"error: {w}: checksums differ between runs: {sorted(checksums)}", file=sys.stderr)
            failed = True
            continue
        med = {k: statistics.median(v) for k, v in samples.items()}
        ceiling = 2 * med["alone"] / med["pair"]
        for s in strategies:
            speedup = med[(s, 1)] / med[(s, 2)]
            rows.append((w, s, med[(s, 1)], med[(s, 2)], speedup, ceiling, speedup / ceiling,
                         med[(s, 1)] / med["alone"]))
    print(f"Two-thread scaling (scale {args.scale}, median of {args.runs} runs; "
          f"ceiling = 2 x t(one gil process alone) / t(two started together))")
    print()
    print("| workload | strategy | 1 thread (s) | 2 threads (s) | speedup | ceiling | of ceiling | 1-thread time vs gil |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for w, s, t1, t2, sp, ceil, eff, rel in rows:
        print(f"| {w} | {s} | {t1:.3f} | {t2:.3f} | {sp:.2f}x | {ceil:.2f}x | {eff * 100:.0f}% | {rel:.2f} |")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
