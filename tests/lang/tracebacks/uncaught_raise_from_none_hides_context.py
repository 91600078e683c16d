# compare-stderr: traceback
# raise ... from None suppresses the context: only the new exception is printed.
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError(f"unknown key {key!r}") from None
print(lookup({"a": 1}, "a"))
lookup({"a": 1}, "b")
