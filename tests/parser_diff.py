#!/usr/bin/env python3
"""
tests/parser_diff.py - compares jumpgate's parser with CPython's, file by file.

For every .py file given (directories are searched recursively), the tree
jumpgate builds, printed by jg_ast_dump, must equal CPython 3.11's
ast.dump(ast.parse(source)); with --attributes the positions are compared too
(include_attributes=True).  When CPython rejects a file, jumpgate must reject
it with the same last line ("SyntaxError: ...") on the same line number (and,
with --offsets, the same column).  A file jumpgate refuses as outside the
subset ("... not supported by jumpgate") while CPython accepts it counts as
refused, not as a failure.

The jumpgate side is the unit-test binary of the parser in dump mode:
    test_vm_parser --dump [--attributes] FILE...
which prints one line per file: the dump, or "error: <msg> | line L col C".

Usage: parser_diff.py --parser BUILD/tests/test_vm_parser [--python PY]
                      [--attributes] [--offsets] [-v] PATH...
Exit status 0 iff no file differs.
"""

import argparse
import os
import subprocess
import sys

PY_HELPER = r'''
import ast, sys
attrs = sys.argv[1] == "1"
for path in sys.argv[2:]:
    with open(path, "rb") as f:
        data = f.read()
    try:
        tree = ast.parse(data, path)
        print(ast.dump(tree, include_attributes=attrs))
    except SyntaxError as e:
        print("error: %s: %s | line %s col %s" % (type(e).__name__, e.msg, e.lineno, e.offset))
    except (RecursionError, MemoryError) as e:
        print("error: %s: %s | line 0 col 0" % (type(e).__name__, e))
    except ValueError as e:
        print("error: ValueError: %s | line 0 col 0" % e)
'''

BATCH = 200


def find_files(paths):
    out = []
    for p in paths:
        if os.path.isdir(p):
            for dirpath, dirnames, filenames in os.walk(p):
                dirnames.sort()
                for name in sorted(filenames):
                    if name.endswith(".py"):
                        out.append(os.path.join(dirpath, name))
        else:
            out.append(p)
    return out


def run_lines(cmd, n):
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    lines = proc.stdout.decode("utf-8", "replace").split("\n")
    if len(lines) < n:
        raise RuntimeError("%s printed %d lines for %d files (exit %d): %s" % (
            cmd[0], len(lines), n, proc.returncode, proc.stderr.decode()[-500:]))
    return lines[:n]


def parse_error(line):
    """'error: MSG | line L col C' -> (MSG, L, C)."""
    body = line[len("error: "):]
    msg, _, where = body.rpartition(" | ")
    parts = where.split()
    return msg, parts[1], parts[3]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--parser", required=True)
    ap.add_argument("--python", default="/usr/bin/python3")
    ap.add_argument("--attributes", action="store_true")
    ap.add_argument("--offsets", action="store_true")
    ap.add_argument("-v", action="store_true")
    ap.add_argument("paths", nargs="+")
    args = ap.parse_args()

    files = find_files(args.paths)
    ok = refused = failed = 0
    for i in range(0, len(files), BATCH):
        chunk = files[i:i + BATCH]
        theirs = run_lines([args.python, "-c", PY_HELPER, "1" if args.attributes else "0"] + chunk,
                           len(chunk))
        ours_cmd = [args.parser, "--dump"] + (["--attributes"] if args.attributes else []) + chunk
        ours = run_lines(ours_cmd, len(chunk))
        for path, t, o in zip(chunk, theirs, ours):
            if t == o:
                ok += 1
                continue
            if o.startswith("error: ") and "not supported by jumpgate" in o and \
                    not t.startswith("error: "):
                refused += 1
                if args.v:
                    print("REFUSED %s: %s" % (path, o))
                continue
            if t.startswith("error: ") and o.startswith("error: "):
                tm, tl, tc = parse_error(t)
                om, ol, oc = parse_error(o)
                if tm == om and tl == ol and (tc == oc or not args.offsets):
                    ok += 1
                    continue
            failed += 1
            print("DIFF %s" % path)
            print("  cpython:  %s" % t[:2000])
            print("  jumpgate: %s" % o[:2000])
            if not t.startswith("error") and not o.startswith("error"):
                k = 0
                while k < min(len(t), len(o)) and t[k] == o[k]:
                    k += 1
                print("  first difference at %d: ...%s | ...%s" % (k, t[max(0, k - 80):k + 80],
                                                                   o[max(0, k - 80):k + 80]))
    print("%d same, %d refused, %d different" % (ok, refused, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
