# Unhashable keys in displays and in calls.
def make(k):
    return {k: 1, "b": 2}


print(make(1))
make([1, 2])
