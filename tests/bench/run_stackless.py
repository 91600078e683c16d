#!/usr/bin/env python3
"""Side-by-side benchmark of jumpgate's tasklets (module `stackless`) against
Go goroutines, Lua 5.4 coroutines and CPython 3.11 generators.

This is a measurement, never a test: the machine is shared and noisy, so only
the ratios measured in one run mean anything.  Every figure is the median over
-n runs, the implementations alternating run by run (the order reverses on
every other run).  The programs are in tests/bench/stackless/ and the Go and
Lua anchors in ../shared/bench/peers/; every program prints a checksum that
this runner verifies, so a fast wrong answer does not count (it is shown as
WRONG, and the runner exits 1).

The figures:

1. ping-pong - ns per channel round trip between two tasklets (the main
   tasklet sends n on one channel, an echo tasklet sends n + 1 back on
   another), timed inside the program so start-up is excluded.  Beside it:
   Go's unbuffered channel ping-pong between two goroutines (peers/pingpong.go)
   with the default GOMAXPROCS and with GOMAXPROCS=1, a Lua 5.4 coroutine
   resume/yield pair (peers/coro.lua; CPU time) and a CPython generator
   send() round trip.
   Bar: jumpgate's round trip is faster than Go's (default GOMAXPROCS) in the
   same run.

2. memory - bytes per idle tasklet: the peak RSS (from /usr/bin/time, as
   run.py measures it) of a program holding N = 1,000,000 tasklets blocked in
   channel.receive() on one channel, minus the peak RSS of the same program at
   N = 0, divided by N.  It includes everything a blocked tasklet costs the
   process (tasklet object, frames, stack chunk, allocator and collector
   slack).  Beside it, the same for 1,000,000 goroutines blocked on a channel
   (peers/goroutines.go) and 1,000,000 Lua coroutines suspended in yield().
   Bar: at most 500 bytes each, and the 1,000,000 run must complete.

3. spawn - tasklets created and run to completion per second, in batches of
   1,000 (create 1,000, then stackless.run()), so creation, first switch,
   finish and reclamation all count.  Beside it: goroutines joined per batch
   with a sync.WaitGroup, Lua coroutines created and resumed to their end, and
   CPython generators created and exhausted.  No bar.

4. pickle - µs for pickle.dumps + pickle.loads of a tasklet suspended ten
   Python calls deep, each frame holding game-logic locals (two small dicts, a
   list, three strings, two floats), the innermost blocked on
   channel.receive(); the restored copy is then run to its end and its result
   checked.  Each run reports the median over batches of about 20 ms of its
   per-call time, on both sides (stackless/timing.py), so a burst of another
   tenant's load spoils some batches rather than the run's figure.  Shown as
   "-" with the error text while the VM cannot pickle tasklets.  Beside it, as references: CPython's pickle round trip of the same
   locals data (not a tasklet), and jumpgate's pickle of that data.
   Bar: the tasklet round trip under 10 µs.

Ratios are jumpgate / peer: below 1 is better for times and bytes, above 1 is
better for rates.  Peers missing on this machine (no `go`, no `lua5.4`) are
shown as "-".  Go programs are built into a temporary directory, with
GOCACHE and GOPATH under /tmp.

Usage: run_stackless.py [--jumpgate BIN] [-n RUNS] [--quick] [FIGURE ...]
(FIGURE: pingpong memory spawn pickle; default all).  --quick is a smoke
run: one run, small sizes and short loops; its figures are not meaningful.
"""
import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PROGS = os.path.join(HERE, "stackless")
PEERS = os.path.join(ROOT, "..", "shared", "bench", "peers")
TIME = "/usr/bin/time"

PINGPONG_BAR = "faster than Go's round trip (default GOMAXPROCS) in the same run"
MEMORY_BAR_BYTES = 500
PICKLE_BAR_US = 10.0
ALL_FIGURES = ["pingpong", "memory", "spawn", "pickle"]


class Result:
    """One process run: its key=value output, peak RSS (KiB) and any failure."""

    def __init__(self, values, peak_kib, error):
        self.values = values
        self.peak_kib = peak_kib
        self.error = error


def parse_values(text):
    """Every key=value token of the program's output, as strings; a line
    'NAME_error=TEXT' keeps all of TEXT (an error message has spaces)."""
    values = {}
    for line in text.splitlines():
        head = line.split("=", 1)[0]
        if head.endswith("_error") and " " not in head:
            values[head] = line.split("=", 1)[1]
            continue
        for tok in line.split():
            if "=" in tok:
                k, v = tok.split("=", 1)
                values[k] = v
    return values


def run_once(cmd, env_extra=None, cwd=PROGS, timeout=180):
    """Runs cmd under /usr/bin/time; returns a Result (error set on a nonzero
    exit or a timeout).  The whole process group is killed on a timeout."""
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")   # no __pycache__ in stackless/
    env.update(env_extra or {})
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        timed = [TIME, "-q", "-f", "%e %U %S %M", "-o", tf.name] + cmd
        proc = subprocess.Popen(timed, cwd=cwd, env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, start_new_session=True)
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            return Result({}, 0, "timed out after %ds" % timeout)
        fields = tf.read().split()
    peak = int(fields[-1]) if fields and fields[-1].isdigit() else 0
    text = out.decode(errors="replace")
    values = parse_values(text)
    if proc.returncode != 0:
        msg = err.decode(errors="replace").strip().splitlines()
        how = "exit %d" % proc.returncode
        if proc.returncode > 128:    # /usr/bin/time exits 128 + N for a child killed by signal N
            try:
                how += " (%s)" % signal.Signals(proc.returncode - 128).name
            except ValueError:
                pass
        return Result(values, peak, "%s: %s" % (how, msg[-1] if msg else text.strip()[-200:]))
    return Result(values, peak, None)


def need_int(values, *keys):
    """The integer values of keys, or raises KeyError/ValueError."""
    return [int(values[k]) for k in keys]


def check_triangle(values, count_key, plus_one):
    """checksum == sum(i + plus_one for i in range(count))."""
    d, s = need_int(values, count_key, "checksum")
    want = d * (d - 1) // 2 + plus_one * d
    if d <= 0 or s != want:
        return "checksum %d for %s=%d, expected %d" % (s, count_key, d, want)
    return None


class Impl:
    """One implementation of one figure: how to run it, read its figure and
    check its answer.  'check' returns an error text or None."""

    def __init__(self, label, cmd, key, check, env=None, available=True, why=""):
        self.label, self.cmd, self.key, self.check = label, cmd, key, check
        self.env, self.available, self.why = env, available, why
        self.samples, self.errors, self.notes = [], [], {}

    def record(self, res):
        if res.error:
            self.errors.append(res.error)
            return
        try:
            bad = self.check(res.values)
            figure = float(res.values[self.key])
        except (KeyError, ValueError) as e:
            bad = "missing or bad output (%s): %s" % (e, res.values)
            figure = None
        if bad:
            self.errors.append("WRONG: " + bad)
        else:
            self.samples.append(figure)
            if "gomaxprocs" in res.values:
                self.notes["gomaxprocs"] = res.values["gomaxprocs"]

    def median(self):
        return statistics.median(self.samples) if self.samples and not self.errors else None


def is_wrong(impls):
    """True when a peer gave a wrong answer or jumpgate (impls[0]) failed."""
    return bool(impls[0].errors) or any(e.startswith("WRONG") for im in impls
                                         for e in im.errors)


def fmt_num(v, unit):
    if v is None:
        return "-"
    if unit == "/s":
        return "{:,.0f}".format(v)
    if unit == "B":
        return "{:,.0f}".format(v)
    return "%.3f" % v if v < 10 else "%.1f" % v


def print_table(title, unit, impls):
    """Prints one figure as a Markdown table, jumpgate first."""
    jg = impls[0].median()
    print()
    print("### %s" % title)
    print()
    print("| implementation | median %s | min .. max | jumpgate / this |" % unit)
    print("|---|---|---|---|")
    for im in impls:
        med = im.median()
        if not im.available:
            print("| %s | - | %s | - |" % (im.label, im.why))
            continue
        if med is None:
            why = im.errors[0] if im.errors else "no result"
            print("| %s | - | %s | - |" % (im.label, why.replace("|", "/")[:160]))
            continue
        spread = "%s .. %s" % (fmt_num(min(im.samples), unit), fmt_num(max(im.samples), unit))
        ratio = "%.2f" % (jg / med) if jg is not None and med else "-"
        print("| %s | %s | %s | %s |" % (im.label, fmt_num(med, unit), spread, ratio))
    sys.stdout.flush()


def run_alternating(impls, runs, progress):
    """Runs every available impl 'runs' times, reversing the order on odd runs."""
    live = [im for im in impls if im.available]
    for i in range(runs):
        order = live if i % 2 == 0 else list(reversed(live))
        for im in order:
            res = run_once(im.cmd, im.env)
            im.record(res)
            progress(im, res)


def build_go(go, srcs, outdir):
    """Builds each Go source to outdir; returns {name: binary path or None}."""
    env = dict(os.environ, GOCACHE="/tmp/jg-bench-gocache", GOPATH="/tmp/jg-bench-gopath",
               GO111MODULE="off")
    bins = {}
    for src in srcs:
        name = os.path.splitext(os.path.basename(src))[0]
        out = os.path.join(outdir, name)
        p = subprocess.run([go, "build", "-o", out, src], env=env, cwd=outdir,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        if p.returncode != 0:
            print("go build %s failed: %s" % (src, p.stdout.decode(errors="replace")[-300:]))
            bins[name] = None
        else:
            bins[name] = out
    return bins


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jumpgate", default=os.path.join(ROOT, "build", "jumpgate"))
    ap.add_argument("--python", default="/usr/bin/python3")
    ap.add_argument("--lua", default=shutil.which("lua5.4") or "")
    ap.add_argument("--go", default=shutil.which("go") or "")
    ap.add_argument("--peers", default=PEERS, help="directory of pingpong.go, goroutines.go, coro.lua")
    ap.add_argument("-n", "--runs", type=int, default=5)
    ap.add_argument("--mem-n", type=int, default=1000000, help="tasklets for the memory figure")
    ap.add_argument("--quick", action="store_true", help="smoke run: 1 run, small sizes")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every run's figure")
    ap.add_argument("figures", nargs="*", help="pingpong, memory, spawn, pickle (default: all)")
    args = ap.parse_args()
    for f in args.figures:
        if f not in ALL_FIGURES:
            ap.error("unknown figure %r (choose from %s)" % (f, ", ".join(ALL_FIGURES)))
    if not os.access(TIME, os.X_OK):
        sys.exit("run_stackless.py: %s is needed for peak memory (apt-get install time)" % TIME)
    jg = os.path.abspath(args.jumpgate)
    if not os.access(jg, os.X_OK):
        sys.exit("run_stackless.py: no jumpgate binary at %s (use --jumpgate)" % jg)
    figures = args.figures or ALL_FIGURES
    runs = 1 if args.quick else args.runs
    mem_n = min(args.mem_n, 100000) if args.quick else args.mem_n
    loop_n, loop_s = (200000, 0.2) if args.quick else (2000000, 0.5)
    spawn_n = 100000 if args.quick else 1000000
    pickle_n, pickle_s = (2000, 0.2) if args.quick else (400000, 1.0)
    peers = os.path.abspath(args.peers)
    py, lua = args.python, args.lua

    def progress(im, res):
        if args.verbose:
            print("  %-24s %s" % (im.label, res.error or " ".join(
                "%s=%s" % kv for kv in sorted(res.values.items()))), flush=True)

    start_all = time.time()
    gobins = {}
    tmp = tempfile.mkdtemp(prefix="jg-bench-go-")
    try:
        if args.go:
            gobins = build_go(args.go, [os.path.join(peers, "pingpong.go"),
                                        os.path.join(peers, "goroutines.go"),
                                        os.path.join(PROGS, "spawn.go")], tmp)
        no_go = "go not found" if not args.go else "go build failed"
        no_lua = "lua5.4 not found"

        def go_impl(label, name, argv, key, check, env=None):
            b = gobins.get(name)
            return Impl(label, [b or "go"] + argv, key, check, env=env,
                        available=bool(b), why=no_go)

        def lua_impl(label, argv, key, check):
            return Impl(label, [lua or "lua5.4"] + argv, key, check, available=bool(lua),
                        why=no_lua)

        print("jumpgate: %s; %d run(s) per figure%s" % (jg, runs, " (--quick)" if args.quick else ""))
        wrong = False
        summary = []

        if "pingpong" in figures:
            loop = [str(loop_n), str(loop_s)]
            impls = [
                Impl("jumpgate tasklets", [jg, "run", "pingpong.py"] + loop, "rtt_ns",
                     lambda v: check_triangle(v, "round_trips", 1)
                     or (None if v.get("runcount") == "1" else "runcount %s" % v.get("runcount"))),
                go_impl("Go goroutines (default GOMAXPROCS)", "pingpong",
                        ["-n", str(loop_n), "-max-seconds", str(loop_s)], "go_chan_rtt_ns",
                        lambda v: check_triangle(v, "round_trips", 0)),
                go_impl("Go goroutines (GOMAXPROCS=1)", "pingpong",
                        ["-n", str(loop_n), "-max-seconds", str(loop_s)], "go_chan_rtt_ns",
                        lambda v: check_triangle(v, "round_trips", 0), env={"GOMAXPROCS": "1"}),
                lua_impl("Lua 5.4 resume/yield pair", [os.path.join(peers, "coro.lua"),
                                                       str(loop_n // 2), "1", str(loop_s)],
                         "lua_resume_yield_pair_ns", lambda v: check_triangle(v, "pairs", 1)),
                Impl("CPython 3.11 generator send()", [py, "gen_send.py"] + loop, "rtt_ns",
                     lambda v: check_triangle(v, "round_trips", 1)),
            ]
            run_alternating(impls, runs, progress)
            if "gomaxprocs" in impls[1].notes:
                impls[1].label = "Go goroutines (default GOMAXPROCS=%s)" % impls[1].notes["gomaxprocs"]
            print_table("1. Channel ping-pong: ns per round trip (lower is better)", "ns", impls)
            jgm, gom, go1 = impls[0].median(), impls[1].median(), impls[2].median()
            if jgm is None or gom is None:
                verdict = "unknown (%s)" % ("no jumpgate figure" if jgm is None else "no Go figure")
            else:
                verdict = "%s (jumpgate %.1f ns vs Go %.1f ns)" % (
                    "MET" if jgm < gom else "NOT MET", jgm, gom)
            if jgm is not None and go1 is not None:
                verdict += "; vs Go GOMAXPROCS=1 %.1f ns: %s" % (go1, "faster" if jgm < go1
                                                                  else "slower")
            summary.append("ping-pong bar (%s): %s" % (PINGPONG_BAR, verdict))
            wrong |= is_wrong(impls)

        if "memory" in figures:
            impls = [
                ("jumpgate tasklets (blocked on receive)",
                 lambda n: [jg, "run", "idle.py", str(n)], True, None,
                 lambda v, n: None if (int(v["blocked"]) == n and
                                       int(v["checksum"]) == n * (n - 1) // 2 + 3 * n)
                 else "blocked=%s checksum=%s" % (v.get("blocked"), v.get("checksum"))),
                ("Go goroutines (blocked on a channel)",
                 lambda n: [gobins.get("goroutines") or "go", "-n", str(n)],
                 bool(gobins.get("goroutines")), no_go,
                 lambda v, n: None if int(v["spawned"]) == n and int(v["num_goroutine"]) == n + 1
                 else "spawned=%s num_goroutine=%s" % (v.get("spawned"), v.get("num_goroutine"))),
                ("Lua 5.4 coroutines (suspended in yield)",
                 lambda n: [lua or "lua5.4", "idle.lua", str(n)], bool(lua), no_lua,
                 lambda v, n: None if (int(v["blocked"]) == n and
                                       int(v["checksum"]) == n * (n - 1) // 2 + 3 * n)
                 else "blocked=%s checksum=%s" % (v.get("blocked"), v.get("checksum"))),
            ]
            rows = [Impl(label, None, None, None, available=avail, why=why)
                    for label, _, avail, why, _ in impls]
            live = [i for i, r in enumerate(rows) if r.available]
            peaks = {i: [] for i in live}
            for run in range(runs):
                order = live if run % 2 == 0 else list(reversed(live))
                for i in order:
                    label, cmd, _, _, check = impls[i]
                    big = run_once(cmd(mem_n), timeout=300)
                    base = run_once(cmd(0))
                    bad = big.error or base.error
                    if not bad:
                        try:
                            bad = check(big.values, mem_n) or check(base.values, 0)
                        except (KeyError, ValueError) as e:
                            bad = "missing or bad output (%s)" % e
                        if bad:
                            bad = "WRONG: " + bad
                    if bad:
                        rows[i].errors.append(("N=%d: " % mem_n) + bad)
                    else:
                        rows[i].samples.append((big.peak_kib - base.peak_kib) * 1024.0 / mem_n)
                        peaks[i].append((big.peak_kib, base.peak_kib))
                    if args.verbose:
                        print("  %-40s %s" % (label, bad or "peak %d KiB - %d KiB" % (
                            big.peak_kib, base.peak_kib)), flush=True)
            print_table("2. Memory per idle tasklet: bytes each, peak RSS at N=%s minus N=0, / N "
                        "(lower is better)" % "{:,}".format(mem_n), "B", rows)
            for i in live:
                if peaks[i]:
                    big = statistics.median(p[0] for p in peaks[i])
                    base = statistics.median(p[1] for p in peaks[i])
                    print("  %s: peak RSS %.1f MiB at N=%s, %.1f MiB at N=0" % (
                        rows[i].label, big / 1024, "{:,}".format(mem_n), base / 1024))
            m = rows[0].median()
            if m is None:
                verdict = "NOT MET (%s)" % (rows[0].errors[0] if rows[0].errors else "no result")
            else:
                verdict = "%s (%.0f B each; %s tasklets fit%s)" % (
                    "MET" if m <= MEMORY_BAR_BYTES and mem_n >= 1000000 else "NOT MET", m,
                    "{:,}".format(mem_n), "" if mem_n >= 1000000 else ", fewer than the bar's "
                    "1,000,000")
            summary.append("memory bar (at most %d B per idle tasklet, 1,000,000 fit): %s" % (
                MEMORY_BAR_BYTES, verdict))
            wrong |= is_wrong(rows)

        if "spawn" in figures:
            sp = [str(spawn_n), str(loop_s)]
            impls = [
                Impl("jumpgate tasklets", [jg, "run", "spawn.py"] + sp, "spawn_per_s",
                     lambda v: check_triangle(v, "spawned", 1)
                     or (None if v.get("runcount") == "1" else "runcount %s" % v.get("runcount"))),
                go_impl("Go goroutines + WaitGroup", "spawn",
                        ["-n", str(spawn_n), "-max-seconds", str(loop_s)], "spawn_per_s",
                        lambda v: check_triangle(v, "spawned", 1)),
                lua_impl("Lua 5.4 coroutines", ["spawn.lua"] + sp, "spawn_per_s",
                         lambda v: check_triangle(v, "spawned", 1)),
                Impl("CPython 3.11 generators", [py, "gen_spawn.py"] + sp, "spawn_per_s",
                     lambda v: check_triangle(v, "spawned", 1)),
            ]
            run_alternating(impls, runs, progress)
            print_table("3. Spawn rate: created and run to completion per second "
                        "(higher is better)", "/s", impls)
            wrong |= is_wrong(impls)

        if "pickle" in figures:
            pk = [str(pickle_n), str(pickle_s)]

            def pickle_check(v):
                return None if v.get("checksum") == "ok" else "original=%s restored=%s" % (
                    v.get("original"), v.get("restored"))

            jt = Impl("jumpgate tasklet, 10 frames deep", [jg, "run", "pickle_tasklet.py"] + pk,
                      "tasklet_rt_us", pickle_check)
            jd = Impl("jumpgate, locals data only", None, "data_rt_us", pickle_check)
            cd = Impl("CPython 3.11, locals data only", [py, "pickle_ref.py"] + pk, "data_rt_us",
                      pickle_check)
            tasklet_error = None
            for run in range(runs):
                order = [jt, cd] if run % 2 == 0 else [cd, jt]
                for im in order:
                    res = run_once(im.cmd, timeout=120)
                    if im is cd:
                        cd.record(res)
                    else:
                        jd.record(res)
                        if not res.error and "tasklet_error" in res.values:
                            tasklet_error = res.values.get("tasklet_error")
                            bad = pickle_check(res.values)
                            if bad:
                                jt.errors.append("WRONG: " + bad)
                        else:
                            jt.record(res)
                    progress(im, res)
            if tasklet_error is not None and not jt.samples:
                jt.errors = ["pickling failed: " + tasklet_error] + jt.errors
            # The ratio column is the tasklet round trip over each row; the
            # data-only rows are compared with each other on the line below.
            print_table("4. Pickling: µs per pickle.dumps + pickle.loads round trip "
                        "(lower is better)", "µs", [jt, jd, cd])
            if jd.median() is not None and cd.median() is not None:
                print("  locals data only, jumpgate / CPython: %.2f" % (jd.median() / cd.median()))
            m = jt.median()
            if m is None:
                verdict = "NOT MET (no figure: %s)" % (jt.errors[0] if jt.errors else "no result")
            else:
                verdict = "%s (%.2f µs)" % ("MET" if m < PICKLE_BAR_US else "NOT MET", m)
            summary.append("pickle bar (tasklet round trip under %g µs): %s" % (
                PICKLE_BAR_US, verdict))
            # A tasklet that cannot be pickled yet is a missing figure, not a failure.
            wrong |= is_wrong([jd, jt, cd])

        print()
        print("### Bars")
        print()
        for line in summary:
            print("- " + line)
        print("\n(%.0f s in all)" % (time.time() - start_all))
        return 1 if wrong else 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
