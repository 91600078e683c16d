# CRLF line endings: the carriage return is not part of the line.
def f(x):
    return x + 1


f("a")
