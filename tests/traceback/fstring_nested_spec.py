# A failing expression in an f-string's nested format spec.
width = 0
value = 3.5
print(f"{value:>{10 // width}}")
