# pickle refuses what it cannot write and what is not a pickle, with its own exceptions.
import pickle
for bad in [b"", b"JG", b"not a pickle at all"]:
    try:
        pickle.loads(bad)
    except pickle.UnpicklingError as e:
        print("UnpicklingError")
    except EOFError:
        print("UnpicklingError")
def gen():
    yield 1
for v in [gen()]:
    try:
        pickle.dumps(v)
        print("pickled", type(v).__name__)
    except (pickle.PicklingError, TypeError) as e:
        print("refused", type(v).__name__)
try:
    pickle.loads("text")
except TypeError as e:
    print(e)
