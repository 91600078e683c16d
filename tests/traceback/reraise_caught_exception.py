# Raising a caught exception again adds the new frames in front of its old ones.
def fail(n):
    return [n][n]


try:
    fail(3)
except IndexError as e:
    saved = e

print("saved:", saved)
raise saved
