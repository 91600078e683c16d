# expect-error: NameError: name 'eval' is not defined
# eval does not exist in jumpgate (CPython would evaluate the string).
print("before eval")
print(eval("1 + 2"))
