# Division by zero inside an f-string replacement field.
def ratio(a, b):
    return f"ratio: {a / b:.2f} (of {a})"


print(ratio(1, 4))
print(ratio(1, 0))
