# set and frozenset methods called with a keyword argument: called directly on
# the object, CPython 3.11 names the method with its type.
for call in (lambda: set().update(x=1),
             lambda: set().intersection_update(x=1),
             lambda: set().difference_update(x=1),
             lambda: set().union(x=1),
             lambda: frozenset().intersection(x=1),
             lambda: frozenset().difference(x=1)):
    try:
        call()
    except TypeError as e:
        print(e)
