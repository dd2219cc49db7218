#!/usr/bin/env python3
"""`lockvm bench`: the performance tables. Runs the workloads of a suite
(each `NAME.py THREADS SCALE`, printing a checksum) under every lockvm
strategy and thread count, under gil in T separate processes, and under
reference interpreters, each run a fresh process; then the scaling
micro-suite (bench/scaling) and the wake-up latency workload. Writes
results.json, results.csv, tables.md and plots to --out, prints the tables.

    lockvm bench [--quick] [--suite DIR] [--strategy NAME|FILE.toml]...
                 [--threads 1,2,4] [--scale N] [--runs N] [--warmup N]
                 [--reference python3]... [--out DIR] [...]
    lockvm bench compare A.json B.json [--alpha 0.05]

Exit status: 0; 1 when a run failed or checksums differ (the outputs are
still written, the failures listed in them); 2 for a usage or setup error,
found before anything is measured. `lockvm bench` runs this file with the
path of the lockvm binary as --vm."""

import argparse
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from harness import compare, interpreters, machine, plots, report, stats, sweep  # noqa: E402
import latency  # noqa: E402  (bench/latency.py: parses the latency workload's report)

QUICK = {"scale": 1, "warmup": 0, "runs": 2, "latency_runs": 1}
FULL = {"scale": 5, "warmup": 1, "runs": 5, "latency_runs": 3}


def default_threads():
    cores = os.cpu_count() or 1
    ts, t = [], 1
    while t <= cores:
        ts.append(t)
        t *= 2
    return ts


def thread_list(text):
    try:
        ts = sorted(set(int(x) for x in text.split(",") if x.strip()))
    except ValueError:
        raise argparse.ArgumentTypeError("expected thread counts like 1,2,4, got %r" % text)
    if not ts or ts[0] < 1:
        raise argparse.ArgumentTypeError("thread counts must be >= 1, got %r" % text)
    return ts


def int_at_least(low):
    """An argparse type: an integer >= low."""
    def parse(text):
        try:
            v = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError("expected an integer, got %r" % text)
        if v < low:
            raise argparse.ArgumentTypeError("expected an integer >= %d, got %r" % (low, text))
        return v
    return parse


positive = int_at_least(1)
non_negative = int_at_least(0)


def parse_args(argv):
    p = argparse.ArgumentParser(prog="lockvm bench", description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--vm", required=True, help=argparse.SUPPRESS)
    p.add_argument("--suite", default=os.path.join(HERE, "workloads"),
                   help="folder of workloads NAME.py (default: bench/workloads)")
    p.add_argument("--only", default=None, metavar="NAME[,NAME...]", help="run only these workloads of the suite")
    p.add_argument("--strategy", action="append", default=None, metavar="NAME|FILE.toml",
                   help="a registered strategy or a config file; repeatable (default: every strategy in "
                        "`lockvm strategies`); one-thread-only strategies (nosync) run at one thread")
    p.add_argument("--threads", type=thread_list, default=None, metavar="LIST",
                   help="thread counts, comma-separated (default: 1 and every power of two up to the "
                        "number of cores, here %s)" % ",".join(map(str, default_threads())))
    p.add_argument("--scale", type=positive, default=None, help="workload SCALE (default 5; --quick: 1)")
    p.add_argument("--runs", type=positive, default=None, help="counted runs per cell (default 5; --quick: 2)")
    p.add_argument("--warmup", type=non_negative, default=None,
                   help="uncounted warm-up runs per cell (default 1; --quick: 0)")
    p.add_argument("--quick", action="store_true",
                   help="scale 1, no warm-up, 2 runs: the whole bench in about two minutes on 2 cores")
    p.add_argument("--reference", action="append", default=[], metavar="REF",
                   help="a reference interpreter (python3, pypy3, a free-threaded CPython's path) run on "
                        "the same files; repeatable")
    p.add_argument("--out", default="bench-results", metavar="DIR",
                   help="output folder (default: bench-results); files in it are replaced")
    p.add_argument("--no-processes", action="store_true", help="leave out the gil-in-T-processes baseline")
    p.add_argument("--scaling-suite", default=os.path.join(HERE, "scaling"), metavar="DIR",
                   help="the scaling micro-suite (default: bench/scaling)")
    p.add_argument("--no-scaling", action="store_true", help="leave out the scaling micro-suite")
    p.add_argument("--no-latency", action="store_true", help="leave out the wake-up latency table")
    p.add_argument("--latency-threads", type=positive, default=2,
                   help="CPU-bound threads beside the sleeper in the latency workload (default 2)")
    p.add_argument("--no-plots", action="store_true", help="write no plots (then matplotlib is not needed)")
    p.add_argument("--timeout", type=float, default=None,
                   help="seconds before one run counts as failed (default 600; --quick: 120)")
    a = p.parse_args(argv)
    preset = QUICK if a.quick else FULL
    for k in ("scale", "runs", "warmup"):
        if getattr(a, k) is None:
            setattr(a, k, preset[k])
    a.latency_runs = min(a.runs, preset["latency_runs"])
    if a.timeout is None:
        a.timeout = 120.0 if a.quick else 600.0
    if a.timeout <= 0:
        p.error("--timeout must be positive")
    if a.threads is None:
        a.threads = default_threads()
    return a


def find_workloads(suite, only=None):
    if not os.path.isdir(suite):
        raise interpreters.SetupError("suite folder %s %s" % (
            suite, "is not a folder" if os.path.exists(suite) else "does not exist"))
    names = sorted(f[:-3] for f in os.listdir(suite) if f.endswith(".py") and not f.startswith("_"))
    if only:
        wanted = [w.strip() for w in only.split(",") if w.strip()]
        missing = [w for w in wanted if w not in names]
        if missing:
            raise interpreters.SetupError("no workload %s in %s" % (", ".join(missing), suite))
        names = [w for w in names if w in wanted]
    if not names:
        raise interpreters.SetupError("no workloads (NAME.py) in %s" % suite)
    return [(n, os.path.join(suite, n + ".py")) for n in names]


def build_cells(suite_name, workloads, columns, threads, scale):
    """The cells of each workload, in the order they run and appear."""
    out = []
    for name, path in workloads:
        cells = []
        for interp in columns:
            for t in threads:
                if interp.kind == "processes" and t == 1:
                    continue   # one process is gil at one thread
                if t > 1 and not interp.threads_ok:
                    continue
                cells.append(sweep.Cell(suite_name, name, path, interp, t, scale))
        out.append((name, cells))
    return out


def parse_latency(stderr):
    vals = latency.parse_latency(stderr)
    return {k: vals[k] for k in latency.FIELDS + ("switch_interval_us", "samples")}


def main(argv):
    if argv[:1] == ["compare"] or (len(argv) > 2 and argv[0] == "--vm" and argv[2:3] == ["compare"]):
        rest = argv[1:] if argv[0] == "compare" else argv[3:]
        p = argparse.ArgumentParser(prog="lockvm bench compare",
                                    description="per-cell ratios of two bench runs, with a significance test")
        p.add_argument("a", metavar="A.json")
        p.add_argument("b", metavar="B.json")
        p.add_argument("--alpha", type=float, default=0.05, help="significance level (default 0.05)")
        c = p.parse_args(rest)
        return compare.compare(c.a, c.b, c.alpha)

    args = parse_args(argv)
    vm = os.path.abspath(args.vm)
    warnings = []
    try:
        if not args.no_plots and not plots.available():  # before the long run, not after
            raise interpreters.SetupError(
                "plots need matplotlib, which %s cannot import: apt-get install python3-matplotlib "
                "(or set LOCKVM_BENCH_PYTHON to a python3 that has it), or pass --no-plots" % sys.executable)
        workloads = find_workloads(os.path.abspath(args.suite), args.only)
        scaling = [] if args.no_scaling else find_workloads(os.path.abspath(args.scaling_suite))
        spawner = os.path.join(os.path.dirname(vm), "lockvm-spawn")
        if not os.access(spawner, os.X_OK):
            raise interpreters.SetupError("%s is missing: it is built beside lockvm (ninja -C %s lockvm-spawn)"
                                          % (spawner, os.path.dirname(vm)))
        columns, strategies_info = interpreters.lockvm_columns(vm, args.strategy)
        taken = set(c.label for c in columns)
        processes = []
        if not args.no_processes and max(args.threads) > 1:
            if "gil" not in (s["name"] for s in strategies_info):
                raise interpreters.SetupError("the processes baseline needs the gil strategy (or --no-processes)")
            processes = [interpreters.processes_column(vm)]
            taken.add("processes")
        refs = interpreters.reference_columns(args.reference, taken)
        os.makedirs(args.out, exist_ok=True)
    except (interpreters.SetupError, OSError) as e:
        sys.stderr.write("lockvm bench: %s\n" % e)
        return 2

    build = machine.lockvm_build(vm)
    if build.get("build_type") != "Release" or build.get("sanitizer", "none") != "none":
        warnings.append("lockvm is a %s build (sanitizer: %s): its times are not the Release build's"
                        % (build.get("build_type"), build.get("sanitizer")))
    mach = machine.machine()
    load = mach["loadavg_at_start"][0]
    if load > 0.5 * (mach["cores"] or 1):
        warnings.append("load average %.2f on %d cores at the start: other work was running, "
                        "so times may be off" % (load, mach["cores"]))

    plan = build_cells("workloads", workloads, columns + processes + refs, args.threads, args.scale)
    # The micro-suite compares the strategies' designs: only lockvm's
    # multi-thread strategies run it.
    plan += build_cells("scaling", scaling, [c for c in columns if c.threads_ok], args.threads, args.scale)
    lat_plan = []
    if not args.no_latency:
        lat_columns = [c for c in columns + refs if c.threads_ok]
        path = os.path.join(HERE, "latency", "gil_latency.py")
        lat_plan = [("gil_latency", [sweep.Cell("latency", "gil_latency", path, c, args.latency_threads, 1)
                                     for c in lat_columns])]
    total = sum(len(cells) for _, cells in plan) * (args.warmup + args.runs) + \
        sum(len(cells) for _, cells in lat_plan) * args.latency_runs
    sys.stderr.write("lockvm bench: %d workloads%s, %d interpreters (%s), threads %s, scale %d, "
                     "%d warm-up + %d runs per cell: %d runs\n" % (
                         len(workloads), " + %d scaling patterns" % len(scaling) if scaling else "",
                         len(columns + processes + refs), ", ".join(c.label for c in columns + processes + refs),
                         ",".join(map(str, args.threads)), args.scale, args.warmup, args.runs, total))
    for w in warnings:
        sys.stderr.write("warning: %s\n" % w)

    progress = sweep.Progress(total)
    errors = []
    cells = []
    for name, wcells in plan:
        sweep.run_workload(spawner, wcells, args.warmup, args.runs, args.timeout, progress, errors)
        progress.finished_workload(wcells[0].suite, name, wcells)
        cells += wcells
    for name, wcells in lat_plan:
        sweep.run_workload(spawner, wcells, 0, args.latency_runs, args.timeout, progress, errors, parse_latency)
        progress.finished_workload("latency", name, wcells)
        cells += wcells

    for c in cells:
        s = report.cell_summary(c)
        if stats.noisy(s):
            warnings.append("%s: standard deviation %.0f%% of the mean (%d runs): too noisy to trust; "
                            "rerun on a quiet machine or with more --runs" % (c.name(), 100 * s["rsd"], s["n"]))
    shown = list(argv)
    if "--vm" in shown:   # lockvm passes its own path; the user typed `lockvm bench ...`
        i = shown.index("--vm")
        del shown[i:i + 2]
    meta = {"schema": 1, "date": machine.now(), "command": ["lockvm", "bench"] + shown,
            "machine": mach, "lockvm": build, "driver": machine.driver(),
            "settings": {"suite": os.path.abspath(args.suite), "scaling_suite": None if args.no_scaling else
                         os.path.abspath(args.scaling_suite), "threads": args.threads, "scale": args.scale,
                         "runs": args.runs, "warmup": args.warmup, "latency_runs": args.latency_runs,
                         "latency_threads": args.latency_threads, "quick": args.quick, "timeout_s": args.timeout},
            "interpreters": [c.to_json() for c in columns + processes + refs],
            "strategies": strategies_info}
    meta["machine"]["loadavg_at_end"] = os.getloadavg()
    out = os.path.abspath(args.out)
    report.write_json(os.path.join(out, "results.json"), meta, cells, errors, warnings)
    report.write_csv(os.path.join(out, "results.csv"), cells)
    drawn = []
    if not args.no_plots:
        title = "lockvm bench: %s, %s cores, scale %d" % (mach["cpu"], mach["cores"], args.scale)
        drawn = [os.path.basename(p) for p in plots.draw(cells, out, title)]
    text = report.write_tables(os.path.join(out, "tables.md"), meta, cells, errors, warnings, strategies_info,
                               [p for p in drawn if p.endswith(".svg")])
    written = ["results.json", "results.csv", "tables.md"] + drawn
    sys.stdout.write(text + "\n")
    sys.stdout.flush()
    sys.stderr.write("lockvm bench: wrote %s in %s\n" % (", ".join(written), out))
    if errors:
        sys.stderr.write("lockvm bench: %d error(s):\n" % len(errors))
        for e in errors:
            sys.stderr.write("  - %s\n" % e.splitlines()[0])
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
