# json.dumps/loads keyword arguments and edge values
import json
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
    else:
        print(label, repr(r))
data = {"b": [1, 2.0, {"z": None}], "a": "x\u00e9\u2028\ud800"[:3], "n": [], "e": {}}
for indent in (None, 0, 1, -1, "  ", "", "\t"):
    t("indent %r" % (indent,), lambda: json.dumps(data, indent=indent))
t("sep", lambda: json.dumps(data, separators=(";", "=")))
t("sep indent", lambda: json.dumps([1, [2]], indent=2, separators=(",", ": ")))
t("sep bad", lambda: json.dumps([1], separators=(",",)))
t("sort mixed", lambda: json.dumps({1: 1, "a": 2}, sort_keys=True))
t("sort nested", lambda: json.dumps({"b": {"d": 1, "c": 2}, "a": [{"y": 1, "x": 2}]}, sort_keys=True))
t("keys types", lambda: json.dumps({1.5: 1, -0.0: 2, float("inf"): 3, False: 4, 10 ** 20: 5}))
t("default raises", lambda: json.dumps(object(), default=lambda o: 1 / 0))
t("default returns", lambda: json.dumps({"s": {3, 1}}, default=lambda o: sorted(o)))
t("circular dict", lambda: (lambda d: (d.__setitem__("self", d), json.dumps(d)))({}))
t("no check circular", lambda: json.dumps([[1]], check_circular=False))
t("ensure_ascii surrogate", lambda: (json.dumps("\ud83d"), json.dumps("😀"), json.dumps("\x7f\x1f\u00ff")))
t("allow_nan", lambda: json.dumps([float("nan")], allow_nan=False))
t("bytes", lambda: json.dumps(b"x"))
t("tuple key", lambda: json.dumps({(1,): 2}))
t("int subclass", lambda: json.dumps(True))
t("big float", lambda: json.dumps([1e308, 5e-324, 1.0, 0.1 + 0.2, 1e16, 123456789.0]))
t("nested depth", lambda: json.dumps([[[[[]]]]], indent=1))
t("loads parse_int", lambda: json.loads("[1, 2.5]", parse_int=str, parse_float=lambda s: "f" + s))
t("loads parse_constant", lambda: json.loads("[NaN, Infinity, -Infinity]", parse_constant=len))
t("loads strict", lambda: json.loads('"a\tb"'))
t("loads not strict", lambda: json.loads('"a\tb"', strict=False))
t("loads escapes", lambda: json.loads(r'"\"\\\/\b\f\n\r\t\u0041\u00e9"'))
t("loads bad escape", lambda: json.loads(r'"\q"'))
t("loads bad unicode", lambda: json.loads(r'"\u12"'))
t("loads deep", lambda: json.loads("[" * 50 + "]" * 50))
t("loads ws", lambda: json.loads("\t\n\r [ 1 ,\n2 ] "))
t("loads numbers", lambda: [json.loads(s) for s in ("0", "-0", "-0.0", "1e5", "1E-2", "1.5e+3", "123456789012345678901234567890", "0.1")])
for bad in ("-01", "1.e5", ".5", "+1", "0x10", "1e", "--1", "1 2", "[1,,2]", '{"a":1 "b":2}', "[", "{", '{"a"', '"', "tru", "nul", "[1]]", "\x00", "  ", "{'a':1}", '{"a": NaN}x'):
    t("bad %r" % bad, lambda: json.loads(bad))
t("loads dict order", lambda: list(json.loads('{"z": 1, "a": 2, "m": 3}')))
t("loads bytes utf16", lambda: json.loads('["é"]'.encode("utf-8")))
t("dumps kwargs bad", lambda: json.dumps([1], foo=1))
t("loads kwargs bad", lambda: json.loads("[1]", foo=1))
t("round trip", lambda: json.loads(json.dumps(data, indent=3, sort_keys=True)) == json.loads(json.dumps(data)))
