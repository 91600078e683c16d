# Operations between strings and other types.
name = "x"
line = "=" * 3 + name * 2 + "-" * "3"
