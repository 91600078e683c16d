# expect-error: NameError: name 'compile' is not defined
# compile does not exist in jumpgate.
print("before compile")
code = compile("1", "<s>", "eval")
