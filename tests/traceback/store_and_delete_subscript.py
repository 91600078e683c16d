# Storing with an unhashable key and deleting a missing key.
def store(d):
    d[[1, 2]] = 3


try:
    store({})
except TypeError:
    cache = {"a": 1}
    del cache["b"]
