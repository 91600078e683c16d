# A triple-quoted string that never ends.
print("must not be printed")
s = """starts here
and never ends
