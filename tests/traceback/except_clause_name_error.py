# An error evaluating an except clause's class.
try:
    1 / 0
except UndefinedError:
    pass
