# getattr on built-in values for methods; setattr on built-ins fails.
print(getattr("abc", "upper")(), getattr([], "append") is not None, hasattr(1, "bit_length"))
print(getattr(5, "missing", "fallback"), hasattr("s", "nope"), getattr(str, "join")("-", "ab"))
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr([], "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr([], 5)
except TypeError as e:
    print(type(e).__name__, e)
