# Positions of expressions inside f-strings, also when their text appears earlier.
a = 1
try:
    s = f"{'a/0'} {a/0}"
except ZeroDivisionError:
    try:
        s = f"{a}-{a}-{a+None}"
    except TypeError:
        s = f"""x
  {a}
  {a/0}"""
