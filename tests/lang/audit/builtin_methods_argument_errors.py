# every public method of the built-in types called with wrong argument counts and a bad keyword
samples = {"str": "abc", "bytes": b"abc", "list": [3, 1, 2], "tuple": (1, 2), "dict": {"a": 1}, "set": {1, 2},
           "frozenset": frozenset({1}), "int": 5, "float": 2.5, "range": range(3), "bool": True}
skip = {"mro", "format_map", "__init_subclass__", "__subclasshook__", "__class_getitem__"}
varargs_set_methods = {"update", "union", "intersection", "difference", "intersection_update",
                       "difference_update"}
for tname, obj in samples.items():
    names = sorted(n for n in dir(obj) if not n.startswith("_") and n not in skip)
    for n in names:
        m = getattr(obj, n)
        # The set methods taking several iterables word a keyword error differently
        # when called through a stored bound method (CPython: "union() takes no
        # keyword arguments") and called directly (set_update_keyword_message.py).
        if not callable(m) or (tname in ("set", "frozenset") and n in varargs_set_methods):
            continue
        for args, kw in (((), {}), ((1, 2, 3, 4, 5), {}), ((), {"zz": 1}), (("x",), {"zz": 1})):
            try:
                r = m(*args, **kw)
                res = "ok"
            except Exception as e:
                res = type(e).__name__ + ": " + str(e)
            print(tname, n, len(args), bool(kw), res)

def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
b=b'\x01\x02\x03\x04\x05'
t(lambda: b.hex(':'))
t(lambda: b.hex(':', 2))
t(lambda: b.hex(':', -2))
t(lambda: b.hex(b'-', 3))
t(lambda: b.hex(sep='.', bytes_per_sep=1))
t(lambda: b.hex('ab'))
t(lambda: b.hex('é'))
t(lambda: b.hex(5))
t(lambda: b.hex(':', 0))
t(lambda: b.hex(':', 'x'))
t(lambda: b''.hex(':'))
t(lambda: b.hex(None))
t(lambda: b.hex(':', 10))
t(lambda: b.hex(bytes_per_sep=2))
t(lambda: b.hex(':', 5))
t(lambda: b.hex(':', -5))
t(lambda: b.hex(':', 4))
t(lambda: b.hex(':', -4))
t(lambda: b'\xff'.hex(':'))
t(lambda: [].sort(1))
t(lambda: [].sort(1, 2, 3))
t(lambda: [].sort(key=None, reverse=False, x=1))
t(lambda: [].sort(1, key=None, reverse=False))
# bytes.hex separators of every type
for a in ([1], [1, 2], None, 5, "ab", b"", {1: 2}, (1,)):
    try:
        print(b"ab".hex(a))
    except Exception as e:
        print(type(e).__name__, e)
