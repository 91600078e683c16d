# global lets a function rebind a module-level name; without it assignment creates a local.
counter = 0
def inc():
    global counter
    counter += 1
def shadow():
    counter = 100
    return counter
inc(); inc()
print(counter, shadow(), counter)
def create():
    global created
    created = "made in function"
create()
print(created)
def read_only():
    return counter * 10
print(read_only())
