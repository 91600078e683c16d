# The failing call is an argument of another call.
def half(x):
    return x / 2


print("result:", half("ten"))
