"""What a bench run measures: lockvm strategies (by name from the registry,
or config files), the processes baseline (gil in T separate processes), and
reference interpreters run on the same workload files."""

import json
import os
import re
import shutil
import subprocess


class SetupError(Exception):
    """A bad option or a missing piece, found before anything is measured."""


class Interpreter(object):
    """One column of the tables. `kind` is strategy, processes or reference."""

    def __init__(self, label, kind, threads_ok=True, exe=None, flags=(), detail=""):
        self.label = label
        self.kind = kind
        self.threads_ok = threads_ok   # False: runs at one thread only (nosync)
        self.exe = exe
        self.flags = list(flags)
        self.detail = detail           # for results.json: what exactly ran

    def command(self, path, threads, scale):
        """(command line, how many copies start at once) for one run."""
        if self.kind == "processes":
            # T processes of the one-thread workload, started together.
            return [self.exe] + self.flags + [path, "1", str(scale)], threads
        return [self.exe] + self.flags + [path, str(threads), str(scale)], 1

    def to_json(self):
        return {"label": self.label, "kind": self.kind, "executable": self.exe,
                "flags": self.flags, "one_thread_only": not self.threads_ok,
                "detail": self.detail}


def registry(vm):
    """lockvm's strategies, from `lockvm strategies --json`."""
    try:
        p = subprocess.run([vm, "strategies", "--json"], stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise SetupError("cannot run %s strategies --json: %s" % (vm, e))
    if p.returncode != 0:
        raise SetupError("%s strategies --json failed: %s" % (vm, p.stderr.decode(errors="replace").strip()))
    return json.loads(p.stdout.decode())


def config_strategy(vm, path):
    """The strategy a config file selects (`lockvm check-config` validates it
    and prints it resolved); a bad config stops the bench before it starts."""
    p = subprocess.run([vm, "check-config", path], stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=60)
    if p.returncode != 0:
        raise SetupError(p.stderr.decode(errors="replace").strip() or
                         "%s: check-config failed" % path)
    m = re.search(r'^strategy = "([^"]+)"', p.stdout.decode(), re.M)
    if not m:
        raise SetupError("%s: check-config printed no strategy line" % path)
    return m.group(1), p.stdout.decode()


def lockvm_columns(vm, names):
    """Interpreters for the --strategy values (registry names or .toml files);
    every registered strategy when none is given."""
    reg = registry(vm)
    by_name = {s["name"]: s for s in reg}
    if not names:
        names = [s["name"] for s in reg]
    columns, labels = [], set()
    for name in names:
        if name.endswith(".toml"):
            path = os.path.abspath(name)
            if not os.path.isfile(path):
                raise SetupError("config file %s does not exist" % name)
            strategy, resolved = config_strategy(vm, path)
            label = os.path.splitext(os.path.basename(path))[0]
            if label in labels or label in by_name and label in names:
                label = name
            columns.append(Interpreter(label, "strategy", by_name[strategy]["threads"], vm,
                                       ["run", "--config", path], resolved))
        else:
            if name not in by_name:
                raise SetupError("unknown strategy %r; lockvm has %s (or give a config FILE.toml)"
                                 % (name, ", ".join(sorted(by_name))))
            label = name
            columns.append(Interpreter(label, "strategy", by_name[name]["threads"], vm,
                                       ["run", "--strategy", name], by_name[name]["summary"]))
        if label in labels:
            raise SetupError("strategy %r given twice" % name)
        labels.add(label)
    return columns, reg


def processes_column(vm):
    return Interpreter("processes", "processes", True, vm, ["run", "--strategy", "gil"],
                       "gil in T separate processes, each running the one-thread workload")


def find_executable(name):
    """A path for `name`: a file path as given, or a lookup on PATH."""
    if os.sep in name:
        path = os.path.abspath(name)
        return path if os.path.isfile(path) and os.access(path, os.X_OK) else None
    found = shutil.which(name)
    return os.path.abspath(found) if found else None


def resolve_reference(name):
    """The real interpreter behind `name`: a launcher script such as pyenv's
    shim would add its own start-up (about 0.25 s) to every sample."""
    exe = find_executable(name)
    if exe is None:
        raise SetupError("reference interpreter %r not found" % name)
    try:
        p = subprocess.run([exe, "-c", "import sys; print(sys.executable); print(sys.version.split()[0])"],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise SetupError("reference interpreter %r (%s) does not start: %s" % (name, exe, e))
    if p.returncode != 0:
        raise SetupError("reference interpreter %r (%s) failed: %s"
                         % (name, exe, p.stderr.decode(errors="replace").strip()))
    lines = p.stdout.decode(errors="replace").split("\n")
    real = lines[0].strip()
    version = lines[1].strip() if len(lines) > 1 else "?"
    if not (real and os.path.isfile(real) and os.access(real, os.X_OK)):
        real = exe
    return real, version


def reference_columns(names, taken):
    columns = []
    for name in names:
        real, version = resolve_reference(name)
        label = os.path.basename(name.rstrip("/")) or name
        if label in taken:
            raise SetupError("reference %r has the same label as another column" % name)
        taken.add(label)
        columns.append(Interpreter(label, "reference", True, real, [],
                                   "%s %s (%s)" % (label, version, real)))
    return columns
