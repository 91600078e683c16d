#!/usr/bin/env python3
"""Side-by-side benchmark of jumpgate against CPython 3.11 and Lua 5.4.

Runs every program of ../shared/bench/programs (or --programs DIR) under
build/jumpgate, /usr/bin/python3 (Debian's PGO/LTO build: the fair baseline) and
lua5.4 (for the programs with a Lua version), alternating the implementations
run by run, and prints per program the median wall time, the median CPU time
(user + system) and the peak RSS of each, the ratios to CPython, and the
geometric means.  CPU time is the steadier figure on a shared machine.

Peak RSS is measured by /usr/bin/time (Debian package 'time'): Linux carries a
process's high-water RSS across execve, so a child forked from this script
would report at least this script's own RSS.  A run whose last line is not the
expected checksum counts as a failure: a fast wrong answer does not count.

This is a measurement, never a test: the machine is shared and noisy, so only
the ratios measured in one run mean anything.
"""
import argparse
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


TIME = "/usr/bin/time"


def run_once(cmd, cwd):
    """Runs cmd; returns (wall s, CPU s, peak RSS KiB, last stdout line, status)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        timed = [TIME, "-q", "-f", "%U %S %M", "-o", tf.name] + cmd
        start = time.perf_counter()
        proc = subprocess.run(timed, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        elapsed = time.perf_counter() - start
        fields = tf.read().split()
    user, system, peak = float(fields[-3]), float(fields[-2]), int(fields[-1])
    lines = proc.stdout.decode(errors="replace").strip().splitlines()
    last = lines[-1] if lines else ""
    if proc.returncode != 0:
        last = "exit %d: %s" % (proc.returncode, proc.stderr.decode(errors="replace")[-300:])
    return elapsed, user + system, peak, last, proc.returncode


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jumpgate", default=os.path.join(ROOT, "build", "jumpgate"))
    ap.add_argument("--python", default="/usr/bin/python3")
    ap.add_argument("--lua", default=shutil.which("lua5.4") or "")
    ap.add_argument("--programs", default=os.path.join(ROOT, "..", "shared", "bench", "programs"))
    ap.add_argument("-n", "--runs", type=int, default=5)
    ap.add_argument("only", nargs="*", help="program names to run (default: all)")
    args = ap.parse_args()
    if not os.access(TIME, os.X_OK):
        sys.exit("run.py: %s is needed for peak memory (apt-get install time)" % TIME)

    progdir = os.path.abspath(args.programs)
    expected = {}
    with open(os.path.join(progdir, "expected_checksums.txt")) as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            name, rest = line.split(" ", 1)
            expected[name] = rest.strip()
    names = [n for n in expected if not args.only or n in args.only]

    rows = []
    for name in names:
        py = os.path.join(progdir, name + ".py")
        lua = os.path.join(progdir, "lua", name + ".lua")
        impls = [("jumpgate", [args.jumpgate, "run", py]), ("cpython", [args.python, py])]
        if args.lua and os.path.exists(lua):
            impls.append(("lua", [args.lua, lua]))
        times = {k: [] for k, _ in impls}
        cpus = {k: [] for k, _ in impls}
        rss = {k: [] for k, _ in impls}
        bad = {}
        for i in range(args.runs):
            order = impls if i % 2 == 0 else list(reversed(impls))
            for key, cmd in order:
                t, c, m, last, rc = run_once(cmd, progdir)
                if last != expected[name]:
                    bad[key] = last
                times[key].append(t)
                cpus[key].append(c)
                rss[key].append(m)
        med = {k: statistics.median(v) for k, v in times.items()}
        cpu = {k: statistics.median(v) for k, v in cpus.items()}
        mem = {k: max(v) for k, v in rss.items()}
        rows.append((name, med, cpu, mem, bad))
        print("%-14s jumpgate %7.3fs %7.1fMB | cpython %7.3fs %7.1fMB | ratio %5.2f cpu %5.2f%s%s" % (
            name, med["jumpgate"], mem["jumpgate"] / 1024, med["cpython"],
            mem["cpython"] / 1024, med["jumpgate"] / med["cpython"],
            cpu["jumpgate"] / cpu["cpython"],
            (" | lua %7.3fs ratio %5.2f" % (med["lua"], med["jumpgate"] / med["lua"]))
            if "lua" in med else "",
            ("  WRONG: %s" % bad) if bad else ""), flush=True)

    print()
    print("| program | jumpgate s | CPython s | Lua s | jumpgate/CPython | CPU ratio "
          "| jumpgate MB | CPython MB |")
    print("|---|---|---|---|---|---|---|---|")
    logs, cpu_logs = [], []
    for name, med, cpu, mem, bad in rows:
        r = med["jumpgate"] / med["cpython"]
        rc = cpu["jumpgate"] / cpu["cpython"]
        logs.append(math.log(r))
        cpu_logs.append(math.log(rc))
        print("| %s | %.3f | %.3f | %s | %.2f%s | %.2f | %.1f | %.1f |" % (
            name, med["jumpgate"], med["cpython"],
            "%.3f" % med["lua"] if "lua" in med else "-", r, " (wrong)" if bad else "", rc,
            mem["jumpgate"] / 1024, mem["cpython"] / 1024))
    if logs:
        print("\ngeometric mean jumpgate/CPython: wall %.3f, CPU %.3f" % (
            math.exp(sum(logs) / len(logs)), math.exp(sum(cpu_logs) / len(cpu_logs))))
    return 1 if any(row[-1] for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
