#!/usr/bin/env python3
"""Runs the tests/stackless/ corpus: each NAME.py under build/jumpgate must exit 0
with nothing on stderr and print exactly NAME.out.  CPython has no stackless
module, so the expected outputs are written by hand from Stackless' documented
semantics and the scheduling order vm/tasklet.c documents.

Usage: run_stackless.py --jumpgate BIN [DIR]
"""
import argparse
import difflib
import os
import subprocess
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jumpgate", required=True)
    ap.add_argument("dir", nargs="?", default=os.path.join(os.path.dirname(__file__), "stackless"))
    ap.add_argument("--timeout", type=float, default=60)
    args = ap.parse_args()
    jumpgate = os.path.abspath(args.jumpgate)
    failed = 0
    names = sorted(n for n in os.listdir(args.dir) if n.endswith(".py"))
    for name in names:
        path = os.path.join(args.dir, name)
        with open(path[:-3] + ".out") as f:
            expected = f.read()
        try:
            p = subprocess.run([jumpgate, "run", name], cwd=args.dir, capture_output=True,
                               text=True, timeout=args.timeout)
        except subprocess.TimeoutExpired:
            print("FAIL  %s: timed out" % name)
            failed += 1
            continue
        problems = []
        if p.returncode != 0:
            problems.append("exit status %d" % p.returncode)
        if p.stderr:
            problems.append("stderr: " + p.stderr[-500:])
        if p.stdout != expected:
            diff = difflib.unified_diff(expected.splitlines(), p.stdout.splitlines(),
                                        "expected", "jumpgate", lineterm="")
            problems.append("stdout differs:\n    " + "\n    ".join(diff))
        if problems:
            failed += 1
            print("FAIL  %s: %s" % (name, "; ".join(problems)))
    print("%d passed, %d failed" % (len(names) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
