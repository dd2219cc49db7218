"""Runs a command in fresh processes (one, or COUNT copies started at once)
and measures them: wall time, CPU time and peak resident memory, from the
kernel's own accounting (wait4's rusage), taken by bench/spawn.cc's
lockvm-spawn so that the driver's own size is not charged to the children.
The children's output goes to files, so a chatty program never blocks."""

import os
import shutil
import subprocess
import tempfile


class Outcome(object):
    """What one run (one process, or a group started together) gave."""

    def __init__(self):
        self.wall = None        # seconds from the first start to the last exit
        self.cpu = 0.0          # user + system seconds, summed over the group
        self.rss_kib = 0        # peak resident set, summed over the group
        self.stdouts = []       # one per process, text
        self.stderrs = []
        self.error = None       # why the run failed, or None


def tail(text, limit=600):
    text = text.rstrip()
    return text if len(text) <= limit else "..." + text[-limit:]


def _read(path):
    try:
        with open(path, "rb") as f:
            return f.read().decode(errors="replace")
    except OSError:
        return ""


def run(spawner, cmd, count, cwd, timeout):
    """Runs `count` copies of `cmd` at once in `cwd`; a run that outlives
    `timeout` seconds is killed and fails."""
    out = Outcome()
    tmp = tempfile.mkdtemp(prefix="lockvm-bench-")
    try:
        try:
            p = subprocess.run([spawner, str(count), "%g" % timeout, tmp] + cmd, cwd=cwd,
                               stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        except OSError as e:
            out.error = "could not start %s: %s" % (spawner, e)
            return out
        if p.returncode != 0:
            out.error = "lockvm-spawn failed: " + p.stderr.decode(errors="replace").strip()
            return out
        failures = []
        timed_out = False
        for line in p.stdout.decode().splitlines():
            f = line.split()
            if f[0] == "child":
                status, sig = int(f[3]), int(f[5])
                out.cpu += float(f[7]) + float(f[9])
                out.rss_kib += int(f[11])
                if sig:
                    failures.append("killed by signal %d" % sig)
                elif status != 0:
                    failures.append("exit status %d" % status)
            elif f[0] == "wall_s":
                out.wall = float(f[1])
                timed_out = f[3] == "1"
        for k in range(count):
            out.stdouts.append(_read(os.path.join(tmp, "%d.out" % k)))
            out.stderrs.append(_read(os.path.join(tmp, "%d.err" % k)))
        if timed_out:
            out.error = "timed out after %g s (killed)" % timeout
        elif failures:
            out.error = failures[0]
            for err in out.stderrs:
                if err.strip():
                    out.error += "; stderr ends: " + tail(err)
                    break
        return out
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
