# The f"{expr=}" self-documenting form, with specs and conversions.
x = 10
name = "jg"
print(f"{x=}")
print(f"{x * 2 = }")
print(f"{name=}", f"{name=!s}", f"{x=:5d}|")
print(f"{[1, 2]=}", f"{x+1=}")
