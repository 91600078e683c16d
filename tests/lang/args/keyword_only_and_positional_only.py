# Keyword-only parameters after * or *args, and positional-only parameters before /.
def kw_only(a, *, key, flag=False):
    return a, key, flag
print(kw_only(1, key=2), kw_only(1, flag=True, key=0))
def pos_only(a, b, /, c, *, d):
    return a, b, c, d
print(pos_only(1, 2, 3, d=4), pos_only(1, 2, c=3, d=4))
for call in [lambda: kw_only(1, 2), lambda: kw_only(1), lambda: pos_only(1, b=2, c=3, d=4)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
