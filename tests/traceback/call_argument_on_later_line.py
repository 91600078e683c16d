# A call spread over lines, failing in an argument on a later line.
def combine(a, b, c):
    return a + b + c


print(combine(1,
              2,
              3 // 0))
