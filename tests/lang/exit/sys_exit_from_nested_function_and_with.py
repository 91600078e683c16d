# sys.exit deep in calls unwinds through with-blocks and finally clauses, then exits.
import sys
class Guard:
    def __enter__(self):
        print("guard on")
    def __exit__(self, et, ev, tb):
        print("guard off", et.__name__, ev.code)
        return False
def inner():
    with Guard():
        try:
            sys.exit(4)
        finally:
            print("inner finally")
def outer():
    try:
        inner()
    finally:
        print("outer finally")
outer()
print("never")
