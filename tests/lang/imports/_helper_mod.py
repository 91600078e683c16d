# Helper module imported by the tests in imports/: it records how often its body runs.
print("_helper_mod body runs, __name__ =", __name__)
GREETING = "hello from helper"
counter = 0
def greet(name):
    return f"{GREETING}, {name}"
def bump():
    global counter
    counter += 1
    return counter
class Widget:
    def __init__(self, size):
        self.size = size
    def __repr__(self):
        return f"Widget({self.size})"
_private = "underscore name"
if __name__ == "__main__":
    print("helper guard must not run on import")
