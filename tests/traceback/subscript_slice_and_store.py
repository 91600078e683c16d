# Slicing None, and storing into a tuple.
def cut(seq):
    head = seq[1:2]
    return head


point = (1, 2)
cut([1, 2, 3])
try:
    cut(None)
except TypeError:
    pass
point[0] = 5
