#!/usr/bin/env python3
"""Command-line tests of lockvm's configuration layer.

    python3 tests/cli/run_cli_tests.py --vm PATH_TO_lockvm

Runs the built binary on the presets in configs/ and on malformed configs
written to a temporary folder, and checks
  - exit statuses (0, or 2 for a usage or configuration error);
  - that every configuration error is exactly one line on stderr, naming the
    file, the line and the key (or `--set` / `--strategy` and the key);
  - `check-config` output, which must read back as the same config;
  - `strategies`, `run --strategy/--config/--set/--stats`, `--version`.

The last line of output is `N passed, M failed`; the exit status is 1 when
M > 0, else 0.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CONFIGS = os.path.join(ROOT, "configs")

PROGRAM = "import sys\nprint('ok', sys.argv[1:])\n"

# (name, file text, extra check-config arguments, expected line number, key)
BAD_CONFIGS = [
    ("unknown_strategy", 'strategy = "fast"\n', [], 1, "strategy"),
    ("strategy_type", '# c\nstrategy = 7\n', [], 2, "strategy"),
    ("missing_strategy", '[gil]\nswitch_interval_us = 10\n', [], 1, "strategy"),
    ("unknown_key", 'strategy = "gil"\n[gil]\nswitch_intervall_us = 10\n', [], 3, "gil.switch_intervall_us"),
    ("unknown_table", 'strategy = "gil"\n\n[gc]\nthreshold = 7\n', [], 3, "gc"),
    ("unknown_top_key", 'strategy = "gil"\nverbose = true\n', [], 2, "verbose"),
    ("wrong_type_string", 'strategy = "gil"\n\n[gil]\nswitch_interval_us = "fast"\n', [], 4,
     "gil.switch_interval_us"),
    ("wrong_type_float", 'strategy = "gil"\n[gil]\nswitch_interval_us = 5000.0\n', [], 3, "gil.switch_interval_us"),
    ("wrong_type_table", 'strategy = "gil"\ngil = 3\n', [], 2, "gil"),
    ("wrong_type_bool", 'strategy = "gil"\n[refcount]\nimmortal = "yes"\n', [], 3, "refcount.immortal"),
    ("out_of_range_low", 'strategy = "gil"\n[gil]\nswitch_interval_us = 0\n', [], 3, "gil.switch_interval_us"),
    ("out_of_range_high", 'strategy = "gil"\n[gil]\nswitch_interval_us = 2000000\n', [], 3,
     "gil.switch_interval_us"),
    ("bad_choice", 'strategy = "gil"\n[gil]\nmode = "tick"\n', [], 3, "gil.mode"),
    ("ticks_without_mode", 'strategy = "gil"\n[gil]\ncheck_ticks = 10\n', [], 3, "gil.check_ticks"),
    ("not_read_by_gil", 'strategy = "gil"\n\n[refcount]\nimmortal = true\n', [], 4, "refcount.immortal"),
    ("empty_table_not_read", 'strategy = "nosync"\n[memory]\n', [], 2, "memory"),
    ("not_read_by_nosync", 'strategy = "nosync"\n[reclamation]\nscheme = "qsbr"\n', [], 3, "reclamation.scheme"),
    ("ignored_table_still_checked", 'strategy = "nosync"\n[gil]\nswitch_interval_us = -1\n', [], 3,
     "gil.switch_interval_us"),
    ("set_makes_file_knob_unread", 'strategy = "gil"\n[gil]\nmode = "ticks"\ncheck_ticks = 5\n',
     ["--set", "gil.mode=interval"], 4, "gil.check_ticks"),
]

# Malformed TOML: one line with file and line (no key to name).
MALFORMED = [
    ("unclosed_header", 'strategy = "gil"\n[gil\n', 2),
    ("duplicate_key", 'strategy = "gil"\nstrategy = "gil"\n', 2),
    ("bad_value", 'strategy = "gil"\n[gil]\nswitch_interval_us = = 3\n', 3),
    ("unterminated_string", 'strategy = "gil\n', 1),
]

# (name, --set arguments, key named by the error)
BAD_SETS = [
    ("set_wrong_type", ["gil.switch_interval_us=fast"], "gil.switch_interval_us"),
    ("set_out_of_range", ["gil.switch_interval_us=0"], "gil.switch_interval_us"),
    ("set_unknown_key", ["gil.interval=5"], "gil.interval"),
    ("set_unknown_table", ["gc.x=5"], "gc.x"),
    ("set_table", ["gil=5"], "gil"),
    ("set_unknown_strategy", ["strategy=fast"], "strategy"),
    ("set_not_read", ["refcount.deferred=false"], "refcount.deferred"),
    ("set_bad_choice", ["gil.mode=fast"], "gil.mode"),
]


class Runner:
    def __init__(self, vm, tmp):
        self.vm = vm
        self.tmp = tmp
        self.passed = 0
        self.failed = 0

    def run(self, args, cwd=None):
        p = subprocess.run([self.vm] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           cwd=cwd or self.tmp, timeout=60)
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")

    def check(self, name, problems, detail=""):
        if problems:
            self.failed += 1
            print("FAIL %s" % name)
            for p in problems:
                print("    " + p)
            if detail:
                print("    " + detail.replace("\n", "\n    "))
        else:
            self.passed += 1
            print("PASS %s" % name)

    def write(self, name, text):
        path = os.path.join(self.tmp, name + ".toml")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def expect_one_line_error(self, name, args, prefix, key):
        """Status 2 and stderr exactly one line starting `PREFIX: KEY: `."""
        rc, out, err = self.run(args)
        problems = []
        if rc != 2:
            problems.append("exit status %d, expected 2" % rc)
        if out:
            problems.append("unexpected stdout %r" % out)
        lines = err.split("\n")
        if len(lines) != 2 or lines[1] != "" or not lines[0]:
            problems.append("stderr is not exactly one line: %r" % err)
        want = prefix + ": " + (key + ": " if key else "")
        if not err.startswith(want):
            problems.append("stderr should start with %r: %r" % (want, err))
        self.check(name, problems)
        return err


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--vm", required=True)
    opts = ap.parse_args()
    vm = os.path.abspath(opts.vm)

    with tempfile.TemporaryDirectory(prefix="lockvm_cli_") as tmp:
        r = Runner(vm, tmp)
        prog = os.path.join(tmp, "prog.py")
        with open(prog, "w", encoding="utf-8") as f:
            f.write(PROGRAM)

        # --version, strategies.
        rc, out, err = r.run(["--version"])
        r.check("version", [] if rc == 0 and out.startswith("lockvm ") and not err else
                ["rc=%d out=%r err=%r" % (rc, out, err)])
        rc, out, err = r.run(["strategies"])
        problems = [] if rc == 0 and not err else ["rc=%d err=%r" % (rc, err)]
        for needle in ["gil ", "nosync ", "gil.switch_interval_us = 5000", 'gil.mode = "interval"',
                       "gil.check_ticks = 100", "(no knobs)", "biased ", "refcount.immortal = true",
                       "object header: 8 bytes", "object header: 16 bytes", "object header: 24 bytes"]:
            if needle not in out:
                problems.append("strategies output lacks %r" % needle)
        r.check("strategies", problems, out)

        # Every preset checks, and its resolved form reads back the same.
        presets = sorted(f for f in os.listdir(CONFIGS) if f.endswith(".toml"))
        for needed in ["default.toml", "gil.toml", "gil-1ms.toml", "gil-ticks.toml", "nosync.toml"]:
            r.check("preset_exists_" + needed, [] if needed in presets else ["configs/%s missing" % needed])
        for preset in presets:
            path = os.path.join(CONFIGS, preset)
            rc, out, err = r.run(["check-config", path])
            problems = [] if rc == 0 and not err else ["rc=%d err=%r" % (rc, err)]
            if rc == 0:
                back = r.write("resolved_" + preset[:-5], out)
                rc2, out2, err2 = r.run(["check-config", back])
                body = lambda s: s.split("\n", 1)[1] if "\n" in s else s
                if rc2 != 0 or body(out2) != body(out):
                    problems.append("resolved config does not read back the same: rc=%d err=%r" % (rc2, err2))
            r.check("check_config_" + preset, problems, out)
            rc, out, err = r.run(["run", "--config", path, prog, "x"])
            r.check("run_config_" + preset, [] if (rc, out, err) == (0, "ok ['x']\n", "") else
                    ["rc=%d out=%r err=%r" % (rc, out, err)])

        rc, out, err = r.run(["check-config", os.path.join(CONFIGS, "gil-1ms.toml")])
        r.check("gil_1ms_value", [] if "switch_interval_us = 1000\n" in out else ["got %r" % out])
        rc, out, err = r.run(["check-config", os.path.join(CONFIGS, "gil-ticks.toml")])
        r.check("gil_ticks_value", [] if 'mode = "ticks"\n' in out and "\ncheck_ticks = " in out else
                ["got %r" % out])
        rc, out, err = r.run(["check-config", os.path.join(CONFIGS, "default.toml"),
                              "--set", "gil.switch_interval_us=250", "--set", "gil.mode=ticks",
                              "--set", "gil.check_ticks=9"])
        r.check("check_config_set", [] if rc == 0 and "switch_interval_us = 250\n" in out and
                'mode = "ticks"\n' in out and "check_ticks = 9\n" in out else ["rc=%d out=%r err=%r" % (rc, out, err)])

        # Runs that must work.
        good_runs = [
            ("run_default", [prog, "a"]),
            ("run_strategy_gil", ["--strategy", "gil", prog, "a"]),
            ("run_strategy_nosync", ["--strategy=nosync", prog, "a"]),
            ("run_set", ["--set", "gil.switch_interval_us=1000", prog, "a"]),
            ("run_set_equals_form", ["--set=gil.mode=ticks", "--set", "gil.check_ticks=3", prog, "a"]),
            ("run_set_strategy", ["--set", "strategy=nosync", prog, "a"]),
            ("run_ignored_gil_table", ["--strategy", "nosync", "--set", "gil.switch_interval_us=10", prog, "a"]),
            ("run_stats", ["--stats", prog, "a"]),
            ("run_stats_json", ["--stats=json", prog, "a"]),
            ("run_program_args_not_options", [prog, "a"]),
        ]
        for name, args in good_runs:
            rc, out, err = r.run(["run"] + args)
            r.check(name, [] if rc == 0 and out == "ok ['a']\n" else ["rc=%d out=%r err=%r" % (rc, out, err)])
        rc, out, err = r.run(["run", prog, "--strategy", "x"])
        r.check("run_options_after_program_are_args",
                [] if rc == 0 and out == "ok ['--strategy', 'x']\n" else ["rc=%d out=%r err=%r" % (rc, out, err)])

        # Bad config files: status 2, one line naming FILE:LINE: KEY.
        for name, text, extra, line, key in BAD_CONFIGS:
            path = r.write(name, text)
            prefix = "%s:%d" % (path, line)
            r.expect_one_line_error("check_config_" + name, ["check-config", path] + extra, prefix, key)
            r.expect_one_line_error("run_" + name, ["run", "--config", path] + extra + [prog], prefix, key)
        # The file named as given on the command line (relative here).
        r.write("relative", 'strategy = "gil"\n[gil]\nmode = 3\n')
        r.expect_one_line_error("relative_path", ["check-config", "relative.toml"], "relative.toml:3", "gil.mode")

        for name, text, line in MALFORMED:
            path = r.write(name, text)
            err = r.expect_one_line_error("malformed_" + name, ["check-config", path],
                                          "%s:%d" % (path, line), "")
            r.check("malformed_says_so_" + name, [] if ": malformed TOML: " in err else ["got %r" % err])

        missing = os.path.join(tmp, "no_such.toml")
        r.expect_one_line_error("missing_file", ["check-config", missing], missing, "")
        r.expect_one_line_error("missing_file_run", ["run", "--config", missing, prog], missing, "")
        r.expect_one_line_error("directory_as_config", ["check-config", tmp], tmp, "")

        # Bad --set: status 2, one line naming --set and the key.
        for name, sets, key in BAD_SETS:
            args = []
            for s in sets:
                args += ["--set", s]
            r.expect_one_line_error(name, ["run"] + args + [prog], "--set", key)
            r.expect_one_line_error(name + "_check_config",
                                    ["check-config", os.path.join(CONFIGS, "gil.toml")] + args, "--set", key)
        r.expect_one_line_error("set_no_equals", ["run", "--set", "gil.mode", prog], "--set", "")
        r.expect_one_line_error("unknown_strategy_flag", ["run", "--strategy", "fast", prog], "--strategy", "")

        # Usage errors: status 2, one line.
        usage = [
            ("usage_unknown_option", ["run", "--bogus", prog]),
            ("usage_strategy_and_config", ["run", "--strategy", "gil", "--config",
                                           os.path.join(CONFIGS, "gil.toml"), prog]),
            ("usage_no_program", ["run", "--strategy", "gil"]),
            ("usage_stats_format", ["run", "--stats=xml", prog]),
            ("usage_set_without_value", ["run", "--set"]),
            ("usage_check_config_no_file", ["check-config"]),
            ("usage_check_config_two_files", ["check-config", "a.toml", "b.toml"]),
            ("usage_unknown_command", ["frobnicate"]),
        ]
        for name, args in usage:
            r.expect_one_line_error(name, args, "lockvm", "")

        # --stats=json: one JSON object on stderr with the counters; the
        # program's own output is untouched.
        threaded = r.write("stats_prog.py", "import threading\n"
                           "t = threading.Thread(target=sum, args=([1, 2],))\n"
                           "t.start()\nt.join()\nprint('ok')\n")
        code, out, err = r.run(["run", "--stats=json", threaded])
        problems = []
        if code != 0 or out != "ok\n":
            problems.append("status %d, stdout %r" % (code, out))
        try:
            stats = json.loads(err.strip().splitlines()[-1])
            if stats.get("strategy") != "gil":
                problems.append("strategy %r" % stats.get("strategy"))
            for key in ("objects_allocated", "objects_freed", "objects_live_at_exit", "gil_acquisitions"):
                if not isinstance(stats.get(key), int):
                    problems.append("missing counter " + key)
            if stats.get("objects_allocated", 0) <= 0 or stats.get("gil_acquisitions", 0) < 2:
                problems.append("counters not counted: %r" % stats)
        except (ValueError, IndexError) as e:
            problems.append("stderr is not JSON: %s" % e)
        r.check("stats_json", problems, err)
        code, out, err = r.run(["run", "--stats", threaded])
        r.check("stats_table", [] if code == 0 and "gil_acquisitions" in err and "objects_allocated" in err
                else ["status %d" % code], err)

        # per-object: atomic refcount operations and object-lock counters,
        # and no GIL counters.
        code, out, err = r.run(["run", "--strategy", "per-object", "--stats=json", threaded])
        problems = []
        if code != 0 or out != "ok\n":
            problems.append("status %d, stdout %r" % (code, out))
        try:
            stats = json.loads(err.strip().splitlines()[-1])
            if stats.get("strategy") != "per-object":
                problems.append("strategy %r" % stats.get("strategy"))
            for key in ("refcount_atomic_ops", "object_lock_acquisitions", "object_lock_contended"):
                if not isinstance(stats.get(key), int):
                    problems.append("missing counter " + key)
            if stats.get("refcount_atomic_ops", 0) <= 0 or stats.get("object_lock_acquisitions", 0) <= 0:
                problems.append("counters not counted: %r" % stats)
            if "gil_acquisitions" in stats:
                problems.append("GIL counters under per-object")
        except (ValueError, IndexError) as e:
            problems.append("stderr is not JSON: %s" % e)
        r.check("stats_json_per_object", problems, err)

        # biased: owner and shared refcount paths, skips of immortal and
        # deferred objects; the [refcount] knobs switch the skips off.
        def biased_stats(extra):
            code, out, err = r.run(["run", "--strategy", "biased", "--stats=json"] + extra + [threaded])
            if code != 0 or out != "ok\n":
                return None, ["status %d, stdout %r" % (code, out)], err
            try:
                return json.loads(err.strip().splitlines()[-1]), [], err
            except (ValueError, IndexError) as e:
                return None, ["stderr is not JSON: %s" % e], err
        stats, problems, err = biased_stats([])
        if stats is not None:
            for key in ("refcount_owner_ops", "refcount_shared_ops", "refcount_immortal_skips",
                        "refcount_deferred_skips", "brc_queued", "brc_queue_merges", "deferred_objects",
                        "object_lock_acquisitions", "lock_free_global_reads"):
                if not isinstance(stats.get(key), int):
                    problems.append("missing counter " + key)
            for key in ("refcount_owner_ops", "refcount_immortal_skips", "refcount_deferred_skips",
                        "deferred_objects"):
                if stats.get(key, 0) <= 0:
                    problems.append("%s not counted: %r" % (key, stats))
            if "gil_acquisitions" in stats or "refcount_atomic_ops" in stats:
                problems.append("other strategies' counters under biased")
        r.check("stats_json_biased", problems, err)
        stats, problems, err = biased_stats(["--set", "refcount.immortal=false", "--set", "refcount.deferred=false"])
        if stats is not None:
            for key in ("refcount_immortal_skips", "refcount_deferred_skips", "deferred_objects"):
                if stats.get(key) != 0:
                    problems.append("%s is %r with the knob off" % (key, stats.get(key)))
        r.check("stats_json_biased_knobs_off", problems, err)

        # lock-free: two threads append to one list; the appends go by CAS
        # (cas_writes), not under the list's lock (lock_fallbacks stays well
        # below the 10000 appends; before list CAS it was over 10000).
        appends = r.write("stats_appends.py", "import threading\n"
                          "shared = []\n"
                          "def work(k):\n"
                          "    i = 0\n"
                          "    while i < 5000:\n"
                          "        shared.append(k)\n"
                          "        i += 1\n"
                          "ts = [threading.Thread(target=work, args=(k,)) for k in range(2)]\n"
                          "for t in ts:\n    t.start()\n"
                          "for t in ts:\n    t.join()\n"
                          "print(len(shared), shared.count(0), shared.count(1))\n")
        code, out, err = r.run(["run", "--strategy", "lock-free", "--stats=json", appends])
        problems = []
        if code != 0 or out != "10000 5000 5000\n":
            problems.append("status %d, stdout %r" % (code, out))
        try:
            stats = json.loads(err.strip().splitlines()[-1])
            for key in ("cas_writes", "cas_retries", "lock_fallbacks"):
                if not isinstance(stats.get(key), int):
                    problems.append("missing counter " + key)
            if stats.get("cas_writes", 0) < 9000 or stats.get("lock_fallbacks", 10**9) >= 5000:
                problems.append("appends not by CAS: %r" % {k: stats.get(k) for k in ("cas_writes", "lock_fallbacks")})
        except (ValueError, IndexError) as e:
            problems.append("stderr is not JSON: %s" % e)
        r.check("stats_json_lock_free_list_cas", problems, err)

        # `key in d` under optimistic reads: a lock-free probe (counted as an
        # optimistic read), not a lookup under the dict's lock; a key whose
        # equality is Python code still takes the lock.
        member = r.write("stats_member.py", "d = {'k%d' % i: i for i in range(50)}\n"
                         "class K:\n    def __hash__(self):\n        return 1\n"
                         "    def __eq__(self, o):\n        return False\n"
                         "def main():\n    hits = 0\n    for i in range(20000):\n"
                         "        if ('k%d' % (i % 100)) in d:\n            hits += 1\n"
                         "        if ('k%d' % (i % 50)) in d.keys():\n            hits += 1\n"
                         "    print(hits, K() in d)\nmain()\n")
        for strategy, reads, locks in (("biased", "optimistic_reads", "object_lock_acquisitions"),
                                       ("lock-free", "lock_free_reads", "lock_fallbacks")):
            code, out, err = r.run(["run", "--strategy", strategy, "--stats=json", member])
            problems = []
            if code != 0 or out != "30000 False\n":
                problems.append("status %d, stdout %r" % (code, out))
            try:
                stats = json.loads(err.strip().splitlines()[-1])
                if stats.get(reads, 0) < 40000 or stats.get(locks, 10**9) > 5000:
                    problems.append("membership under the lock: %r" % {k: stats.get(k) for k in (reads, locks)})
            except (ValueError, IndexError) as e:
                problems.append("stderr is not JSON: %s" % e)
            r.check("stats_dict_membership_lock_free_" + strategy, problems, err)

        # Memory cost: the header size of each strategy, and the peak of live
        # objects (a program that holds 20000 objects at once, then drops them).
        peak_prog = r.write("stats_peak.py", "big = [(i,) for i in range(20000)]\nbig = None\nprint('ok')\n")
        for strategy, header in (("gil", 8), ("per-object", 16), ("biased", 24), ("nosync", 8)):
            code, out, err = r.run(["run", "--strategy", strategy, "--stats=json", peak_prog])
            problems = []
            try:
                stats = json.loads(err.strip().splitlines()[-1])
                if stats.get("object_header_bytes") != header:
                    problems.append("object_header_bytes %r, expected %d" % (stats.get("object_header_bytes"), header))
                peak, live = stats.get("objects_live_peak", -1), stats.get("objects_live_at_exit", -1)
                if not (peak >= live + 20000 - 64):
                    problems.append("objects_live_peak %r with %r live at exit" % (peak, live))
            except (ValueError, IndexError) as e:
                problems.append("stderr is not JSON: %s" % e)
            if code != 0 or out != "ok\n":
                problems.append("status %d, stdout %r" % (code, out))
            r.check("stats_memory_" + strategy, problems, err)

        # Counters of joined threads are in the report: two threads each
        # append 5000 items to a list of their own (one object lock each).
        workers = r.write("stats_workers.py", "import threading\n"
                          "def work():\n    l = []\n    for i in range(5000):\n        l.append(i)\n"
                          "ts = [threading.Thread(target=work) for _ in range(2)]\n"
                          "for t in ts: t.start()\nfor t in ts: t.join()\nprint('ok')\n")
        code, out, err = r.run(["run", "--strategy", "per-object", "--stats=json", workers])
        problems = []
        try:
            stats = json.loads(err.strip().splitlines()[-1])
            if code != 0 or stats.get("object_lock_acquisitions", 0) < 10000:
                problems.append("status %d, object_lock_acquisitions %r" % (code, stats.get("object_lock_acquisitions")))
        except (ValueError, IndexError) as e:
            problems.append("stderr is not JSON: %s" % e)
        r.check("stats_joined_threads", problems, err)

    print("%d passed, %d failed" % (r.passed, r.failed))
    return 1 if r.failed else 0


if __name__ == "__main__":
    sys.exit(main())
