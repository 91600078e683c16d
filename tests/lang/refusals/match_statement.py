# expect-error: SyntaxError: 'match' is not supported by jumpgate
# Structural pattern matching is outside the subset.
print("must not be printed")
command = "go north"
match command.split():
    case ["go", direction]:
        print("going", direction)
    case _:
        print("unknown")
