#!/usr/bin/env python3
"""
tests/traceback_diff.py - compares jumpgate's tracebacks with CPython's, whole.

Every program under the given directories (tests/traceback/ in the ctest
wiring) ends with an uncaught exception.  Both interpreters run it by the same
absolute path, symlinks resolved (CPython resolves them for the directory it
imports helper modules from), so the 'File "..."' lines name the same files,
and the test passes when stdout, the exit status and the WHOLE of stderr are
equal byte for byte: the source lines, the caret lines ('    ^^^^' and '    ~~^~~'
under the failing expression), the "[Previous line repeated N more times]"
lines and the chaining messages included.  (tests/run_lang.py compares only
the last line of stderr; this is the test of everything above it.)

Files named _*.py are helpers, not programs.  A program whose first line is
"# skip: <reason>" is not run.

Usage: traceback_diff.py --jumpgate BIN [--python PY] [-v] [-j N] [--filter TEXT] PATH...
Exit status 0 iff no program differs.
"""

import argparse
import concurrent.futures
import difflib
import os
import subprocess
import sys

TIMEOUT_S = 60
DIFF_LINES = 40


def find_programs(paths):
    out = []
    for p in paths:
        if os.path.isdir(p):
            for dirpath, dirnames, filenames in os.walk(p):
                dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
                for name in sorted(filenames):
                    if name.endswith(".py") and not name.startswith("_"):
                        out.append(os.path.realpath(os.path.join(dirpath, name)))
        else:
            out.append(os.path.realpath(p))
    return out


def skip_reason(path):
    with open(path, "rb") as f:
        first = f.readline().decode("utf-8", "replace").rstrip("\r\n")
    return first[len("# skip:"):].strip() if first.startswith("# skip:") else None


def run(argv, cwd):
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    try:
        p = subprocess.run(argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return None, b"", b"(timed out)"
    return p.returncode, p.stdout, p.stderr


def diff(expected, actual, what):
    a = expected.decode("utf-8", "replace").splitlines(keepends=True)
    b = actual.decode("utf-8", "replace").splitlines(keepends=True)
    lines = [l.rstrip("\n") for l in difflib.unified_diff(a, b, "cpython " + what,
                                                          "jumpgate " + what, n=3)]
    if len(lines) > DIFF_LINES:
        lines = lines[:DIFF_LINES] + ["... (%d more diff lines)" % (len(lines) - DIFF_LINES)]
    return lines


def check(path, args):
    """Returns (path, outcome, detail lines); outcome is 'pass', 'fail' or 'skip'."""
    reason = skip_reason(path)
    if reason is not None:
        return path, "skip", [reason]
    cwd = os.path.dirname(path)
    py_status, py_out, py_err = run([args.python, path], cwd)
    jg_status, jg_out, jg_err = run([args.jumpgate, "run", path], cwd)
    problems = []
    if py_status != jg_status:
        problems.append("exit status: CPython %s, jumpgate %s" % (py_status, jg_status))
    if py_out != jg_out:
        problems += diff(py_out, jg_out, "stdout")
    if py_err != jg_err:
        problems += diff(py_err, jg_err, "stderr")
    return path, ("fail" if problems else "pass"), problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jumpgate", required=True)
    ap.add_argument("--python", default="/usr/bin/python3")
    ap.add_argument("-v", action="store_true", help="name every program")
    ap.add_argument("-j", type=int, default=2, help="programs run at once")
    ap.add_argument("--filter", default="", help="run only paths containing this text")
    ap.add_argument("paths", nargs="+")
    args = ap.parse_args()
    args.jumpgate = os.path.abspath(args.jumpgate)

    programs = [p for p in find_programs(args.paths) if args.filter in p]
    counts = {"pass": 0, "fail": 0, "skip": 0}
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.j)) as pool:
        for path, outcome, detail in pool.map(lambda p: check(p, args), programs):
            counts[outcome] += 1
            if outcome == "fail" or args.v:
                print("%s %s" % (outcome.upper(), os.path.relpath(path)))
            if outcome == "fail":
                for line in detail:
                    print("    " + line)
    print("traceback_diff: %d passed, %d failed, %d skipped" %
          (counts["pass"], counts["fail"], counts["skip"]))
    return 1 if counts["fail"] or not programs else 0


if __name__ == "__main__":
    sys.exit(main())
