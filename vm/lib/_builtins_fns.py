# vm/lib/_builtins_fns.py - the Python halves of the built-in functions.
#
# vm/builtins.c does each built-in in C until it meets behaviour written in
# Python (a user __len__, __lt__, __iter__, a key=lambda, a file object with a
# Python write method).  It then tail-calls the function here with its own
# original arguments, and this redoes the whole job at Python level, where
# calling Python code is an ordinary call.  Built-ins that had already taken
# items from an iterator the caller holds pass that iterator instead, with the
# item they had in hand (`pending`) and their partial result, and the function
# resumes exactly where C stopped.  The names and argument orders are
# builtins.c's contract.
#
# Argument checking happens in C before any of these is called, so these
# check only what CPython checks after starting to iterate.

import _jg

_NULL = _jg.NULL
_lookup = _jg.lookup
_is_py = _jg.is_py
_bind = _jg.bind

# The native iter(), kept before this module defines its Python iter().
_bf_native_iter = iter

__all__ = (
    'repr', 'iter',
    '_len', '_ascii', '_hash', '_bf_special', '_divmod', '_pow', '_bin', '_oct', '_hex',
    '_chr', '_format', '_getattr_default', '_hasattr', '_next', '_all', '_any', '_sum',
    '_max', '_min', '_bf_minmax_resume', '_bf_sorted_resume', '_bf_sorted_list', '_print',
    '_bf_flush', '_vars', '_dir', '_bf_apply',
)

_BF_SSIZE_MAX = 9223372036854775807
_BF_SSIZE_MIN = -9223372036854775808


def _bf_tn(x):
    return type(x).__name__


def _bf_index(x):
    # operator.index(x): an int as it is, else its __index__ (checked).
    if isinstance(x, int):
        return x
    f = _lookup(type(x), '__index__')
    if f is _NULL or f is None:
        raise TypeError("'" + _bf_tn(x) + "' object cannot be interpreted as an integer")
    r = _bind(f, x, type(x))()
    if not isinstance(r, int):
        raise TypeError('__index__ returned non-int (type ' + _bf_tn(r) + ')')
    return r


def _bf_plain_int(x):
    # The value of an int (or subclass) as an exact int, without its dunders.
    if type(x) is int:
        return x
    return _jg.native_binop(x, 0, 0)


def _bf_ascii_escape(s):
    parts = []
    for c in s:
        o = ord(c)
        if o < 128:
            parts.append(c)
        elif o < 256:
            parts.append('\\x' + format(o, '02x'))
        elif o < 65536:
            parts.append('\\u' + format(o, '04x'))
        else:
            parts.append('\\U' + format(o, '08x'))
    return ''.join(parts)


# ------------------------------------------------------------------ repr, iter

def repr(obj):
    r = _lookup(type(obj), '__repr__')(obj)
    if not isinstance(r, str):
        raise TypeError('__repr__ returned non-string (type ' + _bf_tn(r) + ')')
    return r


def iter(obj, sentinel=_NULL):
    if sentinel is not _NULL:
        return _bf_native_iter(obj, sentinel)
    t = type(obj)
    f = _lookup(t, '__iter__')
    if _is_py(f):
        it = _bind(f, obj, t)()
        if _lookup(type(it), '__next__') is _NULL:
            raise TypeError("iter() returned non-iterator of type '" + _bf_tn(it) + "'")
        return it
    return _bf_native_iter(obj)


# ------------------------------------------------------------------ one-value built-ins

def _len(obj):
    n = _bf_index(_lookup(type(obj), '__len__')(obj))
    if n > _BF_SSIZE_MAX or n < _BF_SSIZE_MIN:
        raise OverflowError("cannot fit 'int' into an index-sized integer")
    if n < 0:
        raise ValueError('__len__() should return >= 0')
    return _bf_plain_int(n)


def _ascii(obj):
    return _bf_ascii_escape(repr(obj))


def _hash(obj):
    f = _lookup(type(obj), '__hash__')
    if f is None or f is _NULL:
        raise TypeError("unhashable type: '" + _bf_tn(obj) + "'")
    r = _bind(f, obj, type(obj))()
    if not isinstance(r, int):
        raise TypeError('__hash__ method should return an integer')
    r = _bf_plain_int(r)
    if r > _BF_SSIZE_MAX or r < _BF_SSIZE_MIN:
        return hash(r)
    if r == -1:
        return -2
    return r


def _bf_special(obj, name, *args):
    # obj's special method 'name' bound as CPython's _PyObject_LookupSpecial
    # binds it (a staticmethod gets no obj), called with args.
    t = type(obj)
    return _bind(_lookup(t, name), obj, t)(*args)


def _bin(x):
    return bin(_bf_index(x))


def _oct(x):
    return oct(_bf_index(x))


def _hex(x):
    return hex(_bf_index(x))


def _chr(x):
    return chr(_bf_index(x))


def _format(value, format_spec=''):
    t = type(value)
    r = _bind(_lookup(t, '__format__'), value, t)(format_spec)
    if not isinstance(r, str):
        raise TypeError('__format__ must return a str, not ' + _bf_tn(r))
    return r


# ------------------------------------------------------------------ numbers

def _divmod(a, b):
    # CPython's binary operator protocol for divmod(): b's __rdivmod__ first
    # when b's class is a subclass of a's that overrides it.
    ta = type(a)
    tb = type(b)
    fa = _lookup(ta, '__divmod__')
    fb = _lookup(tb, '__rdivmod__') if tb is not ta else _NULL
    if _is_py(fb) and _jg.issub(tb, ta) and fb is not _lookup(ta, '__rdivmod__'):
        r = _bind(fb, b, tb)(a)
        if r is not NotImplemented:
            return r
        fb = _NULL
    if _is_py(fa):
        r = _bind(fa, a, ta)(b)
        if r is not NotImplemented:
            return r
    else:
        q = _jg.native_binop(a, b, 12)
        if q is not NotImplemented:
            return (q, _jg.native_binop(a, b, 5))
    if _is_py(fb):
        r = _bind(fb, b, tb)(a)
        if r is not NotImplemented:
            return r
    raise TypeError("unsupported operand type(s) for divmod(): '" + ta.__name__ + "' and '" +
                    tb.__name__ + "'")


def _pow(base, exp, mod=None):
    if mod is None:
        return base ** exp
    # Three-argument pow asks only the base's own __pow__ (CPython's
    # slot_nb_power never stands in for the other operands).
    t = type(base)
    f = _lookup(t, '__pow__')
    if _is_py(f):
        r = _bind(f, base, t)(exp, mod)
        if r is not NotImplemented:
            return r
    if isinstance(base, int) and isinstance(exp, int) and isinstance(mod, int):
        return pow(_bf_plain_int(base), _bf_plain_int(exp), _bf_plain_int(mod))
    if isinstance(base, float) or isinstance(exp, float) or isinstance(mod, float):
        raise TypeError('pow() 3rd argument not allowed unless all arguments are integers')
    raise TypeError("unsupported operand type(s) for ** or pow(): '" + t.__name__ + "', '" +
                    _bf_tn(exp) + "', '" + _bf_tn(mod) + "'")


# ------------------------------------------------------------------ attributes

def _getattr_default(obj, name, default):
    try:
        return getattr(obj, name)
    except AttributeError:
        return default


def _hasattr(obj, name):
    try:
        getattr(obj, name)
    except AttributeError:
        return False
    return True


def _vars(obj):
    d = getattr(obj, '__dict__', _NULL)
    if d is _NULL:
        raise TypeError('vars() argument must have __dict__ attribute')
    return d


def _dir(obj):
    t = type(obj)
    result = list(_bind(_lookup(t, '__dir__'), obj, t)())
    result.sort()
    return result


# ------------------------------------------------------------------ iteration

def _next(iterator, default):
    # next(it, default); next(it) tail-calls __next__ itself.
    try:
        return next(iterator)
    except StopIteration:
        return default


def _all(iterable, pending=_NULL):
    if pending is not _NULL and not pending:
        return False
    it = iter(iterable)
    while True:
        try:
            x = next(it)
        except StopIteration:
            return True
        if not x:
            return False


def _any(iterable, pending=_NULL):
    if pending is not _NULL and pending:
        return True
    it = iter(iterable)
    while True:
        try:
            x = next(it)
        except StopIteration:
            return False
        if x:
            return True


def _sum(iterable, start=0, pending=_NULL):
    # A left fold with +, as CPython 3.11's sum (floats added in order).
    # With 'pending' C has folded up to 'start' and stopped at that item.
    it = iter(iterable)
    if pending is _NULL:
        if isinstance(start, str):
            raise TypeError("sum() can't sum strings [use ''.join(seq) instead]")
        if isinstance(start, bytes):
            raise TypeError("sum() can't sum bytes [use b''.join(seq) instead]")
        total = start
    else:
        total = start + pending
    while True:
        try:
            x = next(it)
        except StopIteration:
            return total
        total = total + x


def _bf_minmax_run(is_max, head, it, key):
    # CPython's min_max loop: (found, best).  The items of 'head' come
    # before those of iterator 'it'.
    found = False
    best = None
    bestval = None
    i = 0
    n = len(head)
    while True:
        if i < n:
            item = head[i]
            i += 1
        else:
            try:
                item = next(it)
            except StopIteration:
                return (found, best)
        val = item if key is None else key(item)
        if not found:
            found = True
            best = item
            bestval = val
        elif is_max:
            if val > bestval:
                best = item
                bestval = val
        elif val < bestval:
            best = item
            bestval = val


def _bf_minmax(is_max, args, key, default):
    name = 'max' if is_max else 'min'
    if len(args) == 0:
        raise TypeError(name + ' expected at least 1 argument, got 0')
    if len(args) > 1:
        if default is not _NULL:
            raise TypeError('Cannot specify a default for ' + name +
                            '() with multiple positional arguments')
        it = _bf_native_iter(args)
    else:
        it = iter(args[0])
    found, best = _bf_minmax_run(is_max, (), it, key)
    if found:
        return best
    if default is _NULL:
        raise ValueError(name + '() arg is an empty sequence')
    return default


def _max(*args, key=None, default=_NULL):
    return _bf_minmax(True, args, key, default)


def _min(*args, key=None, default=_NULL):
    return _bf_minmax(False, args, key, default)


def _bf_minmax_resume(is_max, head, it, key):
    # C took items from 'it': 'head' is the best so far and/or the item it
    # had in hand, in that order.
    found, best = _bf_minmax_run(is_max, head, it, key)
    return best


def _bf_sorted_resume(done, rest, **kw):
    # sorted(): C listed the items in 'done' and stopped at Python code.
    done.extend(rest)
    done.sort(**kw)
    return done


def _bf_sorted_list(lst, **kw):
    # sorted(): the items are listed; sorting them needs Python code.
    lst.sort(**kw)
    return lst


# ------------------------------------------------------------------ print

def _print(*args, sep=' ', end='\n', file=None, flush=False):
    flush = bool(flush)
    if file is None:
        import sys
        file = sys.stdout
        if file is None:
            return None
    if sep is not None and not isinstance(sep, str):
        raise TypeError('sep must be None or a string, not ' + _bf_tn(sep))
    if end is not None and not isinstance(end, str):
        raise TypeError('end must be None or a string, not ' + _bf_tn(end))
    first = True
    for a in args:
        if not first:
            file.write(' ' if sep is None else sep)
        first = False
        file.write(str(a))
    file.write('\n' if end is None else end)
    if flush:
        file.flush()
    return None


def _bf_flush(file):
    # print(..., flush=True) wrote natively to a file whose flush() is Python.
    file.flush()
    return None


def _bf_apply(f, args, kwargs):
    # A tail call with more arguments than a native can pass directly.
    return f(*args, **kwargs)
