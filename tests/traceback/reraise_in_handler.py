# A bare raise in a handler keeps the original traceback.
def risky():
    return int("nope")


try:
    risky()
except ValueError:
    print("caught, re-raising")
    raise
