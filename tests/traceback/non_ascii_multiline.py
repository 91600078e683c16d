# A multi-line expression whose first line holds non-ASCII text.
def f(a):
    return ("€€€ prix: " + a +
            " fin")


f(1)
