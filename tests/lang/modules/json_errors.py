# json.loads errors are ValueErrors (JSONDecodeError) with CPython's messages; dumps rejects sets.
import json
for text in ["{bad", "[1, 2", "", "[1,]", "nul", '{"a" 1}']:
    try:
        json.loads(text)
    except ValueError as e:
        print(type(e).__name__, isinstance(e, ValueError), e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
