# Reading a local before assignment raises UnboundLocalError (a NameError) with 3.11's wording.
counter = 0
def bump():
    try:
        counter += 1
    except UnboundLocalError as e:
        print(type(e).__name__, e, isinstance(e, NameError))
bump()
def later():
    try:
        print(value)
    except NameError as e:
        print(type(e).__name__, e)
    value = 1
    return value
print(later())
def deleted():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(deleted())
