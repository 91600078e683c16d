# bool() of every kind of value.
for v in [0, 1, -1, 0.0, -0.0, 0.1, float("nan"), "", " ", "False", b"", b"\x00", [], [[]], (),
          (0,), {}, {0: 0}, set(), frozenset([0]), range(0), range(1), None, True, False]:
    print(repr(v), bool(v))
