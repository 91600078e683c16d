# vm/lib/_builtins_num.py - the Python halves of int, float, bool and math.
#
# vm/int.c, vm/float.c, vm/bool.c and vm/mod_math.c do all their work in C
# until they meet a value whose behaviour is Python code (a user __int__,
# __index__, __float__, __bool__, __floor__, an iterator written in Python).
# They then tail-call the function of the same job here, which makes those
# calls at Python level and hands plain numbers back.  The names and argument
# orders are the natives' contract.


def _tn(x):
    return type(x).__name__


# ------------------------------------------------------------------ constructors

def _int_new(x):
    # int(x) for an instance of a user class: __int__, then __index__, then __trunc__.
    t = type(x)
    f = getattr(t, "__int__", None)
    if f is not None:
        r = f(x)
        if not isinstance(r, int):
            raise TypeError("__int__ returned non-int (type " + _tn(r) + ")")
        return int(r)
    f = getattr(t, "__index__", None)
    if f is not None:
        r = f(x)
        if not isinstance(r, int):
            raise TypeError("__index__ returned non-int (type " + _tn(r) + ")")
        return int(r)
    f = getattr(t, "__trunc__", None)
    if f is not None:
        r = f(x)
        if not isinstance(r, int):
            g = getattr(type(r), "__index__", None)
            if g is None:
                raise TypeError("__trunc__ returned non-Integral (type " + _tn(r) + ")")
            r = g(r)
        return int(r)
    raise TypeError("int() argument must be a string, a bytes-like object or a real number, "
                    "not '" + _tn(x) + "'")


def _float_new(x):
    # float(x) for an instance of a user class: __float__, then __index__.
    t = type(x)
    f = getattr(t, "__float__", None)
    if f is not None:
        r = f(x)
        if not isinstance(r, float):
            raise TypeError(_tn(x) + ".__float__ returned non-float (type " + _tn(r) + ")")
        return float(r)
    f = getattr(t, "__index__", None)
    if f is not None:
        r = f(x)
        if not isinstance(r, int):
            raise TypeError("__index__ returned non-int (type " + _tn(r) + ")")
        return float(int(r))
    raise TypeError("float() argument must be a string or a real number, not '" + _tn(x) + "'")


def _bool_new(x):
    # bool(x) when truth is decided by a Python __bool__ or __len__.
    return not not x


# ------------------------------------------------------------------ math

def _math_round(x, name, what):
    f = getattr(type(x), name, None)
    if f is not None:
        return f(x)
    g = getattr(type(x), "__float__", None)
    if g is None:
        raise TypeError("must be real number, not " + _tn(x))
    return what(g(x))


def _math_floor(x):
    import math
    return _math_round(x, "__floor__", math.floor)


def _math_ceil(x):
    import math
    return _math_round(x, "__ceil__", math.ceil)


def _math_trunc(x):
    f = getattr(type(x), "__trunc__", None)
    if f is None:
        raise TypeError("type " + _tn(x) + " doesn't define __trunc__ method")
    return f(x)


def _math_float(x):
    # What CPython's PyFloat_AsDouble accepts: __float__, then __index__.
    if type(x) is int or type(x) is float or type(x) is bool:
        return x
    if isinstance(x, int):
        return int(x)           # a subclass of int: its plain value
    t = type(x)
    f = getattr(t, "__float__", None)
    if f is not None:
        r = f(x)
        if not isinstance(r, float):
            raise TypeError(_tn(x) + ".__float__ returned non-float (type " + _tn(r) + ")")
        return r
    f = getattr(t, "__index__", None)
    if f is not None:
        r = f(x)
        if not isinstance(r, int):
            raise TypeError("__index__ returned non-int (type " + _tn(r) + ")")
        return r
    raise TypeError("must be real number, not " + _tn(x))


def _math_retry(name, args):
    # math.<name>(*args) when an argument converts through Python code.
    import math
    return getattr(math, name)(*[_math_float(a) for a in args])


def _math_fsum(iterable):
    import math
    return math.fsum(list(iterable))


def _math_prod(iterable, start=1):
    r = start
    for x in iterable:
        r = r * x
    return r


def _math_dist(p, q):
    import math
    return math.dist(tuple(p), tuple(q))


__all__ = ['_int_new', '_float_new', '_bool_new', '_math_floor', '_math_ceil', '_math_trunc',
           '_math_fsum', '_math_prod', '_math_dist', '_math_retry']
