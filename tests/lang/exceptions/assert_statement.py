# assert raises AssertionError with the optional message; the message is only evaluated on failure.
def check(v):
    try:
        assert v > 0, f"expected positive, got {v}"
        return "ok"
    except AssertionError as e:
        return f"{type(e).__name__}: {e} {e.args}"
print(check(1), check(-2))
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
calls = []
assert True, calls.append("evaluated")
print(calls)
try:
    assert [], ("tuple", "msg")
except AssertionError as e:
    print(e.args)
