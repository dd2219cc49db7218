"""What a result was measured on and with: the machine, the lockvm build
(compiler, build type, the commit of its source tree), the command line."""

import datetime
import os
import platform
import subprocess
import sys


def _read(path):
    try:
        with open(path) as f:
            return f.read()
    except OSError:
        return ""


def _run(cmd, cwd=None):
    try:
        p = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, timeout=60)
        return p.stdout.decode(errors="replace").strip() if p.returncode == 0 else None
    except (OSError, subprocess.TimeoutExpired):
        return None


def machine():
    cpu = "unknown"
    for line in _read("/proc/cpuinfo").splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem_kib = None
    for line in _read("/proc/meminfo").splitlines():
        if line.startswith("MemTotal:"):
            mem_kib = int(line.split()[1])
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gib": round(mem_kib / 2**20, 1) if mem_kib else None,
            "kernel": platform.release(), "system": platform.platform(),
            "hostname": platform.node(), "loadavg_at_start": os.getloadavg()}


def lockvm_build(vm):
    """`lockvm --version`'s fields, and the commit of the source tree it
    names (with `-dirty` when the tree has uncommitted changes)."""
    info = {"path": vm}
    text = _run([vm, "--version"]) or ""
    lines = text.splitlines()
    info["version"] = lines[0] if lines else "unknown"
    for line in lines[1:]:
        if ": " in line:
            k, v = line.split(": ", 1)
            info[k.strip().replace(" ", "_")] = v.strip()
    source = info.get("source")
    commit = _run(["git", "rev-parse", "HEAD"], cwd=source) if source else None
    if commit:
        dirty = _run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=source)
        info["commit"] = commit + ("-dirty" if dirty else "")
    else:
        info["commit"] = "unknown (no git checkout at %s)" % source
    return info


def now():
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")


def driver():
    return {"python": sys.executable, "python_version": platform.python_version()}
