# An error inside a generator, seen through the for loop that drives it.
def numbers(limit):
    for i in range(limit):
        yield 10 // (2 - i)


for n in numbers(5):
    print(n)
