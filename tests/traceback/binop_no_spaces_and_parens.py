# Operands in parentheses and operators without spaces, as CPython marks them.
def mix(a, b):
    ok = (a)+(a)
    return (a +1)*(b)


mix(2, None)
