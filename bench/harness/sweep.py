"""The sweep: every (workload, interpreter, thread count) cell, run in fresh
processes, warm-ups first and then the counted runs, with the cells of one
workload interleaved run by run so that a drift of the machine (heat, other
load) spreads over all of them instead of biasing whichever ran last. Each
run's checksum must match its cell's other runs and, at the same thread
count, every other interpreter's."""

import os
import sys
import time

from . import process


class Cell(object):
    def __init__(self, suite, workload, path, interp, threads, scale):
        self.suite = suite          # "workloads", "scaling" or "latency"
        self.workload = workload
        self.path = path
        self.interp = interp
        self.threads = threads
        self.scale = scale
        self.samples = []           # counted runs: {"wall", "cpu", "rss_kib"[, "latency"]}
        self.warmups = []
        self.checksum = None
        self.error = None

    def key(self):
        return (self.suite, self.workload, self.interp.label, self.threads)

    def name(self):
        return "%s under %s at %d thread%s" % (self.workload, self.interp.label, self.threads,
                                             "" if self.threads == 1 else "s")


class Progress(object):
    """Which run of how many, and an estimate of the time left, on stderr: one
    line rewritten in place on a terminal, one line per workload otherwise."""

    def __init__(self, total):
        self.total = total
        self.done = 0
        self.start = time.perf_counter()
        self.tty = sys.stderr.isatty()

    def eta(self):
        elapsed = time.perf_counter() - self.start
        left = elapsed / self.done * (self.total - self.done) if self.done else 0.0
        return "%s elapsed, about %s left" % (clock(elapsed), clock(left))

    def ran(self, cell, what):
        self.done += 1
        if self.tty:
            line = "[%d/%d] %s %s: %s" % (self.done, self.total, cell.name(), what, self.eta())
            sys.stderr.write("\r\033[K" + line[:200])
            sys.stderr.flush()

    def finished_workload(self, suite, workload, cells):
        bad = sum(1 for c in cells if c.error)
        line = "[%d/%d] %s/%s: %d cells%s; %s" % (
            self.done, self.total, suite, workload, len(cells),
            ", %d failed" % bad if bad else "", self.eta())
        sys.stderr.write(("\r\033[K" if self.tty else "") + line + "\n")
        sys.stderr.flush()

    def say(self, msg):
        sys.stderr.write(("\r\033[K" if self.tty else "") + msg + "\n")
        sys.stderr.flush()


def clock(seconds):
    seconds = int(round(seconds))
    return "%d:%02d" % (seconds // 60, seconds % 60)


def run_workload(spawner, cells, warmup, runs, timeout, progress, errors, parse_extra=None):
    """Runs one workload's cells, interleaved; fills each cell. `errors`
    collects one line per failure (the run goes on with the other cells)."""
    for rep in range(warmup + runs):
        counted = rep >= warmup
        what = ("run %d/%d" % (rep - warmup + 1, runs)) if counted else ("warm-up %d/%d" % (rep + 1, warmup))
        for cell in cells:
            if cell.error:
                progress.done += 1
                continue
            cwd = os.path.dirname(cell.path)
            cmd, count = cell.interp.command(cell.path, cell.threads, cell.scale)
            out = process.run(spawner, cmd, count, cwd, timeout)
            progress.ran(cell, what)
            fail = out.error
            checksum = None
            if fail is None:
                outputs = set(s.strip() for s in out.stdouts)
                checksum = out.stdouts[0].strip()
                if not checksum:
                    fail = "printed nothing on stdout (a workload prints its checksum)"
                elif len(outputs) > 1:
                    fail = "the processes of one run printed different checksums: %s" % sorted(outputs)
                elif cell.checksum is not None and checksum != cell.checksum:
                    fail = "checksum differs between runs: %r, then %r" % (cell.checksum, checksum)
            sample = {"wall": out.wall, "cpu": out.cpu, "rss_kib": out.rss_kib}
            if fail is None and parse_extra is not None:
                try:
                    sample.update(parse_extra(out.stderrs[0]))
                except ValueError as e:
                    fail = str(e)
            if fail is not None:
                cell.error = "%s: %s" % (what, fail)
                errors.append("%s: %s" % (cell.name(), cell.error))
                progress.say("ERROR: " + errors[-1])
                continue
            cell.checksum = checksum
            (cell.samples if counted else cell.warmups).append(sample)
    check_checksums(cells, errors, progress)


def check_checksums(cells, errors, progress):
    """At each thread count, every interpreter must print what the first one
    (lockvm's baseline, normally gil) printed. The processes baseline runs the
    one-thread workload, so it answers to the one-thread checksum."""
    expected = {}
    for cell in cells:
        if cell.checksum is None:
            continue
        t = 1 if cell.interp.kind == "processes" else cell.threads
        first = expected.setdefault(t, cell)
        if cell.checksum != first.checksum:
            msg = ("%s: checksum mismatch: %s printed %r, %s printed %r"
                   % (cell.workload, first.name(), first.checksum, cell.name(), cell.checksum))
            cell.error = "checksum mismatch with " + first.interp.label
            errors.append(msg)
            progress.say("ERROR: " + msg)
