# Operator and subscript anchors in unusual spellings, each failure chained to the next.
def gen():
    y = (yield 1)+1
    return y


a = 1
b = None
s = None
try:
    a--b
except TypeError:
    try:
        s [ 0 ]
    except TypeError:
        try:
            s[1:2:3]
        except TypeError:
            try:
                ("ünï" "cødé")*b
            except TypeError:
                try:
                    ((a))  %  ((b))
                except TypeError:
                    it = gen()
                    next(it)
                    it.send(None)
