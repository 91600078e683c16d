# __enter__ raising.
class Door:
    def __enter__(self):
        raise RuntimeError("locked")

    def __exit__(self, et, ev, tb):
        return False


def visit():
    with Door():
        print("never")


visit()
