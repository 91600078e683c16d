# string constants and json dumps/loads with indent, sort_keys, separators and errors
import string
import json
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
    else:
        print(label, repr(r))

t("consts", lambda: (string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits, string.punctuation, string.whitespace, len(string.printable)))
t("capwords", lambda: (string.capwords("hello   big world"), string.capwords("a-b c", "-")))
t("Template", lambda: (string.Template("$who likes ${what}").substitute(who="tim", what="ham"), string.Template("$a $$").safe_substitute({})))
t("Template missing", lambda: string.Template("$who").substitute())

data = {"name": "Zed", "hp": 10, "pos": [1.5, -2], "alive": True, "inv": None, "tags": ("a", "b"), "nested": {"k": {}}, "e": [], "u": "é\n\"q\""}
t("dumps", lambda: json.dumps(data))
t("dumps sort", lambda: json.dumps({"b": 1, "a": [2, {"d": 1, "c": 2}]}, sort_keys=True))
t("dumps sep", lambda: json.dumps([1, {"a": 2}], separators=(",", ":")))
t("dumps indent", lambda: json.dumps(data, indent=2))
print(json.dumps(data, indent=4, sort_keys=True))
print(json.dumps([[], {}, [1, [2, []]]], indent=1))
print(json.dumps({"a": 1}, indent="\t"))
print(json.dumps([1, 2], indent=0))
t("ensure_ascii", lambda: (json.dumps("é😀"), json.dumps("é😀", ensure_ascii=False)))
t("floats", lambda: json.dumps([0.1, 1e20, 1e-7, 3.0, -0.0, 1e16, 123456789.123, 2 ** 70]))
t("specials", lambda: json.dumps([float("inf"), float("-inf"), float("nan")]))
t("specials bad", lambda: json.dumps(float("nan"), allow_nan=False))
t("keys", lambda: json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}))
t("key tuple", lambda: json.dumps({(1, 2): 3}))
t("skipkeys", lambda: json.dumps({(1, 2): 3, "x": 1}, skipkeys=True))
t("bad type", lambda: json.dumps({"s": {1, 2}}))
t("bad obj", lambda: json.dumps(object) is None)
t("default", lambda: json.dumps({"s": {1, 2}}, default=sorted))
t("circular", lambda: (lambda l: (l.append(l), json.dumps(l)))([]))
t("scalars", lambda: (json.dumps(None), json.dumps(True), json.dumps("x"), json.dumps(5), json.dumps("\u0001\t/")))

t("loads", lambda: json.loads('{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d\\u00e9\\n"}, "e": ""}'))
t("loads ws", lambda: json.loads(' \n [ 1 , 2 ] \n'))
t("loads scalars", lambda: (json.loads("1"), json.loads("1.0"), json.loads('"x"'), json.loads("null"), json.loads("-0"), json.loads("1E3"), json.loads("NaN"), json.loads("-Infinity")))
t("loads big", lambda: json.loads("123456789012345678901234567890"))
t("loads dup", lambda: json.loads('{"a": 1, "a": 2}'))
t("loads surrogate", lambda: json.loads('"\\ud83d\\ude00"'))
t("loads bytes", lambda: json.loads(b'[1]'))
t("round trip", lambda: json.loads(json.dumps(data)) == {**data, "tags": ["a", "b"]})
for bad in ('', '[1,]', '{"a" 1}', '{"a": 1,}', "{'a': 1}", '[1 2]', 'tru', '"abc', '[1] x', '{"a":}', '01', '1.', '-', '"\\x"', '{1: 2}', '[', '"a\nb"', ' ', 'nul'):
    t("bad " + repr(bad), lambda: json.loads(bad))
t("loads type", lambda: json.loads(5))
t("loads kw", lambda: json.loads('{"a": 1.5}', parse_float=str))
t("loads hook", lambda: json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d)))
t("pairs hook", lambda: json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
t("err attrs", lambda: err_attrs())
def err_attrs():
    try:
        json.loads('{"a": tru}')
    except json.JSONDecodeError as e:
        return (e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
