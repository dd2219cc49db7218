"""The outputs of a bench run: results.json (every sample and how it was
taken), results.csv (one row per cell) and tables.md (the tables design.md
lists), all from the same cells."""

import csv
import json
import os

from . import stats

def run_time(kind, threads, wall):
    """The time a run stands for. A run of the processes baseline does T
    times the one-thread work, so the time it stands for (the same total
    work as one thread's, split over T processes) is its wall time / T."""
    return wall / threads if kind == "processes" else wall


def cell_time(cell, sample):
    return run_time(cell.interp.kind, cell.threads, sample["wall"])


def cell_summary(cell):
    if cell.error or not cell.samples:
        return None
    return stats.summary([cell_time(cell, s) for s in cell.samples])


def cell_row(cell):
    s = cell_summary(cell)
    row = {"suite": cell.suite, "workload": cell.workload, "interpreter": cell.interp.label,
           "kind": cell.interp.kind, "threads": cell.threads, "scale": cell.scale,
           "runs": len(cell.samples), "status": "ok" if s else "error: " + (cell.error or "no samples"),
           "checksum": cell.checksum}
    if s:
        cpus = sorted(x["cpu"] for x in cell.samples)
        rss = sorted(x["rss_kib"] for x in cell.samples)
        row.update({"median_s": s["median"], "min_s": s["min"], "max_s": s["max"], "rsd": s["rsd"],
                    "noisy": stats.noisy(s), "cpu_median_s": cpus[len(cpus) // 2],
                    "peak_rss_kib": rss[-1]})
    return row


def write_json(path, meta, cells, errors, warnings):
    doc = dict(meta)
    doc["cells"] = []
    for c in cells:
        d = cell_row(c)
        d["path"] = c.path
        d["error"] = c.error
        d["samples"] = c.samples
        d["warmups"] = c.warmups
        doc["cells"].append(d)
    doc["errors"] = errors
    doc["warnings"] = warnings
    with open(path, "w") as f:
        json.dump(doc, f, indent=1, sort_keys=False)
        f.write("\n")


CSV_FIELDS = ["suite", "workload", "interpreter", "kind", "threads", "scale", "runs", "median_s", "min_s",
              "max_s", "rsd", "noisy", "cpu_median_s", "peak_rss_kib", "checksum", "status"]


def write_csv(path, cells):
    with open(path, "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=CSV_FIELDS, extrasaction="ignore")
        w.writeheader()
        for c in cells:
            row = cell_row(c)
            for k in ("median_s", "min_s", "max_s", "cpu_median_s"):
                if row.get(k) is not None:
                    row[k] = "%.6f" % row[k]
            if row.get("rsd") is not None:
                row["rsd"] = "%.4f" % row["rsd"]
            w.writerow(row)


class Table(object):
    """Medians of one suite, looked up by (workload, label, threads)."""

    def __init__(self, cells, suite):
        self.cells = [c for c in cells if c.suite == suite]
        self.by_key = {(c.workload, c.interp.label, c.threads): c for c in self.cells}
        self.workloads = []
        self.labels = []
        self.threads = []
        for c in self.cells:
            if c.workload not in self.workloads:
                self.workloads.append(c.workload)
            if c.interp.label not in self.labels:
                self.labels.append(c.interp.label)
            if c.threads not in self.threads:
                self.threads.append(c.threads)
        self.threads.sort()

    def time(self, w, label, t):
        c = self.by_key.get((w, label, t))
        s = cell_summary(c) if c else None
        return s["median"] if s else None

    def has(self, label, t):
        return any((w, label, t) in self.by_key for w in self.workloads)


def ratio(a, b):
    return a / b if a is not None and b is not None and b > 0 else None


def fx(x, suffix="×"):
    return "—" if x is None else "%.2f%s" % (x, suffix)


def md_table(header, rows):
    out = ["| " + " | ".join(header) + " |", "| " + " | ".join(["---"] + ["---:"] * (len(header) - 1)) + " |"]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return out


def geomean_row(label, columns):
    return ["**%s**" % label] + ["**%s**" % fx(stats.geomean(col)) if stats.geomean(col) else "—"
                                 for col in columns]


def single_thread_table(tab, base):
    others = [l for l in tab.labels if tab.has(l, 1) and l != base]
    cols = [[] for _ in others]
    rows = []
    for w in tab.workloads:
        b = tab.time(w, base, 1)
        row = [w, "%.3f" % b if b is not None else "error"]
        for i, l in enumerate(others):
            r = ratio(tab.time(w, l, 1), b)
            cols[i].append(r)
            row.append(fx(r))
        rows.append(row)
    rows.append(geomean_row("geometric mean", [[]] + cols))
    rows[-1][1] = ""
    return md_table(["workload", "%s (s)" % base] + others, rows)


def speedup_table(tab, base, t):
    labels = [l for l in tab.labels if tab.has(l, t)]
    header = ["workload"] + labels
    cols = [[] for _ in labels]
    rows = []
    for w in tab.workloads:
        b = tab.time(w, base, 1)
        row = [w]
        for i, l in enumerate(labels):
            r = ratio(b, tab.time(w, l, t))
            cols[i].append(r)
            row.append(fx(r))
        rows.append(row)
    rows.append(geomean_row("geometric mean", cols))
    return md_table(header, rows)


def efficiency_table(tab, t):
    """Each interpreter's own speedup (its one-thread time over its T-thread
    time) and that speedup as a share of the machine's ceiling, the
    processes baseline's speedup measured in the same run."""
    labels = [l for l in tab.labels if tab.has(l, t) and tab.has(l, 1) and l != "processes"]
    cols = [[] for _ in labels]
    ceilings = []
    rows = []
    for w in tab.workloads:
        ceiling = ratio(tab.time(w, "gil", 1), tab.time(w, "processes", t))
        ceilings.append(ceiling)
        row = [w, fx(ceiling)]
        for i, l in enumerate(labels):
            own = ratio(tab.time(w, l, 1), tab.time(w, l, t))
            share = ratio(own, ceiling)
            cols[i].append(share)
            if own is None:
                row.append("—")
            elif share is None:
                row.append("%s (%.0f%% of %d)" % (fx(own), 100 * own / t, t))
            else:
                row.append("%s (%.0f%% of ceiling)" % (fx(own), 100 * share))
        rows.append(row)
    last = ["**geometric mean**", "**%s**" % fx(stats.geomean(ceilings))]
    for col in cols:
        g = stats.geomean(col)
        last.append("—" if g is None else "**%.0f%% of ceiling**" % (100 * g))
    rows.append(last)
    return md_table(["workload", "ceiling (processes)"] + labels, rows)


def memory_table(tab, strategies_info):
    """Peak resident set in MiB (the largest of a cell's runs), at one thread
    and at the most threads, `one / many` in each cell."""
    tmax = tab.threads[-1]

    def peak(w, l, t):
        c = tab.by_key.get((w, l, t))
        if c is None:
            return None
        if c.error or not c.samples:
            return "error"
        return "%.1f" % (max(s["rss_kib"] for s in c.samples) / 1024.0)

    rows = []
    for w in tab.workloads:
        row = [w]
        for l in tab.labels:
            vals = [peak(w, l, t) for t in sorted(set([1, tmax]))]
            row.append(" / ".join(v for v in vals if v is not None) or "—")
        rows.append(row)
    out = md_table(["workload"] + tab.labels, rows)
    if strategies_info:
        out += ["", "Object header per strategy (bytes): " +
                ", ".join("%s %d" % (s["name"], s["header_bytes"]) for s in strategies_info) + "."]
    return out


def scaling_suite_table(tab, t):
    labels = [l for l in tab.labels if tab.has(l, t)]
    header = ["pattern"] + labels
    cols = [[] for _ in labels]
    rows = []
    for w in tab.workloads:
        row = [w]
        for i, l in enumerate(labels):
            t1, tn = tab.time(w, l, 1), tab.time(w, l, t)
            s = t1 * t / tn if t1 is not None and tn else None
            cols[i].append(s)
            row.append(fx(s))
        rows.append(row)
    rows.append(geomean_row("geometric mean", cols))
    return md_table(header, rows)


def latency_table(cells):
    rows = []
    for c in cells:
        if c.suite != "latency":
            continue
        if c.error or not c.samples:
            rows.append([c.interp.label, str(c.threads), "error", "", "", ""])
            continue

        def med(field):
            vals = sorted(s[field] for s in c.samples)
            return "%.2f" % (vals[len(vals) // 2] / 1000.0)
        rows.append([c.interp.label, str(c.threads), med("median_us"), med("p90_us"), med("p99_us"), med("max_us")])
    return md_table(["interpreter", "CPU-bound threads", "median (ms)", "p90 (ms)", "p99 (ms)", "max (ms)"], rows)


def write_tables(path, meta, cells, errors, warnings, strategies_info, plot_files=()):
    m, b = meta["machine"], meta["lockvm"]
    s = meta["settings"]
    out = ["# lockvm bench", "",
           "- machine: %s, %s cores, %s GiB, Linux %s; load average at start %s" % (
               m["cpu"], m["cores"], m["memory_gib"], m["kernel"], ", ".join("%.2f" % x for x in m["loadavg_at_start"])),
           "- lockvm: %s, commit %s, %s, %s build" % (b["version"], b["commit"], b.get("compiler", "?"), b.get("build_type", "?")),
           "- command: `%s`" % " ".join(meta["command"]),
           "- %s; scale %d, %d warm-up + %d counted runs per cell, each a fresh process; figures are medians" % (
               meta["date"], s["scale"], s["warmup"], s["runs"]),
           ""]
    for interp in meta["interpreters"]:
        if interp["kind"] == "reference":
            out.append("- reference: %s" % interp["detail"])
    out.append("")
    if errors:
        out += ["**%d error(s):**" % len(errors), ""] + ["- " + e.splitlines()[0] for e in errors] + [""]
    if warnings:
        out += ["Warnings:", ""] + ["- " + w for w in warnings] + [""]

    tab = Table(cells, "workloads")
    if tab.cells:
        base = "gil" if "gil" in tab.labels else tab.labels[0]
        out += ["## Single-thread time relative to %s" % base, "",
                "Median wall time of one thread under %s, and every other interpreter's time as a multiple "
                "of it (lower is faster)." % base, ""]
        out += single_thread_table(tab, base) + [""]
        for t in tab.threads:
            if t == 1:
                continue
            out += ["## Speedup at %d threads relative to %s at one thread" % (t, base), "",
                    "%s's one-thread time over each interpreter's time with %d threads doing the same work; "
                    "`processes` is %s in %d separate processes (the classic way around a GIL)." % (base, t, base, t), ""]
            out += speedup_table(tab, base, t) + [""]
            out += ["## Scaling efficiency at %d threads" % t, "",
                    "Each interpreter's own speedup (its one-thread time over its %d-thread time) and that "
                    "speedup as a share of the machine's ceiling: the speedup %d independent processes reach "
                    "against one, measured in the same run." % (t, t), ""]
            out += efficiency_table(tab, t) + [""]
        tmax = tab.threads[-1]
        out += ["## Peak memory", "",
                "Peak resident set in MiB%s; `processes` sums its %d processes." % (
                    " at one thread / at %d threads" % tmax if tmax > 1 else "", tmax), ""]
        out += memory_table(tab, strategies_info) + [""]
    sc = Table(cells, "scaling")
    if sc.cells:
        for t in sc.threads:
            if t == 1:
                continue
            out += ["## Scaling micro-suite at %d threads" % t, "",
                    "Each thread does the same work; speedup = one-thread time × %d ÷ %d-thread time "
                    "(%d is perfect, 1 is no gain)." % (t, t, t), ""]
            out += scaling_suite_table(sc, t) + [""]
    if any(c.suite == "latency" for c in cells):
        out += ["## Wake-up latency", "",
                "A thread sleeping 1 ms in a loop while CPU-bound threads run (bench/latency/gil_latency.py): "
                "the time from when its sleep should end to when it runs Python code again. Under a GIL it "
                "waits for the holder to drop it (the convoy effect).", ""]
        out += latency_table(cells) + [""]
    if plot_files:
        out += ["## Plots", ""] + ["![%s](%s)" % (os.path.splitext(f)[0], f) for f in plot_files] + [""]
    text = "\n".join(out)
    with open(path, "w") as f:
        f.write(text)
    return text
