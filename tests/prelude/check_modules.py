#!/usr/bin/env python3
"""
tests/prelude/check_modules.py - the Python prelude (vm/lib/*.py) against CPython 3.11.

Loads each prelude module from its file under CPython, with only the builtins
and imports jumpgate offers (a prelude module that reaches for anything else
fails here), checks the source against the language subset, then runs every
case twice, once with the prelude modules and once with CPython's own, and
compares the outcomes: the repr of the result, or the exception's type and
message.  Ends with the line coverage of vm/lib.

    python3 tests/prelude/check_modules.py [-v] [-k SUBSTRING]

Exit status 0 when every case agrees and the source passes the subset check.
"""

import ast
import builtins
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.normpath(os.path.join(HERE, '..', '..', 'vm', 'lib'))
sys.path.insert(0, HERE)

# The prelude modules under test here (vm/lib also holds VM-internal modules,
# such as _builtins, that are not CPython stdlib modules).
PRELUDE = ['collections', 'functools', 'heapq', 'itertools', 'json', 'random', 'string']
# Modules jumpgate provides natively that the prelude may import.
NATIVE = {'sys', 'math', '_random', 'time'}

# The builtins of the language subset (shared/LANGUAGE.md) plus what class
# bodies, decorators and exceptions need.
ALLOWED_BUILTINS = set('''
abs all any bin bool callable chr dict dir divmod enumerate filter float format
frozenset getattr globals hasattr hash hex id int isinstance issubclass iter len list
map max min next object oct ord pow print range repr reversed round set setattr slice
sorted str sum super tuple type zip
bytes property staticmethod classmethod NotImplemented Ellipsis None True False
__build_class__ __name__ __debug__
BaseException Exception ArithmeticError ZeroDivisionError OverflowError LookupError
KeyError IndexError ValueError TypeError AttributeError NameError UnboundLocalError
RuntimeError RecursionError NotImplementedError StopIteration AssertionError
MemoryError KeyboardInterrupt SystemExit
'''.split())


################################################################################
### Loading the prelude the way jumpgate sees it
################################################################################

_loaded = {}


def _prelude_import(name, globals=None, locals=None, fromlist=(), level=0):
    if level != 0:
        raise ImportError('relative import in the prelude: %r' % name)
    if name in PRELUDE:
        return load(name)
    if name in NATIVE:
        return builtins.__import__(name, globals, locals, fromlist, level)
    raise ImportError('the prelude imports %r, which jumpgate does not have' % name)


def _restricted_builtins():
    b = {name: getattr(builtins, name) for name in ALLOWED_BUILTINS if hasattr(builtins, name)}
    b['__import__'] = _prelude_import
    return b


def load(name):
    """The prelude module 'name', loaded once under the name jg_<name>."""
    if name in _loaded:
        return _loaded[name]
    path = os.path.join(LIB, name + '.py')
    spec = importlib.util.spec_from_file_location('jg_' + name, path)
    module = importlib.util.module_from_spec(spec)
    module.__dict__['__builtins__'] = _restricted_builtins()
    _loaded[name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del _loaded[name]
        raise
    return module


################################################################################
### The language-subset check
################################################################################

ALLOWED_DECORATORS = {'property', 'staticmethod', 'classmethod'}
# Dunder attributes that are object internals rather than protocol methods
# (calling a protocol method such as super().__setitem__ is ordinary Python).
FORBIDDEN_DUNDERS = {
    '__dict__', '__module__', '__qualname__', '__slots__', '__mro__', '__bases__',
    '__base__', '__subclasses__', '__code__', '__defaults__', '__kwdefaults__',
    '__globals__', '__closure__', '__self__', '__func__', '__wrapped__',
    '__annotations__', '__weakref__', '__getattribute__', '__get__', '__set__',
    '__init_subclass__', '__class_getitem__', '__builtins__', '__spec__',
}
FORBIDDEN_DEFS = {'__get__', '__set__', '__delete__', '__init_subclass__',
                  '__class_getitem__', '__getattribute__', '__set_name__',
                  '__prepare__', '__instancecheck__', '__subclasscheck__'}
FORBIDDEN_CALLS = {'exec', 'eval', 'compile', 'open', 'input', 'vars', 'delattr',
                   'bytearray', 'memoryview', 'breakpoint', '__import__'}


def lint(path):
    """Problems with the source at 'path' for jumpgate's subset, as strings."""
    tree = ast.parse(open(path, encoding='utf-8').read(), path)
    name = os.path.basename(path)
    problems = []

    def bad(node, what):
        problems.append('%s:%d: %s' % (name, node.lineno, what))

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name not in PRELUDE and alias.name not in NATIVE:
                    bad(node, 'imports %s' % alias.name)
        elif isinstance(node, ast.ImportFrom):
            if node.level or (node.module not in PRELUDE and node.module not in NATIVE):
                bad(node, 'imports from %s' % node.module)
        elif isinstance(node, ast.ClassDef):
            if len(node.bases) > 1:
                bad(node, 'class %s has several bases' % node.name)
            if node.keywords:
                bad(node, 'class %s has keywords (metaclass)' % node.name)
            for dec in node.decorator_list:
                bad(dec, 'class decorator')
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            if isinstance(node, ast.AsyncFunctionDef):
                bad(node, 'async def')
            if node.args.posonlyargs:
                bad(node, 'positional-only parameters')
            if not isinstance(node, ast.Lambda):
                if node.name in FORBIDDEN_DEFS:
                    bad(node, 'defines %s' % node.name)
                for dec in node.decorator_list:
                    if not (isinstance(dec, ast.Name) and dec.id in ALLOWED_DECORATORS):
                        bad(dec, 'decorator %s' % ast.unparse(dec))
        elif isinstance(node, ast.Attribute):
            attr = node.attr
            if attr in FORBIDDEN_DUNDERS:
                bad(node, 'uses attribute %s' % attr)
        elif isinstance(node, ast.Name):
            if node.id in FORBIDDEN_CALLS:
                bad(node, 'uses %s' % node.id)
            if node.id == '__slots__' and isinstance(node.ctx, ast.Store):
                bad(node, 'assigns __slots__')
        elif isinstance(node, (ast.Match, ast.Await, ast.AsyncFor, ast.AsyncWith)):
            bad(node, 'outside the subset: %s' % type(node).__name__)
        elif isinstance(node, ast.FormattedValue):
            pass
        elif isinstance(node, ast.JoinedStr):
            # f'{x=}' compiles to a Constant ending in '=' before the value.
            pass
    return problems


################################################################################
### Cases
################################################################################

class Modules:
    """The seven modules under test, from one side (prelude or CPython)."""

    def __init__(self, side):
        names = ['collections', 'heapq', 'itertools', 'functools', 'string', 'json', 'random']
        for n in names:
            setattr(self, n, load(n) if side == 'jg' else importlib.import_module(n))
        self.side = side


CASES = []       # (module area, label, function of a Modules)


def case(area, label, fn):
    CASES.append((area, label, fn))


def outcome(fn, mods):
    try:
        value = fn(mods)
    except Exception as e:    # the exception is part of the behaviour compared
        return ('raises', type(e).__name__, str(e))
    try:
        return ('returns', repr(value))
    except Exception as e:
        return ('repr raises', type(e).__name__, str(e))


def run_cases(verbose, only):
    jg = Modules('jg')
    py = Modules('py')
    failures = []
    counts = {}
    for area, label, fn in CASES:
        if only and only not in area + ': ' + label:
            continue
        got = outcome(fn, jg)
        want = outcome(fn, py)
        counts[area] = counts.get(area, 0) + 1
        if got != want:
            failures.append((area, label, got, want))
            print('MISMATCH %s: %s\n    jumpgate: %r\n    CPython:  %r' % (area, label, got, want))
        elif verbose:
            print('ok %s: %s -> %s' % (area, label, want[1] if len(want) == 2 else want))
    return counts, failures


################################################################################
### Line coverage of vm/lib
################################################################################

_hits = {}


def _tracer(frame, event, arg):
    filename = frame.f_code.co_filename
    if not filename.startswith(LIB):
        return None
    lines = _hits.setdefault(filename, set())

    def local(frame, event, arg):
        if event == 'line':
            lines.add(frame.f_lineno)
        return local
    lines.add(frame.f_lineno)
    return local


def _executable_lines(path):
    code = compile(open(path, encoding='utf-8').read(), path, 'exec')
    lines = set()
    todo = [code]
    while todo:
        c = todo.pop()
        for start, end, line in c.co_lines():
            if line is not None:
                lines.add(line)
        for const in c.co_consts:
            if hasattr(const, 'co_lines'):
                todo.append(const)
    # Docstrings and the def lines of nested code count as executed by the
    # enclosing code; drop lines that are only a docstring expression.
    tree = ast.parse(open(path, encoding='utf-8').read())
    for node in ast.walk(tree):
        body = getattr(node, 'body', None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr) \
                and isinstance(body[0].value, ast.Constant) \
                and isinstance(body[0].value.value, str):
            for ln in range(body[0].lineno, body[0].end_lineno + 1):
                lines.discard(ln)
    return lines


def coverage_report():
    rows = []
    total_hit = total_all = 0
    for name in PRELUDE:
        path = os.path.join(LIB, name + '.py')
        lines = _executable_lines(path)
        hit = _hits.get(path, set()) & lines
        rows.append((name, len(hit), len(lines), sorted(lines - hit)))
        total_hit += len(hit)
        total_all += len(lines)
    print('\nline coverage of vm/lib (CPython tracer):')
    for name, hit, allr, missed in rows:
        pct = 100.0 * hit / allr if allr else 100.0
        print('  %-12s %4d/%4d  %5.1f%%  missed: %s' % (
            name + '.py', hit, allr, pct, _ranges(missed) or '-'))
    print('  %-12s %4d/%4d  %5.1f%%' % ('total', total_hit, total_all,
                                        100.0 * total_hit / total_all))


def _ranges(nums):
    out = []
    for n in nums:
        if out and out[-1][1] == n - 1:
            out[-1][1] = n
        else:
            out.append([n, n])
    return ','.join('%d' % a if a == b else '%d-%d' % (a, b) for a, b in out)


################################################################################
### Main
################################################################################

def main():
    verbose = '-v' in sys.argv
    only = None
    if '-k' in sys.argv:
        only = sys.argv[sys.argv.index('-k') + 1]

    problems = []
    for name in PRELUDE:
        problems += lint(os.path.join(LIB, name + '.py'))
    for p in problems:
        print('SUBSET', p)

    sys.settrace(_tracer)
    import cases_collections, cases_heapq, cases_itertools, cases_functools  # noqa: F401
    import cases_string, cases_json, cases_random  # noqa: F401
    for module in (cases_collections, cases_heapq, cases_itertools, cases_functools,
                   cases_string, cases_json, cases_random):
        module.register(case)
    counts, failures = run_cases(verbose, only)
    sys.settrace(None)

    print('\ncases per module:')
    for area in sorted(counts):
        print('  %-12s %5d' % (area, counts[area]))
    print('  %-12s %5d' % ('total', sum(counts.values())))
    if not only:
        coverage_report()
    print('\n%d mismatches, %d subset problems' % (len(failures), len(problems)))
    return 1 if failures or problems else 0


if __name__ == '__main__':
    sys.exit(main())
