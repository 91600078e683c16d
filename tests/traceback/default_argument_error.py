# An error evaluating a default argument when the def runs.
limits = {}


def clamp(x, lo=limits["lo"], hi=10):
    return min(max(x, lo), hi)
