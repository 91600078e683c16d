# An exception in a key function called by sorted() propagates to the caller.
def key(v):
    if v == 3:
        raise TypeError(f"cannot rank {v}")
    return -v
print(sorted([1, 2], key=key))
print(sorted([1, 2, 3], key=key))
