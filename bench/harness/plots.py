"""The plots of a bench run, as PNG and SVG, drawn with matplotlib (Debian's
python3-matplotlib): speedup against threads with one panel per workload and
one line per interpreter; single-thread time of each strategy relative to
gil; and the scaling micro-suite's speedups at the highest thread count."""

import math
import os

from . import report, stats


def available():
    # Found, not imported: the driver stays small until the runs are done.
    import importlib.util
    return importlib.util.find_spec("matplotlib") is not None


def _pyplot():
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    return plt


def _save(fig, out_dir, name):
    paths = []
    for ext in ("png", "svg"):
        path = os.path.join(out_dir, "%s.%s" % (name, ext))
        fig.savefig(path, dpi=110 if ext == "png" else None, bbox_inches="tight")
        paths.append(path)
    return paths


def speedup_plot(plt, tab, base, out_dir, title):
    if len(tab.threads) < 2:
        return []
    n = len(tab.workloads)
    cols = min(4, n)
    rows = int(math.ceil(n / float(cols)))
    fig, axes = plt.subplots(rows, cols, figsize=(3.4 * cols, 2.8 * rows), squeeze=False)
    handles = {}
    for k, w in enumerate(tab.workloads):
        ax = axes[k // cols][k % cols]
        b = tab.time(w, base, 1)
        ax.plot(tab.threads, tab.threads, color="0.8", linestyle=":", linewidth=1)
        for l in tab.labels:
            pts = [(t, report.ratio(b, tab.time(w, l, t))) for t in tab.threads]
            pts = [(t, s) for t, s in pts if s is not None]
            if l == "processes" and b is not None:
                pts = [(1, 1.0)] + pts
            if not pts:
                continue
            line, = ax.plot([p[0] for p in pts], [p[1] for p in pts], marker="o", markersize=3,
                            linestyle="--" if l == "processes" else "-", label=l)
            handles[l] = line
        ax.set_title(w, fontsize=9)
        ax.set_xscale("log", base=2)
        ax.set_xticks(tab.threads)
        ax.set_xticklabels([str(t) for t in tab.threads])
        ax.tick_params(labelsize=7)
        ax.set_ylim(bottom=0)
        if k % cols == 0:
            ax.set_ylabel("speedup vs %s, 1 thread" % base, fontsize=7)
        if k // cols == rows - 1:
            ax.set_xlabel("threads", fontsize=7)
    for k in range(n, rows * cols):
        axes[k // cols][k % cols].axis("off")
    fig.legend(list(handles.values()), list(handles.keys()), loc="lower center",
               ncol=min(6, len(handles)), fontsize=8, bbox_to_anchor=(0.5, 0.0))
    fig.suptitle(title, fontsize=10)
    fig.tight_layout(rect=(0, 0.12 if rows == 1 else 0.07, 1, 0.95))
    paths = _save(fig, out_dir, "speedup")
    plt.close(fig)
    return paths


def _grouped_bars(plt, groups, series, ylabel, title, lines):
    """One group of bars per name in `groups`, one bar per (label, values)
    of `series` in each; horizontal reference lines at `lines` (y, style)."""
    width = 0.8 / max(1, len(series))
    fig, ax = plt.subplots(figsize=(max(6.0, 0.9 * len(groups)), 3.6))
    for i, (label, vals) in enumerate(series):
        xs = [g + (i - (len(series) - 1) / 2.0) * width for g in range(len(groups))]
        ax.bar(xs, [v if v is not None else 0 for v in vals], width=width, label=label)
    for y, style in lines:
        ax.axhline(y, color="0.3" if style == "-" else "0.5", linestyle=style, linewidth=0.8)
    ax.set_xticks(range(len(groups)))
    ax.set_xticklabels(groups, rotation=30, ha="right", fontsize=8)
    ax.set_ylabel(ylabel, fontsize=8)
    ax.set_title(title, fontsize=10)
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    fig.tight_layout()
    return fig


def overhead_plot(plt, tab, base, out_dir):
    others = [l for l in tab.labels if tab.has(l, 1) and l != base]
    if not others:
        return []
    series = []
    for l in others:
        vals = [report.ratio(tab.time(w, l, 1), tab.time(w, base, 1)) for w in tab.workloads]
        series.append((l, vals + [stats.geomean(vals)]))
    fig = _grouped_bars(plt, tab.workloads + ["geomean"], series, "single-thread time / %s" % base,
                        "Single-thread overhead relative to %s (lower is faster)" % base, [(1.0, "-")])
    paths = _save(fig, out_dir, "overhead")
    plt.close(fig)
    return paths


def scaling_suite_plot(plt, tab, out_dir):
    t = tab.threads[-1]
    if t == 1:
        return []
    series = []
    for l in [l for l in tab.labels if tab.has(l, t)]:
        vals = []
        for w in tab.workloads:
            t1, tn = tab.time(w, l, 1), tab.time(w, l, t)
            vals.append(t1 * t / tn if t1 is not None and tn else None)
        series.append((l, vals))
    fig = _grouped_bars(plt, tab.workloads, series, "speedup at %d threads" % t,
                        "Scaling micro-suite: t1 × %d / t%d (each thread does the same work)" % (t, t),
                        [(t, ":"), (1, "-")])
    paths = _save(fig, out_dir, "scaling")
    plt.close(fig)
    return paths


def draw(cells, out_dir, title):
    plt = _pyplot()
    paths = []
    tab = report.Table(cells, "workloads")
    if tab.cells:
        base = "gil" if "gil" in tab.labels else tab.labels[0]
        paths += speedup_plot(plt, tab, base, out_dir, title)
        paths += overhead_plot(plt, tab, base, out_dir)
    sc = report.Table(cells, "scaling")
    if sc.cells:
        paths += scaling_suite_plot(plt, sc, out_dir)
    return paths
