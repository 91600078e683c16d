# Comparisons and unary operators are marked as a whole (no anchors).
def order(a, b):
    if -a < b:
        return a
    return b < a


print(order(1, 2))
order(1, None)
