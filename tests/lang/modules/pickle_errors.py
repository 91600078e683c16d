# pickle refuses what it cannot write and what is not a pickle, with its own exceptions.
import pickle
for bad in [b"", b"JG", b"not a pickle at all"]:
    try:
        pickle.loads(bad)
    except pickle.UnpicklingError as e:
        print("UnpicklingError")
    except EOFError:
        print("UnpicklingError")
try:
    pickle.loads("text")
except TypeError as e:
    print(e)
