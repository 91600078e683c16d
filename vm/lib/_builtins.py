# vm/lib/_builtins.py - the prelude: the Python halves of the VM's operations.
#
# The interpreter and the natives do everything they can in C.  When an
# operation meets behaviour written in Python - a class's __add__, __eq__,
# __getattr__, a property, a user iterator - C cannot call it (the VM never
# recurses from C into Python), so the interpreter calls the function of the
# same job here instead, as an ordinary Python frame.  That keeps every state
# of a program a chain of Python frames, which is what makes it picklable.
#
# These functions are called by name from vm/interp.c, vm/class.c and the
# type files; the names and argument orders are part of that contract.  Frames
# of this module are left out of tracebacks.

import _jg

_NULL = _jg.NULL
_STOP = _jg.STOP
_lookup = _jg.lookup
_is_py = _jg.is_py


def _tname(x):
    return type(x).__name__


# ------------------------------------------------------------------ attributes

def _generic_getattr(obj, name):
    t = type(obj)
    if t is type:
        return _jg.getattr_plain(obj, name)
    d = _lookup(t, name)
    if d is not _NULL and type(d) is property:
        if d.fget is None:
            raise AttributeError("property '" + name + "' of '" + t.__name__ +
                                 "' object has no getter")
        return d.fget(obj)
    v = _jg.inst_get(obj, name)
    if v is not _NULL:
        return v
    if d is not _NULL:
        return _jg.bind(d, obj, t)
    return _jg.getattr_plain(obj, name)


def _getattr(obj, name):
    t = type(obj)
    if t is super:
        d, self = _jg.super_find(obj, name)
        if type(d) is property:
            if d.fget is None:
                raise AttributeError("property '" + name + "' of 'super' object has no getter")
            return d.fget(self)
        return _jg.bind(d, self, type(self))
    ga = _lookup(t, "__getattribute__")
    g = _lookup(t, "__getattr__")
    if _is_py(ga):
        try:
            return ga(obj, name)
        except AttributeError:
            if _is_py(g):
                return g(obj, name)
            raise
    if _is_py(g):
        try:
            return _generic_getattr(obj, name)
        except AttributeError:
            return g(obj, name)
    return _generic_getattr(obj, name)


def _setattr(obj, name, v):
    t = type(obj)
    f = _lookup(t, "__setattr__")
    if _is_py(f):
        f(obj, name, v)
        return None
    d = _lookup(t, name)
    if d is not _NULL and type(d) is property:
        if d.fset is None:
            raise AttributeError("property '" + name + "' of '" + t.__name__ +
                                 "' object has no setter")
        d.fset(obj, v)
        return None
    _jg.setattr_plain(obj, name, v)
    return None


def _property_set(prop, obj, v):
    if prop.fset is None:
        raise AttributeError("property of '" + _tname(obj) + "' object has no setter")
    prop.fset(obj, v)
    return None


def _delattr(obj, name):
    t = type(obj)
    f = _lookup(t, "__delattr__")
    if _is_py(f):
        f(obj, name)
        return None
    d = _lookup(t, name)
    if d is not _NULL and type(d) is property:
        if d.fdel is None:
            raise AttributeError("property '" + name + "' of '" + t.__name__ +
                                 "' object has no deleter")
        d.fdel(obj)
        return None
    _jg.delattr_plain(obj, name)
    return None


# ------------------------------------------------------------------ operators

# Indexed by the compiler's operator numbers (vm/ast.h jg_operator).
_BINOPS = (
    ("__add__", "__radd__", "__iadd__", "+"),
    ("__sub__", "__rsub__", "__isub__", "-"),
    ("__mul__", "__rmul__", "__imul__", "*"),
    ("__matmul__", "__rmatmul__", "__imatmul__", "@"),
    ("__truediv__", "__rtruediv__", "__itruediv__", "/"),
    ("__mod__", "__rmod__", "__imod__", "%"),
    ("__pow__", "__rpow__", "__ipow__", "**"),
    ("__lshift__", "__rlshift__", "__ilshift__", "<<"),
    ("__rshift__", "__rrshift__", "__irshift__", ">>"),
    ("__or__", "__ror__", "__ior__", "|"),
    ("__xor__", "__rxor__", "__ixor__", "^"),
    ("__and__", "__rand__", "__iand__", "&"),
    ("__floordiv__", "__rfloordiv__", "__ifloordiv__", "//"),
)


def _binop(a, b, code):
    inplace = code >= 16
    op = code - 16 if inplace else code
    names = _BINOPS[op]
    ta = type(a)
    tb = type(b)
    if inplace:
        f = _lookup(ta, names[2])
        if _is_py(f):
            r = f(a, b)
            if r is not NotImplemented:
                return r
    fa = _lookup(ta, names[0])
    fb = _lookup(tb, names[1]) if tb is not ta else _NULL
    if _is_py(fb) and _jg.issub(tb, ta) and fb is not _lookup(ta, names[1]):
        r = fb(b, a)
        if r is not NotImplemented:
            return r
        fb = _NULL
    if _is_py(fa):
        r = fa(a, b)
    else:
        r = _jg.native_binop(a, b, code)
    if r is not NotImplemented:
        return r
    if tb is not ta:
        if _is_py(fb):
            r = fb(b, a)
        else:
            r = _jg.native_rbinop(b, a, code)
        if r is not NotImplemented:
            return r
    if op == 2:
        # Sequence repetition (CPython's sequence_repeat): the sequence on
        # either side, the count from the other side's __index__.
        for seq, n in ((a, b), (b, a)):
            if isinstance(seq, (str, bytes, list, tuple)):
                f = _lookup(type(n), "__index__")
                if not _is_py(f):
                    raise TypeError("can't multiply sequence by non-int of type '" +
                                    _tname(n) + "'")
                k = f(n)
                if not isinstance(k, int):
                    raise TypeError("__index__ returned non-int (type " + _tname(k) + ")")
                return seq * k
            if inplace:
                break
    if op == 0 and not inplace:
        for base in (str, list, tuple, bytes):
            if _jg.issub(ta, base) and not _jg.issub(tb, base):
                raise TypeError("can only concatenate " + base.__name__ + ' (not "' +
                                tb.__name__ + '") to ' + base.__name__)
    sym = names[3]
    if inplace:
        sym = sym + "="
    elif op == 6:
        sym = "** or pow()"
    raise TypeError("unsupported operand type(s) for " + sym + ": '" + ta.__name__ +
                    "' and '" + tb.__name__ + "'")


_UNARY = (("__pos__", "+"), ("__neg__", "-"), ("__invert__", "~"))


def _unary(a, which):
    name, sym = _UNARY[which]
    f = _lookup(type(a), name)
    if _is_py(f):
        return f(a)
    raise TypeError("bad operand type for unary " + sym + ": '" + _tname(a) + "'")


_CMPS = (
    ("__eq__", "__eq__", "=="),
    ("__ne__", "__ne__", "!="),
    ("__lt__", "__gt__", "<"),
    ("__le__", "__ge__", "<="),
    ("__gt__", "__lt__", ">"),
    ("__ge__", "__le__", ">="),
)
_SWAPPED = (0, 1, 4, 5, 2, 3)


def _cmp_call(x, y, name, op):
    # x's own comparison `name`, or NotImplemented; object's __ne__ inverts __eq__.
    t = type(x)
    f = _lookup(t, name)
    if _is_py(f):
        return f(x, y)
    if op == 1:
        e = _lookup(t, "__eq__")
        if _is_py(e):
            r = e(x, y)
            if r is NotImplemented:
                return r
            return not r
    return _jg.native_compare(x, y, op)


def _compare(a, b, op):
    name, rname, sym = _CMPS[op]
    ta = type(a)
    tb = type(b)
    reflected_first = tb is not ta and _jg.issub(tb, ta) and _is_py(_lookup(tb, rname))
    if reflected_first:
        r = _cmp_call(b, a, rname, _SWAPPED[op])
        if r is not NotImplemented:
            return r
    r = _cmp_call(a, b, name, op)
    if r is not NotImplemented:
        return r
    if not reflected_first:
        r = _cmp_call(b, a, rname, _SWAPPED[op])
        if r is not NotImplemented:
            return r
    if op == 0:
        return a is b
    if op == 1:
        return a is not b
    raise TypeError("'" + sym + "' not supported between instances of '" + ta.__name__ +
                    "' and '" + tb.__name__ + "'")


def _builtin_compare(a, b, op):
    # A built-in container comparison whose items need Python-level ==/<.
    ta = type(a)
    if _jg.issub(ta, list) or _jg.issub(ta, tuple):
        if not (_jg.issub(type(b), list) if _jg.issub(ta, list) else _jg.issub(type(b), tuple)):
            return NotImplemented
        n = len(a)
        m = len(b)
        i = 0
        while i < n and i < m:
            if not (a[i] is b[i] or a[i] == b[i]):
                break
            i += 1
        if i >= n or i >= m:
            return _compare(n, m, op)
        if op == 0:
            return False
        if op == 1:
            return True
        return _compare(a[i], b[i], op)
    if _jg.issub(ta, dict):
        if not _jg.issub(type(b), dict):
            return NotImplemented
        if op > 1:
            return NotImplemented
        same = len(a) == len(b)
        if same:
            for k in a:
                if k not in b:
                    same = False
                    break
                x = a[k]
                y = b[k]
                if not (x is y or x == y):
                    same = False
                    break
        return same if op == 0 else not same
    return NotImplemented


def _object_ne(a, b):
    r = _lookup(type(a), "__eq__")(a, b)
    if r is NotImplemented:
        return r
    return not r


def _truth(x):
    t = type(x)
    f = _lookup(t, "__bool__")
    if _is_py(f):
        r = f(x)
        if type(r) is not bool:
            raise TypeError("__bool__ should return bool, returned " + _tname(r))
        return r
    f = _lookup(t, "__len__")
    if _is_py(f):
        n = f(x)
        if not _jg.issub(type(n), int):
            raise TypeError("'" + _tname(n) + "' object cannot be interpreted as an integer")
        if n < 0:
            raise ValueError("__len__() should return >= 0")
        return n != 0
    return _jg.native_truth(x)


# ------------------------------------------------------------------ items

def _getitem(obj, key):
    t = type(obj)
    f = _lookup(t, "__getitem__")
    if f is _NULL:
        if t is type:
            raise TypeError("type '" + obj.__name__ + "' is not subscriptable")
        raise TypeError("'" + t.__name__ + "' object is not subscriptable")
    m = _lookup(t, "__missing__")
    if not _is_py(f) and _is_py(m):
        if key in obj:
            return f(obj, key)
        return m(obj, key)
    return f(obj, key)


def _setitem(obj, key, v):
    f = _lookup(type(obj), "__setitem__")
    if f is _NULL:
        raise TypeError("'" + _tname(obj) + "' object does not support item assignment")
    f(obj, key, v)
    return None


def _delitem(obj, key):
    f = _lookup(type(obj), "__delitem__")
    if f is _NULL:
        raise TypeError("'" + _tname(obj) + "' object doesn't support item deletion")
    f(obj, key)
    return None


def _contains(container, v):
    t = type(container)
    f = _lookup(t, "__contains__")
    if _is_py(f):
        return bool(f(container, v))
    if _is_py(_lookup(t, "__iter__")) or f is _NULL:
        for x in container:
            if x is v or x == v:
                return True
        return False
    return f(container, v)


# ------------------------------------------------------------------ iteration

def _seq_iter(obj):
    i = 0
    while True:
        try:
            v = obj[i]
        except (IndexError, StopIteration):
            return
        yield v
        i += 1


def _iter(x):
    t = type(x)
    f = _lookup(t, "__iter__")
    if _is_py(f):
        it = f(x)
        if _lookup(type(it), "__next__") is _NULL:
            raise TypeError("iter() returned non-iterator of type '" + _tname(it) + "'")
        return it
    if f is _NULL and _is_py(_lookup(t, "__getitem__")):
        return _seq_iter(x)
    return _jg.iter_native(x)


def _channel_send_sequence(ch, seq):
    n = 0
    for v in seq:
        ch.send(v)
        n += 1
    return n


def _channel_iter(ch):
    while not ch.closed:
        yield ch.receive()


def _tasklet_main(func, args, kwargs):
    # The bottom frame of a tasklet whose call needs keyword arguments or may
    # fail to bind (vm/tasklet.c setup): its return ends the tasklet.
    func(*args, **kwargs)


def _tasklet_sleep_index(x):
    # time.sleep(x) for an x whose __index__ is Python code (vm/mod_time.c).
    import time
    n = _lookup(type(x), "__index__")(x)
    if not isinstance(n, int):
        raise TypeError("__index__ returned non-int (type " + _tname(n) + ")")
    return time.sleep(n)


def _for_next(it):
    f = _lookup(type(it), "__next__")
    if f is _NULL:
        raise TypeError("'" + _tname(it) + "' object is not an iterator")
    try:
        return f(it)
    except StopIteration:
        return _STOP


def _send(recv, v):
    try:
        if v is None:
            f = _lookup(type(recv), "__next__")
            if f is _NULL:
                raise TypeError("'" + _tname(recv) + "' object is not an iterator")
            return f(recv)
        return recv.send(v)
    except StopIteration as e:
        return (_STOP, e.value)


def _unpack(seq, n):
    t = type(seq)
    if (_lookup(t, "__iter__") is _NULL and _lookup(t, "__getitem__") is _NULL):
        raise TypeError("cannot unpack non-iterable " + t.__name__ + " object")
    items = []
    for x in seq:
        items.append(x)
        if len(items) > n:
            break
    return tuple(items)


def _to_list(x):
    return [v for v in x]


def _gen_close(g):
    try:
        g.throw(GeneratorExit)
    except (GeneratorExit, StopIteration):
        return None
    raise RuntimeError("generator ignored GeneratorExit")


def _gen_throw_class(g, cls):
    return g.throw(cls())


# ------------------------------------------------------------------ building

def _list_extend(lst, it):
    t = type(it)
    if _lookup(t, "__iter__") is _NULL and _lookup(t, "__getitem__") is _NULL:
        raise TypeError("Value after * must be an iterable, not " + t.__name__)
    for x in it:
        lst.append(x)
    return None


def _set_update(s, it):
    for x in it:
        s.add(x)
    return None


def _set_add(s, v):
    s.add(v)
    return None


def _build_set(items):
    s = set()
    for x in items:
        s.add(x)
    return s


def _build_map(flat):
    d = {}
    i = 0
    n = len(flat)
    while i < n:
        d[flat[i]] = flat[i + 1]
        i += 2
    return d


def _dict_update(d, m):
    if _lookup(type(m), "keys") is _NULL:
        raise TypeError("'" + _tname(m) + "' object is not a mapping")
    for k in m.keys():
        d[k] = m[k]
    return None


def _dict_merge(d, m, f):
    if _lookup(type(m), "keys") is _NULL:
        raise TypeError(_jg.func_str(f) + " argument after ** must be a mapping, not " +
                        _tname(m))
    for k in m.keys():
        if k in d:
            raise TypeError(_jg.func_str(f) + " got multiple values for keyword argument '" +
                            k + "'")
        d[k] = m[k]
    return None


def _call_ex(f, args, kwargs):
    a = [x for x in args]
    if kwargs is None:
        return f(*a)
    k = {}
    for key in kwargs.keys():
        k[key] = kwargs[key]
    return f(*a, **k)


def _construct(cls, *args, **kw):
    new = _jg.unwrap(_lookup(cls, "__new__"))
    obj = new(cls, *args, **kw)
    if _jg.issub(type(obj), cls):
        r = _lookup(type(obj), "__init__")(obj, *args, **kw)
        if r is not None:
            raise TypeError("__init__() should return None, not '" + _tname(r) + "'")
    return obj


def _make_exc(cls, cause):
    e = cls()
    if not _jg.issub(type(e), BaseException):
        raise TypeError("calling " + repr(cls) +
                        " should have returned an instance of BaseException, not " + _tname(e))
    if cause is not _NULL:
        if type(cause) is type and _jg.issub(cause, BaseException):
            cause = cause()
        _jg.set_cause(e, cause)
    return e


def _with_enter(mgr):
    t = type(mgr)
    enter = _lookup(t, "__enter__")
    ex = _lookup(t, "__exit__")
    if enter is _NULL or ex is _NULL:
        raise TypeError("'" + t.__name__ +
                        "' object does not support the context manager protocol")
    bound_exit = _jg.bind(ex, mgr, t)
    return (bound_exit, _jg.bind(enter, mgr, t)())


# ------------------------------------------------------------------ text

def _repr(x):
    r = _lookup(type(x), "__repr__")(x)
    if not _jg.issub(type(r), str):
        raise TypeError("__repr__ returned non-string (type " + _tname(r) + ")")
    return r


def _str(x):
    if type(x) is str:
        return x
    r = _lookup(type(x), "__str__")(x)
    if not _jg.issub(type(r), str):
        raise TypeError("__str__ returned non-string (type " + _tname(r) + ")")
    return r


def _exc_str(e):
    return _str(e)


def _format_value(v, conv, spec):
    if conv == 1:
        v = _str(v)
    elif conv == 2:
        v = _repr(v)
    elif conv == 3:
        v = ascii(v)
    if spec is None:
        spec = ""
    return format(v, spec)


# ------------------------------------------------------------------ slot wrappers

# The dunder methods of built-in types (vm/class.c slot wrappers) finish here
# when the built-in behaviour met Python-level code.

def _identity(x):
    return x


def _index(key):
    f = _lookup(type(key), "__index__")
    if _is_py(f):
        return f(key)
    return key


def _exc_args_text(x, as_repr):
    a = x.args
    if as_repr:
        if len(a) == 1:
            return type(x).__name__ + "(" + _repr(a[0]) + ")"
        return type(x).__name__ + _repr(a)
    if len(a) == 0:
        return ""
    if len(a) == 1:
        if _jg.issub(type(x), KeyError):
            return _repr(a[0])
        return _str(a[0])
    return _repr(a)


def _builtin_repr(x):
    if _jg.issub(type(x), BaseException):
        return _exc_args_text(x, True)
    raise TypeError("no Python-level repr for '" + _tname(x) + "' objects")


def _builtin_str(x):
    if _jg.issub(type(x), BaseException):
        return _exc_args_text(x, False)
    return _builtin_repr(x)


def _builtin_hash(x):
    raise TypeError("unhashable type: '" + _tname(x) + "'")


def _builtin_getitem(obj, key):
    return obj[_index(key)]


def _builtin_setitem(obj, key, v):
    obj[_index(key)] = v
    return None


def _builtin_delitem(obj, key):
    del obj[_index(key)]
    return None


def _builtin_contains(obj, v):
    for x in obj:
        if x is v or x == v:
            return True
    return False


# ------------------------------------------------------------------ the rest

# The type files' Python fallbacks live in their own prelude modules; their
# '_' names join this namespace so the interpreter finds them all here.
import _builtins_parts


def _pickle_fixup(obj, fixups):
    # The dict and set entries pickle.loads left out because their keys hash
    # with a Python __hash__ (vm/pickle.h jg_pickle_loads_fix), in order:
    # into the container itself, not through a subclass's methods, and into
    # a frozenset that nothing has hashed yet (the reader kept every key that
    # could hold it waiting too).
    for c, k, v in fixups:
        if isinstance(c, frozenset):
            _set_add_one(c, k)
        elif isinstance(c, set):
            set.add(c, k)
        else:
            dict.__setitem__(c, k, v)
    return obj
