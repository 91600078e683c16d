#!/usr/bin/env python3
"""
tests/prelude/run_programs.py - the programs in tests/prelude/programs, run under
CPython twice: once as they are, and once with the seven prelude modules of
vm/lib standing in for CPython's (loaded as tests/prelude/check_modules.py
loads them).  Their stdout, exit status and last stderr line must agree.

The same programs are jumpgate's end-to-end check of the prelude: they follow
tests/lang's conventions, so

    python3 tests/run_lang.py --jumpgate BIN --python python3 tests/prelude/programs

runs them against jumpgate.

    python3 tests/prelude/run_programs.py [-v] [FILTER...]
"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, 'programs')


def child(path):
    # Runs 'path' as __main__ with the prelude modules in sys.modules.
    sys.path.insert(0, HERE)
    import check_modules
    for name in check_modules.PRELUDE:
        sys.modules[name] = check_modules.load(name)
    sys.path[0] = os.path.dirname(path)
    with open(path, encoding='utf-8') as f:
        code = compile(f.read(), path, 'exec')
    exec(code, {'__name__': '__main__', '__file__': path, '__builtins__': __builtins__})


def run(args, cwd):
    env = dict(os.environ, PYTHONHASHSEED='0')
    p = subprocess.run(args, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                       capture_output=True, text=True, timeout=120)
    lines = [ln for ln in p.stderr.splitlines() if ln.strip()]
    return p.stdout, p.returncode, lines[-1] if lines else ''


def main():
    if len(sys.argv) == 3 and sys.argv[1] == '--child':
        child(sys.argv[2])
        return 0
    verbose = '-v' in sys.argv
    filters = [a for a in sys.argv[1:] if a != '-v']
    tests = []
    for dirpath, dirnames, filenames in os.walk(PROGRAMS):
        for name in filenames:
            if name.endswith('.py'):
                rel = os.path.relpath(os.path.join(dirpath, name), PROGRAMS)
                if not filters or any(f in rel for f in filters):
                    tests.append(rel)
    failed = 0
    for rel in sorted(tests):
        path = os.path.join(PROGRAMS, rel)
        cwd = os.path.dirname(path)
        want = run([sys.executable, path], cwd)
        got = run([sys.executable, os.path.abspath(__file__), '--child', path], cwd)
        if got != want:
            failed += 1
            print('FAIL', rel)
            for i, (label, a, b) in enumerate(zip(('stdout', 'status', 'stderr'), want, got)):
                if a != b:
                    print('  %s differs:\n    CPython: %r\n    prelude: %r' % (label, a, b))
        elif verbose:
            print('PASS', rel)
    print('%d passed, %d failed' % (len(tests) - failed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
