# Five different errors chained by raising in each handler: every traceback is printed.
class Thing:
    pass


t = Thing()
n = 5
d = {"a": [1, 2]}
try:
    t.missing_attribute
except AttributeError:
    try:
        d["a"][5]
    except IndexError:
        try:
            n()
        except TypeError:
            try:
                del d["zzz"]
            except KeyError:
                {}[[1]] = 2
