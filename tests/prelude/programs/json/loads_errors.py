# json.loads: values, escapes, hooks and CPython's error messages.
import json

print(json.loads('{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "\\u00e9\\ud83d\\ude00"}}'))
print(json.loads('123456789012345678901234567890'), json.loads(' "x" '), json.loads('[NaN, Infinity]'))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list), json.loads('[1.5]', parse_float=str))
for doc in ['', '[1, 2', '{"a" 1}', '{"a": 1,}', '[1,]', '{a: 1}', '"abc', '"\\q"', '"\\u12x4"',
            '[1] extra', 'nul', '01', '"tab\there"', '{"a": [1, {"b": }]}', '[1,\n 2,\n x]']:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(repr(doc), '->', e, '|', e.msg, e.lineno, e.colno, e.pos)
try:
    json.loads(5)
except TypeError as e:
    print('TypeError', e)
print(issubclass(json.JSONDecodeError, ValueError))
