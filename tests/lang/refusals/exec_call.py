# expect-error: NameError: name 'exec' is not defined
# exec does not exist in jumpgate.
print("before exec")
exec("x = 1")
