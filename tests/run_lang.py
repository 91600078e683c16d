#!/usr/bin/env python3
"""
tests/run_lang.py - the differential language test runner: runs every program of the
corpus under CPython and under jumpgate and reports where they differ.

CPython 3.11 is the oracle (LANGUAGE.md): a test passes when jumpgate's stdout is
byte-for-byte CPython's, the exit statuses are equal and the last lines of stderr are
equal (both empty counts as equal).  Only the last stderr line is compared because the
rest of a traceback carries CPython's caret markers, which are not part of the contract.

Headers (first line of a test file):
  # expect-error: <text>   run under jumpgate only; passes when it exits with status 1
                           and the last stderr line is <text> (a trailing
                           " (<file>:<line>)", as in LANGUAGE.md's refusals, is accepted)
  # compare-stderr: traceback
                           also compare the whole of stderr, minus CPython's caret lines
                           (lines of only spaces, '^' and '~') and with the paths in
                           'File "..."' lines cut to base names; for the tracebacks area
  # skip: <reason>         not run; counted as skipped

Files named _*.py and files under a directory named _helpers are helper modules the tests
import, not tests.  DIR/known_failures.txt lists tests (paths relative to DIR, '#'
comments) that are expected to fail for now: they count as xfail, and an unexpected pass
is reported as XPASS.  Exit status 0 iff no test failed.

Usage: run_lang.py --jumpgate BIN --python PY [-v] [-j N] [--timeout S] [--update-known]
                   DIR [FILTER...]
A FILTER keeps the tests whose relative path contains it.
"""

import argparse
import concurrent.futures
import difflib
import os
import re
import shutil
import signal
import subprocess
import sys

TIMEOUT_S = 60
KNOWN_NAME = "known_failures.txt"
EXPECT_ERROR = "# expect-error:"
COMPARE_STDERR = "# compare-stderr:"
SKIP = "# skip:"
DIFF_LINES = 20
# CPython 3.11 underlines the failing expression in tracebacks; jumpgate need not.
CARET_LINE = re.compile(r"^[ \t]*[\^~]+[ \t]*$")
# CPython names the files of a traceback by absolute path; compare their base names only.
FILE_LINE = re.compile(r'^(\s*File ")([^"]*)(".*)$')


def find_tests(root):
    """Returns the sorted relative paths of the test programs under root."""
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d != "_helpers" and d != "__pycache__"]
        for name in filenames:
            if name.endswith(".py") and not name.startswith("_"):
                rel = os.path.relpath(os.path.join(dirpath, name), root)
                found.append(rel.replace(os.sep, "/"))
    return sorted(found)


def read_known(root):
    """Returns the set of relative paths listed in known_failures.txt (None if absent)."""
    path = os.path.join(root, KNOWN_NAME)
    if not os.path.exists(path):
        return None
    known = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                known.add(line)
    return known


def write_known(root, failing, ran, old_known):
    """Rewrites known_failures.txt: the failing tests, plus listed tests that exist but did
    not run (because of a filter)."""
    keep = (set(old_known or ()) - set(ran)) & set(find_tests(root))
    entries = sorted(keep | set(failing))
    path = os.path.join(root, KNOWN_NAME)
    with open(path, "w", encoding="utf-8") as f:
        f.write("# Tests expected to fail for now (paths relative to this directory).\n")
        f.write("# Regenerate with: run_lang.py ... --update-known\n")
        for e in entries:
            f.write(e + "\n")
    return entries


def read_header(path):
    """Returns (kind, text) from the test's first line: kind is 'expect-error',
    'compare-stderr', 'skip' or None."""
    with open(path, "rb") as f:
        first = f.readline().decode("utf-8", "replace").rstrip("\r\n")
    for prefix, kind in ((EXPECT_ERROR, "expect-error"), (COMPARE_STDERR, "compare-stderr"),
                         (SKIP, "skip")):
        if first.startswith(prefix):
            return kind, first[len(prefix):].strip()
    return None, ""


class Run:
    """The observable result of running one program once."""

    def __init__(self, status, stdout, stderr, note=""):
        self.status = status  # exit status; negative = killed by that signal; None = timeout
        self.stdout = stdout  # bytes
        self.stderr = stderr  # bytes
        self.note = note      # why it did not run normally, if it did not

    def last_err_line(self):
        lines = [l for l in self.stderr.decode("utf-8", "replace").splitlines() if l.strip()]
        return lines[-1].rstrip() if lines else ""

    def describe_status(self):
        if self.note:
            return self.note
        if self.status < 0:
            try:
                return "killed by %s" % signal.Signals(-self.status).name
            except ValueError:
                return "killed by signal %d" % -self.status
        return "exit %d" % self.status


def run_program(argv, cwd, timeout):
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # no __pycache__ beside helper modules
    env["PYTHONIOENCODING"] = "utf-8"
    try:
        p = subprocess.run(argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired as e:
        return Run(None, e.stdout or b"", e.stderr or b"", "timed out after %g s" % timeout)
    except OSError as e:
        return Run(None, b"", b"", "could not start %s: %s" % (argv[0], e.strerror))
    return Run(p.returncode, p.stdout, p.stderr)


def short_diff(expected, actual, name_a, name_b):
    a = expected.decode("utf-8", "replace").splitlines(keepends=True)
    b = actual.decode("utf-8", "replace").splitlines(keepends=True)
    lines = [l.rstrip("\n") for l in difflib.unified_diff(a, b, name_a, name_b, n=2)]
    if len(lines) > DIFF_LINES:
        lines = lines[:DIFF_LINES] + ["... (%d more diff lines)" % (len(lines) - DIFF_LINES)]
    return lines


def normalize_traceback(stderr):
    """The stderr text without caret lines and with File "..." paths cut to base names."""
    out = []
    for line in stderr.decode("utf-8", "replace").splitlines(keepends=True):
        if CARET_LINE.match(line):
            continue
        m = FILE_LINE.match(line)
        if m:
            line = m.group(1) + os.path.basename(m.group(2)) + m.group(3) + "\n"
        out.append(line)
    return "".join(out)


def matches_expected_error(line, expected, filename):
    if line == expected:
        return True
    # The refusal form of LANGUAGE.md names the place: "... by jumpgate (game.py:12)".
    suffix = re.match(r"^(.*) \(([^():]+):(\d+)\)$", line)
    return bool(suffix and suffix.group(1) == expected
                and os.path.basename(suffix.group(2)) == filename)


def check(test, args):
    """Runs one test; returns (rel, outcome, detail lines) with outcome in
    'pass', 'fail', 'skip'."""
    path = os.path.join(args.dir, test)
    cwd, name = os.path.split(os.path.abspath(path))
    kind, text = read_header(path)
    if kind == "skip":
        return test, "skip", [text]
    jg = run_program([args.jumpgate, "run", name], cwd, args.timeout)

    if kind == "expect-error":
        got = jg.last_err_line()
        if jg.status == 1 and matches_expected_error(got, text, name):
            return test, "pass", []
        return test, "fail", ["expected exit 1 and last stderr line: %s" % text,
                              "got %s and last stderr line: %s" % (jg.describe_status(), got)]

    py = run_program([args.python, name], cwd, args.timeout)
    if py.note or py.status is None:
        return test, "fail", ["CPython did not run it: %s" % py.describe_status()]
    problems = []
    if jg.note:
        problems.append("jumpgate %s" % jg.note)
    elif jg.status != py.status:
        problems.append("exit status: CPython %s, jumpgate %s"
                        % (py.describe_status(), jg.describe_status()))
    if jg.last_err_line() != py.last_err_line():
        problems.append("last stderr line: CPython %r, jumpgate %r"
                        % (py.last_err_line(), jg.last_err_line()))
    if jg.stdout != py.stdout:
        problems.append("stdout differs:")
        problems += short_diff(py.stdout, jg.stdout, "cpython", "jumpgate")
    if kind == "compare-stderr" and text == "traceback":
        want, got = normalize_traceback(py.stderr), normalize_traceback(jg.stderr)
        if want != got:
            problems.append("stderr (traceback) differs:")
            problems += short_diff(want.encode(), got.encode(), "cpython", "jumpgate")
    return test, ("fail" if problems else "pass"), problems


def main():
    ap = argparse.ArgumentParser(description="Differential language tests: CPython vs jumpgate.")
    ap.add_argument("--jumpgate", required=True, help="the jumpgate binary")
    ap.add_argument("--python", required=True, help="CPython 3.11, the oracle")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every test's result")
    ap.add_argument("-j", "--jobs", type=int, default=2, help="tests run in parallel (2)")
    ap.add_argument("--timeout", type=float, default=TIMEOUT_S,
                    help="seconds each program may run (%d)" % TIMEOUT_S)
    ap.add_argument("--update-known", action="store_true",
                    help="rewrite DIR/known_failures.txt to the currently failing set")
    ap.add_argument("dir", help="the corpus directory (tests/lang)")
    ap.add_argument("filters", nargs="*", help="run only tests whose path contains one of these")
    args = ap.parse_args()
    for what, prog in (("jumpgate", args.jumpgate), ("python", args.python)):
        if shutil.which(prog) is None:
            print("run_lang.py: %s binary not found or not executable: %s" % (what, prog),
                  file=sys.stderr)
            return 2
    if not os.path.isdir(args.dir):
        print("run_lang.py: no such directory: %s" % args.dir, file=sys.stderr)
        return 2
    args.jumpgate = os.path.abspath(args.jumpgate) if os.sep in args.jumpgate else args.jumpgate
    args.python = os.path.abspath(args.python) if os.sep in args.python else args.python

    tests = find_tests(args.dir)
    if args.filters:
        tests = [t for t in tests if any(f in t for f in args.filters)]
    known = read_known(args.dir)
    known_set = known or set()
    for k in sorted(known_set - set(find_tests(args.dir))):
        print("note: %s lists %s, which is not a test" % (KNOWN_NAME, k), file=sys.stderr)

    n_pass = n_fail = n_xfail = n_skip = 0
    failing = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for test, outcome, detail in pool.map(lambda t: check(t, args), tests):
            if outcome == "skip":
                n_skip += 1
                if args.verbose:
                    print("SKIP  %s: %s" % (test, detail[0]))
                continue
            if outcome == "pass":
                n_pass += 1
                if test in known_set:
                    print("XPASS %s (remove from %s)" % (test, KNOWN_NAME))
                elif args.verbose:
                    print("PASS  %s" % test)
                continue
            failing.append(test)
            if test in known_set:
                n_xfail += 1
                if args.verbose:
                    print("XFAIL %s: %s" % (test, detail[0] if detail else ""))
                continue
            n_fail += 1
            print("FAIL  %s: %s" % (test, detail[0] if detail else ""))
            for line in detail[1:]:
                print("    " + line)
            sys.stdout.flush()

    if args.update_known:
        entries = write_known(args.dir, failing, tests, known)
        print("%s now lists %d tests" % (KNOWN_NAME, len(entries)), file=sys.stderr)

    summary = "%d passed, %d failed" % (n_pass, n_fail)
    if known is not None or n_xfail:
        summary += ", %d xfail" % n_xfail
    if n_skip:
        summary += ", %d skipped" % n_skip
    print(summary)
    return 0 if n_fail == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
