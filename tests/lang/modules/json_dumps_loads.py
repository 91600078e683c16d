# json.dumps and json.loads: types, nesting, indent, sort_keys, separators, ensure_ascii.
import json
data = {"name": "jg", "n": 3, "pi": 3.14, "ok": True, "none": None, "list": [1, "two", [3]],
        "nested": {"a": {"b": []}}, "tuple": (1, 2), "uni": "é日"}
s = json.dumps(data)
print(s)
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps([1, {"a": 2}], separators=(",", ":")), json.dumps("é", ensure_ascii=False))
print(json.dumps(1e20), json.dumps(0.1), json.dumps(-0.0), json.dumps(10 ** 20), json.dumps({1: "int key"}))
back = json.loads(s)
print(back, back == {**data, "tuple": [1, 2]})
print(json.loads('[1, 2.5, "x", true, false, null, {"k": []}]'), json.loads(' "\\u00e9\\n" '))
print(type(json.loads("1")).__name__, type(json.loads("1.0")).__name__, json.loads("1e3"))
print(json.dumps("quote\" backslash\\ tab\t"), json.dumps([]), json.dumps({}), json.dumps(None))
