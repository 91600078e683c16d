# %-formatting with the wrong argument type is a binary operation.
def label(n):
    return "count: %d items" % n


label("many")
