"""`lockvm bench compare A.json B.json`: for every cell the two runs share
(same suite, workload, interpreter, thread count and scale), B's median time
over A's, and whether the difference is significant (Welch's t-test on the
counted samples, two-sided, at --alpha)."""

import json
import sys

from . import report, stats


def load(path):
    try:
        with open(path) as f:
            doc = json.load(f)
    except (OSError, ValueError) as e:
        raise SystemExit("lockvm bench compare: cannot read %s: %s" % (path, e))
    if not isinstance(doc, dict) or "cells" not in doc:
        raise SystemExit("lockvm bench compare: %s is not a lockvm bench results.json" % path)
    return doc


def times(cell):
    if cell.get("error") or not cell.get("samples"):
        return None
    return [report.run_time(cell.get("kind"), cell["threads"], s["wall"]) for s in cell["samples"]]


def compare(path_a, path_b, alpha, out=sys.stdout):
    a, b = load(path_a), load(path_b)
    index = {}
    for c in a["cells"]:
        index[(c["suite"], c["workload"], c["interpreter"], c["threads"], c["scale"])] = c
    rows, ratios = [], {}
    mismatches = []
    for c in b["cells"]:
        key = (c["suite"], c["workload"], c["interpreter"], c["threads"], c["scale"])
        ca = index.get(key)
        if ca is None:
            continue
        ta, tb = times(ca), times(c)
        if ta is None or tb is None:
            rows.append(list(map(str, key[:4])) + ["error" if ta is None else "%.4f" % stats.summary(ta)["median"],
                                                  "error" if tb is None else "%.4f" % stats.summary(tb)["median"],
                                                  "—", "—", "a run failed"])
            continue
        if ca.get("checksum") != c.get("checksum"):
            mismatches.append("%s/%s under %s at %d threads: A printed %r, B printed %r"
                              % (key[0], key[1], key[2], key[3], ca.get("checksum"), c.get("checksum")))
        ma, mb = stats.summary(ta)["median"], stats.summary(tb)["median"]
        r = mb / ma
        ratios.setdefault((key[2], key[3]), []).append(r)
        test = stats.welch(ta, tb)
        if test is None:
            p, verdict = "—", "too few runs to test"
        else:
            p = "%.3g" % test[2]
            verdict = ("not significant" if test[2] >= alpha else
                       ("B slower" if r > 1 else "B faster"))
        rows.append([key[0], key[1], key[2], str(key[3]), "%.4f" % ma, "%.4f" % mb, "%.3f" % r, p, verdict])
    if not rows:
        raise SystemExit("lockvm bench compare: %s and %s have no cell in common "
                         "(same suite, workload, interpreter, threads and scale)" % (path_a, path_b))
    w = out.write
    w("A: %s (%s, commit %s)\n" % (path_a, a.get("date", "?"), a.get("lockvm", {}).get("commit", "?")))
    w("B: %s (%s, commit %s)\n" % (path_b, b.get("date", "?"), b.get("lockvm", {}).get("commit", "?")))
    ma_, mb_ = a.get("machine", {}), b.get("machine", {})
    if (ma_.get("cpu"), ma_.get("cores")) != (mb_.get("cpu"), mb_.get("cores")):
        w("warning: measured on different machines (%s, %s cores / %s, %s cores): ratios compare machines too\n"
          % (ma_.get("cpu"), ma_.get("cores"), mb_.get("cpu"), mb_.get("cores")))
    w("\nB/A is B's median time over A's (below 1: B is faster); p from Welch's t-test, "
      "significant below %g.\n\n" % alpha)
    w("| suite | workload | interpreter | threads | A (s) | B (s) | B/A | p | verdict |\n")
    w("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | --- |\n")
    for r in rows:
        w("| " + " | ".join(r) + " |\n")
    w("\n| interpreter | threads | geometric mean B/A | cells |\n| --- | ---: | ---: | ---: |\n")
    for (label, t), rs in sorted(ratios.items()):
        w("| %s | %d | %.3f | %d |\n" % (label, t, stats.geomean(rs), len(rs)))
    for m in mismatches:
        sys.stderr.write("ERROR: checksum differs between A and B: %s\n" % m)
    return 1 if mismatches else 0
